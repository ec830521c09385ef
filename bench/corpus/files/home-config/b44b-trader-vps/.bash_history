sudo apt update && sudo apt -y upgrade
sudo adduser kestrel
sudo usermod -aG docker kestrel
su - kestrel
cd ~/kestrel && git pull
python3 -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
export BINANCE_API_KEY=⟦b44b_binance_api_key:hist⟧
export BINANCE_API_SECRET=⟦b44b_binance_secret_key:hist⟧
python -c "import ccxt; print(ccxt.binance({'apiKey': __import__('os').environ['BINANCE_API_KEY'], 'secret': __import__('os').environ['BINANCE_API_SECRET']}).fetch_balance()['USDT'])"
python -m kestrel.cli backtest --strategy basis_v3 --since 2024-06-01
htop
docker compose -f docker-compose.freqtrade.yml up -d
docker compose logs -f --tail 50 freqtrade
curl -s -u kestrel:'Kestrel#Hover2024' http://127.0.0.1:8080/api/v1/status | jq .
vim user_data/config.json
docker compose restart freqtrade
python -m kestrel.cli kraken-balance --key '⟦b44b_kraken_api_key:hist⟧' --secret '⟦b44b_kraken_private_key:hist⟧'
mysql -h 127.0.0.1 -u kestrel -pK3strel-fills kestrel_fills -e 'select count(*) from fills'
sudo ufw allow from 83.104.22.0/24 to any port 22
sudo ufw status
crontab -e
tail -f logs/kestrel.log
unset BINANCE_API_KEY BINANCE_API_SECRET
history -c
exit
