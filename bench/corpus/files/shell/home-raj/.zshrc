# Path to your oh-my-zsh installation.
export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="powerlevel10k/powerlevel10k"
plugins=(git docker kubectl aws terraform fzf)
source $ZSH/oh-my-zsh.sh

export LANG=en_US.UTF-8
export PATH="/opt/homebrew/bin:$HOME/.cargo/bin:$PATH"

# ---- secrets (I know, I know) ----
export AWS_ACCESS_KEY_ID=⟦aws_access_key_id⟧
export AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key⟧
export AWS_DEFAULT_REGION=ap-south-1
export HOMEBREW_GITHUB_API_TOKEN=⟦github_pat⟧
export ANTHROPIC_API_KEY="⟦anthropic_api_key⟧"
export HUGGING_FACE_HUB_TOKEN="⟦huggingface_token⟧"
export SENTRY_AUTH_TOKEN=⟦sentry_user_token⟧
export CODECOV_TOKEN=⟦codecov_token⟧
export SNYK_TOKEN=⟦snyk_token⟧
export CIRCLECI_CLI_TOKEN=⟦circleci_pat⟧
export DIGITALOCEAN_ACCESS_TOKEN=⟦digitalocean_pat⟧
export NGROK_AUTHTOKEN=⟦ngrok_authtoken⟧

# functions
mkcd() { mkdir -p "$1" && cd "$1"; }
kctx() { kubectl config use-context "$1"; }
awsume() { export AWS_PROFILE="$1"; aws sts get-caller-identity; }

[[ ! -f ~/.p10k.zsh ]] || source ~/.p10k.zsh
eval "$(zoxide init zsh)"
