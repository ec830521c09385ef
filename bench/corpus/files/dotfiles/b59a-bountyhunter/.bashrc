# ~/.bashrc — vps (recon box, Hetzner)

case $- in *i*) ;; *) return;; esac

HISTCONTROL=ignoreboth
HISTSIZE=50000
HISTFILESIZE=100000
shopt -s histappend checkwinsize

export PATH="$HOME/go/bin:$HOME/.local/bin:$HOME/.cargo/bin:$PATH"
export GOPATH="$HOME/go"
export EDITOR=vim

alias ll='ls -alF'
alias ..='cd ..'
alias myip='curl -s ifconfig.me'
alias nuc='nuclei -silent -severity medium,high,critical -rl 50'
alias fuz='ffuf -mc 200,204,301,302,307,401,403,405 -ac'

# --- bug bounty platform creds -------------------------------------------------------
# HackerOne API (Settings > API token). identifier is my username for the API
export H1_API_IDENTIFIER="⟦b59a_hackerone_api_identifier:me⟧"
export H1_API_TOKEN="⟦b59a_hackerone_api_token:me⟧"
# Bugcrowd researcher API (token format is username:password)
export BUGCROWD_TOKEN="⟦b59a_bugcrowd_api_username:me⟧:⟦b59a_bugcrowd_api_password:me⟧"

# --- recon APIs -----------------------------------------------------------------------
export SHODAN_API_KEY="⟦b59a_shodan_api_key:bh⟧"
export PDCP_API_KEY="$(cat ~/.pdcp/key 2>/dev/null)"
export GITHUB_TOKEN="⟦github_pat:bh⟧"

# interactsh self-hosted (oob.mydomain) token is in ~/.config/interactsh-client/config.yaml

# --- prompt ---------------------------------------------------------------------------
parse_git_branch() { git branch 2>/dev/null | sed -n 's/^\* //p'; }
PS1='\[\e[32m\]\u@recon\[\e[0m\]:\[\e[34m\]\w\[\e[33m\]$(b=$(parse_git_branch); [ -n "$b" ] && echo " ($b)")\[\e[0m\]\$ '

[ -f ~/.fzf.bash ] && source ~/.fzf.bash
