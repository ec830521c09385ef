# ~/.config/fish/config.fish
set -g fish_greeting ""
set -gx EDITOR nvim
set -gx VISUAL nvim
set -gx PAGER less
set -gx LESS -R
set -gx XDG_CONFIG_HOME $HOME/.config

fish_add_path $HOME/bin $HOME/.local/bin $HOME/go/bin

# secrets are never stored here: they come from pass(1) on demand
function with-secret --description 'run a command with one secret exported from pass'
    set -l name $argv[1]
    set -l entry $argv[2]
    env $name=(pass show $entry | head -n1) $argv[3..-1]
end

function hcloud --wraps hcloud
    set -lx HCLOUD_TOKEN (pass show hetzner/hcloud-token | head -n1)
    command hcloud $argv
end

function restic-env --description 'load restic env for interactive use'
    set -gx B2_ACCOUNT_ID (pass show backblaze/key-id | head -n1)
    set -gx B2_ACCOUNT_KEY (pass show backblaze/app-key | head -n1)
    set -gx RESTIC_REPOSITORY b2:jo-homelab-backups:restic/nuc
    set -gx RESTIC_PASSWORD_COMMAND "pass show restic/nuc"
end

function sonarr --description 'query the sonarr API'
    set -l key (security-tool get sonarr 2>/dev/null; or pass show homelab/sonarr-api | head -n1)
    curl -s -H "X-Api-Key: $key" http://nuc.lindqvist.home:8989/api/v3/$argv[1] | jq
end

function ntfy-send
    curl -s -H "Authorization: Bearer $NTFY_TOKEN" -d "$argv" https://ntfy.lindqvist.home/jo
end

# gpg / ssh agent
set -gx GPG_TTY (tty)
set -gx SSH_AUTH_SOCK (gpgconf --list-dirs agent-ssh-socket)
# signing subkey of jo@lindqvist.se
set -gx GIT_SIGNING_KEY 0x⟦sha1|slice=0-16⟧

abbr -a dc 'docker compose'
abbr -a k kubectl
abbr -a g git
abbr -a gco 'git checkout'
abbr -a tf terraform

alias ll 'eza -la --git'
alias cat 'bat --paging=never'

if status is-interactive
    starship init fish | source
    zoxide init fish | source
    direnv hook fish | source
end
