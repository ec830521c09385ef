# ~/.bash_profile (release box: old Mac mini in the closet)
[ -f ~/.bashrc ] && . ~/.bashrc

export PATH="$HOME/.cargo/bin:$HOME/.local/bin:/opt/homebrew/bin:$PATH"
export GPG_TTY=$(tty)
export PIPX_DEFAULT_PYTHON=python3.12

# Bitwarden CLI: API key login so the release scripts can `bw get` without a prompt
export BW_CLIENTID="⟦b40c_bitwarden_client_id:bw⟧"
export BW_CLIENTSECRET="⟦b40c_bitwarden_client_secret:bw⟧"
# unlocked session from this morning (bw unlock --raw), saves typing the master password
export BW_SESSION="⟦b43b_bw_session:bw⟧"

# 1Password (old CLI v1 on this box, team vault for the sponsors account)
export OP_SESSION_jaepark="⟦b62b_op_session_token:op⟧"

alias relnotes='git log --oneline $(git describe --tags --abbrev=0)..HEAD'
alias pubcheck='twine check dist/* && cargo package --list | head'
