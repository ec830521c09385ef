# ~/.zshrc — mara's mbp-2023

export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="robbyrussell"
plugins=(git macos brew docker)
source $ZSH/oh-my-zsh.sh

export PATH="/opt/homebrew/bin:$HOME/.local/bin:$HOME/bin:$PATH"
export EDITOR="code -w"

# pyenv / nvm
eval "$(pyenv init -)"
export NVM_DIR="$HOME/.nvm"
[ -s "/opt/homebrew/opt/nvm/nvm.sh" ] && . "/opt/homebrew/opt/nvm/nvm.sh"

# --- stream + content tooling ---
export OBS_WEBSOCKET_PORT=4455
export OBS_WEBSOCKET_PASSWORD="mara-obs-ws"
export OPENAI_API_KEY="⟦openai_project_key:mara⟧"      # title + chapter generator
export ANTHROPIC_API_KEY="⟦anthropic_api_key:mara⟧"   # thumbnails copy, descript notes
export DISCORD_WEBHOOK_LIVE="⟦discord_webhook:live⟧"  # "I'm live" post in #announcements

# things that are fine to be public
export KOFI_PAGE="https://ko-fi.com/maraokafor"
export YT_CHANNEL_ID="⟦b55c_youtube_channel_id:mara⟧"

alias vods="cd ~/Movies/VODs"
alias trim='f(){ ffmpeg -i "$1" -c copy -ss "$2" -to "$3" "${1%.*}-trim.mkv"; }; f'
alias live='curl -s -H "Content-Type: application/json" -d "{\"content\":\"LIVE NOW https://twitch.tv/maraplaysokay\"}" "$DISCORD_WEBHOOK_LIVE"'

[ -f ~/.fzf.zsh ] && source ~/.fzf.zsh
