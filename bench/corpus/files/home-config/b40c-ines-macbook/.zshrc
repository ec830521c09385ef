# ~/.zshrc — Inês, MacBook Pro M2 (work)
# managed by hand, NOT by the dotfiles repo (that one is public)

# ---- oh-my-zsh ---------------------------------------------------------
export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="robbyrussell"
plugins=(git gh docker kubectl nvm fzf zsh-autosuggestions)
zstyle ':omz:update' mode reminder
source $ZSH/oh-my-zsh.sh

# ---- homebrew ----------------------------------------------------------
eval "$(/opt/homebrew/bin/brew shellenv)"
export HOMEBREW_NO_ANALYTICS=1
export HOMEBREW_NO_AUTO_UPDATE=1
# brew search was hitting the GitHub rate limit all the time
export HOMEBREW_GITHUB_API_TOKEN=⟦github_pat:brew⟧

# ---- languages ---------------------------------------------------------
export NVM_DIR="$HOME/.nvm"
[ -s "/opt/homebrew/opt/nvm/nvm.sh" ] && \. "/opt/homebrew/opt/nvm/nvm.sh"
[ -s "/opt/homebrew/opt/nvm/etc/bash_completion.d/nvm" ] && \. "/opt/homebrew/opt/nvm/etc/bash_completion.d/nvm"

export PYENV_ROOT="$HOME/.pyenv"
command -v pyenv >/dev/null || export PATH="$PYENV_ROOT/bin:$PATH"
eval "$(pyenv init -)"

export GOPATH="$HOME/go"
export PATH="$GOPATH/bin:$HOME/.local/bin:$HOME/.cargo/bin:$PATH"
export BUN_INSTALL="$HOME/.bun"
export PATH="$BUN_INSTALL/bin:$PATH"

# ---- editor / gpg ------------------------------------------------------
export EDITOR="code --wait"
export GPG_TTY=$(tty)
export SSH_AUTH_SOCK="$HOME/Library/Group Containers/2BUA8C4S2C.com.1password/t/agent.sock"

# ---- AI tools ----------------------------------------------------------
# TODO move these into 1Password like the anthropic one
export OPENAI_API_KEY="⟦openai_project_key⟧"
export HF_TOKEN='⟦huggingface_token⟧'
export ANTHROPIC_API_KEY="$(security find-generic-password -a "$USER" -s anthropic-api -w 2>/dev/null)"
export OLLAMA_HOST=127.0.0.1:11434

# ---- work --------------------------------------------------------------
export AWS_PROFILE=acme-dev
export AWS_REGION=eu-west-1
export KUBECONFIG="$HOME/.kube/config:$HOME/.kube/acme-staging.yaml"
export VAULT_ADDR=https://vault.internal.acme.io:8200
export DOCKER_DEFAULT_PLATFORM=linux/amd64
export GIT_COMMIT_SHA_EXAMPLE=⟦git_sha⟧   # used by the release notes script tests

# ---- aliases -----------------------------------------------------------
alias ll='ls -lah'
alias k='kubectl'
alias kctx='kubectx'
alias gs='git status -sb'
alias gl='git log --oneline --graph --decorate -20'
alias dcu='docker compose up -d'
alias dcd='docker compose down'
alias ip='curl -s https://ifconfig.me; echo'
alias serve='python3 -m http.server 8000'
alias pn='pnpm'

# ---- functions ---------------------------------------------------------
mkcd() { mkdir -p "$1" && cd "$1"; }
gclean() { git branch --merged | grep -v '\*\|main\|develop' | xargs -n 1 git branch -d; }
port() { lsof -nP -iTCP:"$1" -sTCP:LISTEN; }
whichaws() { aws sts get-caller-identity --query Arn --output text; }

# ---- completions -------------------------------------------------------
autoload -U compinit && compinit
source <(kubectl completion zsh)
[ -f ~/.fzf.zsh ] && source ~/.fzf.zsh

# bun completions
[ -s "/Users/ines/.bun/_bun" ] && source "/Users/ines/.bun/_bun"
