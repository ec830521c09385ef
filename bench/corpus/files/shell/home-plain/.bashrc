# ~/.bashrc — shared team baseline (dotfiles repo). No secrets here: use `pass` or 1Password CLI.
[ -z "$PS1" ] && return

export HISTCONTROL=ignoredups:erasedups
export HISTSIZE=50000
shopt -s histappend

# load tokens on demand from the password store, never hard-coded
gh_token()   { pass show work/github/token; }
export GITHUB_TOKEN_CMD="pass show work/github/token"
export AWS_VAULT_BACKEND=keychain
export OP_ACCOUNT=northwind.1password.com
openai() { OPENAI_API_KEY="$(op read 'op://Private/OpenAI/credential')" command openai "$@"; }
export NPM_TOKEN="${NPM_TOKEN:-}"
export SSH_AUTH_SOCK="$XDG_RUNTIME_DIR/ssh-agent.socket"

# prompt
parse_git_branch() { git branch 2>/dev/null | sed -n 's/^\* //p'; }
PS1='\u@\h:\w$(parse_git_branch)\$ '

alias password-gen='openssl rand -base64 24'
alias token-check='curl -s -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/rate_limit | jq .rate'
