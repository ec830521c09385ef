# start-bot.ps1 - run kevbot on my windows laptop when the pi is down
# usage: .\start-bot.ps1 [-Twitch]
param([switch]$Twitch)

Set-Location $PSScriptRoot
if (-not (Test-Path .\.venv)) {
    python -m venv .venv
    .\.venv\Scripts\pip.exe install -r requirements.txt
}

$env:DISCORD_TOKEN = "⟦discord_bot_token:dev⟧"
$env:OPENAI_API_KEY = "⟦openai_project_key:kevbot⟧"
$env:KEVBOT_DEBUG = "0"

if ($Twitch) {
    .\.venv\Scripts\python.exe .\twitch_chatbot.py
} else {
    .\.venv\Scripts\python.exe .\bot.py
}
