cd projects/podcast-tools
ls
python3 -m venv .venv
source .venv/bin/activate
pip install -r requirements.txt
python transcribe.py episode42.mp3
export ASSEMBLYAI_API_KEY=⟦assemblyai_api_key⟧
python transcribe.py episode42.mp3
export DEEPGRAM_API_KEY=⟦deepgram_api_key⟧
python transcribe.py --engine deepgram episode43.mp3
git add .
git commit -m "deepgram engine"
git push
curl https://api.elevenlabs.io/v1/voices -H "xi-api-key: ⟦elevenlabs_api_key⟧"
npx vercel --prod --token ⟦vercel_token⟧
ffmpeg -i in.wav -ar 16000 out.wav
mysql -h 127.0.0.1 -u podcast --password=podcast123 podcast
history | grep curl
exit
