# ~/.zshrc - marcus@cardops-mbp

export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="robbyrussell"
plugins=(git kubectl aws direnv fzf)
source $ZSH/oh-my-zsh.sh

export EDITOR=nvim
export PATH="$HOME/.local/bin:/opt/homebrew/bin:$PATH"
export GOPATH="$HOME/go"
eval "$(fnm env --use-on-cd)"
eval "$(direnv hook zsh)"

alias k=kubectl
alias kprod='kubectl --context ledgerline-prod'
alias kstg='kubectl --context ledgerline-stg'
alias jitlogs='kprod -n ledgerline-prod logs -f deploy/jit-gateway --since=10m'

# --- card ops shortcuts -----------------------------------------------------
# (yes I know, these should be in 1password-cli. they were "temporary" in march)
export MQ_APP_TOKEN="⟦b44b_marqeta_application_token:prod⟧"
export MQ_ADMIN_TOKEN="⟦b44b_marqeta_admin_access_token:prod⟧"
export LITHIC_API_KEY="⟦b44b_lithic_api_key:prod⟧"
export STRIPE_API_KEY="⟦stripe_restricted_live:ops⟧"

mqcard() {
  curl -s -u "$MQ_APP_TOKEN:$MQ_ADMIN_TOKEN" "https://ledgerline-api.marqeta.com/v3/cards/$1" | jq '{token,state,last_four,expiration,user_token}'
}

lcard() {
  curl -s -H "Authorization: $LITHIC_API_KEY" "https://api.lithic.com/v1/cards/$1" | jq '{token,state,last_four,spend_limit}'
}

# 1password cli for everything else
op_env() { eval "$(op signin --account ledgerline)"; }

[ -f ~/.fzf.zsh ] && source ~/.fzf.zsh
