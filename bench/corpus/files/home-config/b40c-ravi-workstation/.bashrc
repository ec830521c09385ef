# ~/.bashrc: executed by bash(1) for non-login shells.
# see /usr/share/doc/bash/examples/startup-files (in the package bash-doc)

# If not running interactively, don't do anything
case $- in
    *i*) ;;
      *) return;;
esac

HISTCONTROL=ignoreboth
shopt -s histappend
HISTSIZE=50000
HISTFILESIZE=100000
HISTTIMEFORMAT='%F %T '
shopt -s checkwinsize
shopt -s globstar

[ -x /usr/bin/lesspipe ] && eval "$(SHELL=/bin/sh lesspipe)"

if [ -z "${debian_chroot:-}" ] && [ -r /etc/debian_chroot ]; then
    debian_chroot=$(cat /etc/debian_chroot)
fi

parse_git_branch() { git branch 2>/dev/null | sed -e '/^[^*]/d' -e 's/* \(.*\)/ (\1)/'; }
PS1='${debian_chroot:+($debian_chroot)}\[\033[01;32m\]\u@\h\[\033[00m\]:\[\033[01;34m\]\w\[\033[33m\]$(parse_git_branch)\[\033[00m\]\$ '

if [ -x /usr/bin/dircolors ]; then
    test -r ~/.dircolors && eval "$(dircolors -b ~/.dircolors)" || eval "$(dircolors -b)"
    alias ls='ls --color=auto'
    alias grep='grep --color=auto'
fi

alias ll='ls -alF'
alias la='ls -A'
alias l='ls -CF'
alias alert='notify-send --urgency=low -i "$([ $? = 0 ] && echo terminal || echo error)" "$(history|tail -n1|sed -e '\''s/^\s*[0-9]\+\s*//;s/[;&|]\s*alert$//'\'')"'

if [ -f ~/.bash_aliases ]; then
    . ~/.bash_aliases
fi

if ! shopt -oq posix; then
  if [ -f /usr/share/bash-completion/bash_completion ]; then
    . /usr/share/bash-completion/bash_completion
  elif [ -f /etc/bash_completion ]; then
    . /etc/bash_completion
  fi
fi

# >>> conda initialize >>>
# !! Contents within this block are managed by 'conda init' !!
__conda_setup="$('/home/ravi/miniforge3/bin/conda' 'shell.bash' 'hook' 2> /dev/null)"
if [ $? -eq 0 ]; then
    eval "$__conda_setup"
else
    if [ -f "/home/ravi/miniforge3/etc/profile.d/conda.sh" ]; then
        . "/home/ravi/miniforge3/etc/profile.d/conda.sh"
    else
        export PATH="/home/ravi/miniforge3/bin:$PATH"
    fi
fi
unset __conda_setup
# <<< conda initialize <<<

export PATH="$HOME/.local/bin:$HOME/bin:$PATH"
export EDITOR=vim

# ---- data platform -----------------------------------------------------------------
export DBT_PROFILES_DIR="$HOME/.dbt"
export AIRFLOW_HOME="$HOME/airflow"
export SNOWFLAKE_ACCOUNT=nw12345.eu-central-1
export SNOWFLAKE_USER=RAVI_K
export SNOWFLAKE_ROLE=TRANSFORMER
export SNOWFLAKE_WAREHOUSE=TRANSFORM_XS
export SNOWFLAKE_PASSWORD='⟦password:snowflake⟧'

# Looker SDK reads these (lookersdk.init40() with no ini file)
export LOOKERSDK_BASE_URL=https://northwind.cloud.looker.com
export LOOKERSDK_CLIENT_ID=⟦b40c_looker_client_id⟧
export LOOKERSDK_CLIENT_SECRET=⟦b40c_looker_client_secret⟧
export LOOKERSDK_VERIFY_SSL=true

# fivetran connector sync script (scripts/fivetran_resync.py)
export FIVETRAN_API_KEY=⟦b40c_fivetran_api_key⟧
export FIVETRAN_API_SECRET=⟦b40c_fivetran_api_secret⟧

# tableau server client — PAT "ravi-tsc" on tableau.northwind-data.io
export TABLEAU_SERVER=https://tableau.northwind-data.io
export TABLEAU_PAT_NAME=ravi-tsc
export TABLEAU_PAT_SECRET="⟦b40c_tableau_pat_secret⟧"

export GOOGLE_APPLICATION_CREDENTIALS="$HOME/.config/gcloud/application_default_credentials.json"
export SPARK_HOME=/opt/spark-3.5.1-bin-hadoop3
export PYSPARK_PYTHON=python3

alias dbtr='dbt run --select state:modified+ --defer --state ./prod-manifest'
alias af='airflow'
alias jl='jupyter lab --no-browser --port 8899'
