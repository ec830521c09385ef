# ~/.bashrc: executed by bash(1) for non-login shells.

# If not running interactively, don't do anything
case $- in
    *i*) ;;
      *) return;;
esac

HISTCONTROL=ignoreboth
HISTSIZE=10000
HISTFILESIZE=20000
shopt -s histappend
shopt -s checkwinsize

if [ -x /usr/bin/dircolors ]; then
    test -r ~/.dircolors && eval "$(dircolors -b ~/.dircolors)" || eval "$(dircolors -b)"
    alias ls='ls --color=auto'
    alias grep='grep --color=auto'
fi

alias ll='ls -alF'
alias la='ls -A'
alias k='kubectl'
alias tf='terraform'
alias gs='git status -sb'

export EDITOR=vim
export PATH="$HOME/.local/bin:$HOME/go/bin:$PATH"
export GOPATH="$HOME/go"

# work stuff -----------------------------------------------------------
export GITHUB_TOKEN=⟦github_pat⟧
export NPM_TOKEN=⟦npm_token⟧
export OPENAI_API_KEY=⟦openai_project_key⟧
export DOCKER_PASSWORD='dana1987!'
export PGPASSWORD=Welcome123
# TODO move to pass(1)
export JIRA_API_TOKEN=⟦atlassian_api_token⟧
export JIRA_USER=dana.whitfield@northwind-labs.com

# nvm
export NVM_DIR="$HOME/.nvm"
[ -s "$NVM_DIR/nvm.sh" ] && \. "$NVM_DIR/nvm.sh"

# pyenv
export PYENV_ROOT="$HOME/.pyenv"
command -v pyenv >/dev/null || export PATH="$PYENV_ROOT/bin:$PATH"
eval "$(pyenv init -)"

if [ -f ~/.bash_aliases ]; then
    . ~/.bash_aliases
fi
