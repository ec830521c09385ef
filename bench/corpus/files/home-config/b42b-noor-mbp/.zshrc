# oh-my-zsh
export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="robbyrussell"
plugins=(git direnv fzf asdf)
source $ZSH/oh-my-zsh.sh

export EDITOR="code -w"
export PATH="$HOME/.local/bin:/opt/homebrew/bin:$PATH"

# agency-wide tokens (personal accounts)
export HEROKU_API_KEY="⟦heroku_api_key_v2:noor⟧"
export SENTRY_AUTH_TOKEN="$(security find-generic-password -a noor -s sentry-cli -w)"
export PIPEDRIVE_API_TOKEN="⟦b42b_pipedrive_api_token:noor⟧"
export OP_ACCOUNT=pixelmint.1password.eu

alias pm='cd ~/clients'
alias dj='python manage.py'
alias fs='foreman start -f Procfile.dev'

eval "$(direnv hook zsh)"
. "$(brew --prefix asdf)/libexec/asdf.sh"
