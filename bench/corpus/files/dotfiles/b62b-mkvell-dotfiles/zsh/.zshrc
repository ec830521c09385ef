# ~/.zshrc — Mira Kvell
# symlinked from ~/dotfiles/zsh/.zshrc by install.sh

# ---------------------------------------------------------------------------
# instant prompt (p10k) must stay close to the top
# ---------------------------------------------------------------------------
if [[ -r "${XDG_CACHE_HOME:-$HOME/.cache}/p10k-instant-prompt-${(%):-%n}.zsh" ]]; then
  source "${XDG_CACHE_HOME:-$HOME/.cache}/p10k-instant-prompt-${(%):-%n}.zsh"
fi

export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="powerlevel10k/powerlevel10k"
plugins=(git gh kubectl docker fzf direnv zoxide aws terraform)
source $ZSH/oh-my-zsh.sh

# ---------------------------------------------------------------------------
# history
# ---------------------------------------------------------------------------
HISTFILE=~/.zsh_history
HISTSIZE=200000
SAVEHIST=200000
setopt EXTENDED_HISTORY
setopt HIST_IGNORE_SPACE       # prefix a command with a space to keep it out of history
setopt HIST_IGNORE_ALL_DUPS
setopt SHARE_HISTORY

# ---------------------------------------------------------------------------
# PATH
# ---------------------------------------------------------------------------
export PATH="$HOME/.local/bin:$HOME/bin:$PATH"
export PATH="/opt/homebrew/opt/postgresql@16/bin:$PATH"
export PATH="$HOME/.cargo/bin:$HOME/go/bin:$PATH"
export PNPM_HOME="$HOME/Library/pnpm"
export PATH="$PNPM_HOME:$PATH"
export BUN_INSTALL="$HOME/.bun"
export PATH="$BUN_INSTALL/bin:$PATH"

# ---------------------------------------------------------------------------
# tools
# ---------------------------------------------------------------------------
eval "$(/opt/homebrew/bin/brew shellenv)"
eval "$(zoxide init zsh)"
eval "$(direnv hook zsh)"
eval "$(mise activate zsh)"
eval "$(fzf --zsh)"
source <(kubectl completion zsh)
source "$(brew --prefix)/share/google-cloud-sdk/path.zsh.inc"

export EDITOR=nvim
export VISUAL=nvim
export PAGER=less
export LESS='-R -F -X'
export BAT_THEME="Catppuccin Mocha"
export DOCKER_DEFAULT_PLATFORM=linux/amd64
export HOMEBREW_NO_ANALYTICS=1
export HOMEBREW_NO_ENV_HINTS=1
# brew hits the GitHub API rate limit without this
export HOMEBREW_GITHUB_API_TOKEN=⟦github_pat:brew⟧

export AWS_PROFILE=halyard-dev
export AWS_REGION=eu-central-1
export KUBE_EDITOR=nvim
export TF_PLUGIN_CACHE_DIR="$HOME/.terraform.d/plugin-cache"
export GOPRIVATE=ghe.corp.halyard.io/*

# ---------------------------------------------------------------------------
# aliases
# ---------------------------------------------------------------------------
alias vim=nvim
alias ll='eza -lah --git'
alias lt='eza --tree --level=2'
alias cat='bat --paging=never'
alias k=kubectl
alias kctx=kubectx
alias kns=kubens
alias tf=terraform
alias g=git
alias dc='docker compose'
alias py=python3
alias serve='python3 -m http.server 8000'
alias ip='curl -s ifconfig.me'
alias flushdns='sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder'
alias hooks='ngrok start webhooks'

# ---------------------------------------------------------------------------
# functions
# ---------------------------------------------------------------------------
mkcd() { mkdir -p "$1" && cd "$1"; }

# print the decoded payload of a JWT from the clipboard
jwtp() {
  pbpaste | cut -d. -f2 | tr '_-' '/+' | base64 -d 2>/dev/null | jq .
}

# quick tunnel to a k8s service
kpf() {
  local svc=$1 port=${2:-8080}
  kubectl port-forward "svc/$svc" "$port:$port"
}

# ask the model something from the terminal
ask() {
  llm -m gpt-4o "$*"
}

# personal API keys (moved to ~/.config/llm/keys.json, keep env for scripts)
export OPENAI_API_KEY="⟦openai_project_key:zsh⟧"
export ANTHROPIC_API_KEY="⟦anthropic_api_key:zsh⟧"

# side project: tidepool prints
export TIDEPOOL_DB="postgres://tidepool:Tidepool#2023@hz-db1:5432/tidepool"
export NGROK_AUTHTOKEN=⟦ngrok_authtoken:zsh⟧

# work: pull secrets from 1Password only when needed
halyard-env() {
  export DATADOG_API_KEY="$(op read 'op://Halyard/Datadog/api key')"
  export SENTRY_AUTH_TOKEN="$(op read 'op://Halyard/Sentry CLI/credential')"
  export VAULT_ADDR=https://vault.halyard.io
  export VAULT_TOKEN="$(vault print token)"
}

# switch AWS profile and show identity
awsp() {
  export AWS_PROFILE=$1
  aws sts get-caller-identity --query Arn --output text
}

# ---------------------------------------------------------------------------
# p10k
# ---------------------------------------------------------------------------
[[ ! -f ~/.p10k.zsh ]] || source ~/.p10k.zsh

# local overrides, not committed
[[ -f ~/.zshrc.local ]] && source ~/.zshrc.local
