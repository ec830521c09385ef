# zinit-based setup
source "${HOME}/.local/share/zinit/zinit.git/zinit.zsh"
zinit light zsh-users/zsh-autosuggestions
zinit light zsh-users/zsh-syntax-highlighting
zinit snippet OMZP::git

setopt HIST_IGNORE_SPACE   # commands starting with a space (e.g. ones carrying a token) are not saved
bindkey -e
export PATH="$HOME/bin:$PATH"
export KEYTIMEOUT=1
export PASSWORD_STORE_DIR="$HOME/.password-store"
export SECRET_TOOL_COLLECTION=login
export TOKEN_TTL=3600
alias k=kubectl
autoload -Uz compinit && compinit
