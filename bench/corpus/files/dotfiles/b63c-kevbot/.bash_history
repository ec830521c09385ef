cd ~/projects/kevbot
source .venv/bin/activate
pip install -U discord.py openai aiohttp
python bot.py
export DISCORD_TOKEN=⟦discord_bot_token:kevbot⟧
python bot.py
nano config.json
git status
git add .
git commit -m "weather command"
git push
git push https://kevmakesbots:⟦github_pat:push⟧@github.com/kevmakesbots/kevbot.git main
ngrok config add-authtoken ⟦ngrok_authtoken:kev⟧
ngrok http 5000
heroku login
heroku config:set DISCORD_TOKEN=⟦discord_bot_token:kevbot⟧ OPENAI_API_KEY=⟦openai_project_key:kevbot⟧ -a kevbot-cs
heroku logs --tail -a kevbot-cs
curl -H "Content-Type: application/json" -d '{"content":"deploy ok ✅"}' ⟦discord_webhook:deploy⟧
export OPENAI_API_KEY=⟦openai_project_key:kevbot⟧
curl -s -H "Authorization: OAuth ⟦b39a_twitch_oauth_token:tv⟧" https://id.twitch.tv/oauth2/validate | jq
echo "TELEGRAM_TOKEN=⟦telegram_bot_token:remind⟧" >> .env
python -c "import secrets; print(secrets.token_hex(16))"
ssh pi@kevpi.local
scp kevbot.db pi@kevpi.local:~/kevbot/
sshpass -p 'raspberry2023' ssh pi@kevpi.local 'sudo systemctl restart kevbot'
docker compose up -d
docker compose logs -f bot
psql postgresql://kevbot:⟦db_password:pg⟧@localhost:5432/kevbot
history | grep token
clear
