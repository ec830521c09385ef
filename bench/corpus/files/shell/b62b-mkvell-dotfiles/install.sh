#!/usr/bin/env bash
# dotfiles installer: symlinks config into $HOME and bootstraps a new Mac (or the homelab box).
#   ./install.sh            link everything
#   ./install.sh --brew     also run brew bundle
#   ./install.sh --homelab  linux box: packages + tailscale
set -euo pipefail

DOTFILES="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BACKUP="$HOME/.dotfiles-backup/$(date +%Y%m%d-%H%M%S)"

log()  { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33m!!\033[0m %s\n' "$*" >&2; }

link() {
  local src="$DOTFILES/$1" dst="$2"
  mkdir -p "$(dirname "$dst")"
  if [[ -e "$dst" && ! -L "$dst" ]]; then
    mkdir -p "$BACKUP"
    mv "$dst" "$BACKUP/"
    warn "backed up $dst"
  fi
  ln -sfn "$src" "$dst"
  log "linked $dst"
}

link_all() {
  link zsh/.zshrc               "$HOME/.zshrc"
  link zsh/.p10k.zsh            "$HOME/.p10k.zsh"
  link git/.gitconfig           "$HOME/.gitconfig"
  link git/ignore               "$HOME/.config/git/ignore"
  link ssh/config               "$HOME/.ssh/config"
  link config/gh                "$HOME/.config/gh"
  link config/glab-cli          "$HOME/.config/glab-cli"
  link config/ngrok/ngrok.yml   "$HOME/Library/Application Support/ngrok/ngrok.yml"
  link config/stripe            "$HOME/.config/stripe"
  link config/llm/keys.json     "$HOME/Library/Application Support/io.datasette.llm/keys.json"
  link config/wrangler          "$HOME/Library/Preferences/.wrangler"
  link config/twilio-cli        "$HOME/.twilio-cli"
  link config/rclone            "$HOME/.config/rclone"
  link nvim                     "$HOME/.config/nvim"
  link wezterm                  "$HOME/.config/wezterm"
  chmod 600 "$DOTFILES/ssh/keys/"* || true
}

brew_bundle() {
  if ! command -v brew >/dev/null; then
    /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
  fi
  brew bundle --file "$DOTFILES/Brewfile"
}

homelab() {
  log "homelab: packages"
  sudo apt-get update -qq
  sudo apt-get install -y -qq zsh git curl jq restic rclone fzf ripgrep
  log "homelab: tailscale"
  curl -fsSL https://tailscale.com/install.sh | sh
  # reusable, pre-approved key tagged tag:homelab (expires in 90 days, regenerate in the admin console)
  sudo tailscale up --authkey=⟦tailscale_auth_key:homelab⟧ --ssh --advertise-tags=tag:homelab --accept-routes
  log "homelab: 1password cli"
  if ! command -v op >/dev/null; then
    curl -sS https://downloads.1password.com/linux/keys/1password.asc | sudo gpg --dearmor -o /usr/share/keyrings/1password-archive-keyring.gpg
    echo "deb [arch=amd64 signed-by=/usr/share/keyrings/1password-archive-keyring.gpg] https://downloads.1password.com/linux/debian/amd64 stable main" | sudo tee /etc/apt/sources.list.d/1password.list
    sudo apt-get update -qq && sudo apt-get install -y -qq 1password-cli
  fi
  # restic password comes from 1Password on the box, never from this repo
  export RESTIC_PASSWORD_COMMAND="op read op://Homelab/restic-b2/password"
}

main() {
  link_all
  case "${1:-}" in
    --brew) brew_bundle ;;
    --homelab) homelab ;;
    "") ;;
    *) warn "unknown flag $1"; exit 2 ;;
  esac
  log "done. open a new shell."
}

main "$@"
