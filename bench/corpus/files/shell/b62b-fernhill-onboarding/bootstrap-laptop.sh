#!/usr/bin/env bash
#
# Fernhill Analytics — new engineer laptop bootstrap
# Owner: #team-devex   Last reviewed: 2024-01-22
#
# Usage:
#   curl -fsSL https://git.fernhill.io/devex/onboarding/raw/main/bootstrap-laptop.sh | bash
#
# What it does:
#   1. installs Homebrew and the standard toolchain (Brewfile)
#   2. configures git, npm, docker and the cloud CLIs
#   3. signs you in to 1Password CLI and pulls your personal secrets from the Engineering vault
#
set -euo pipefail

FERNHILL_ORG="fernhill-analytics"
GHCR_USER="fernhill-ci"
NPM_SCOPE="@fernhill"
ONBOARDING_DIR="$HOME/src/fernhill/onboarding"

step() { echo; echo "▶ $*"; }
ok()   { echo "  ✓ $*"; }
die()  { echo "  ✗ $*" >&2; exit 1; }

require_macos() {
  [[ "$(uname -s)" == "Darwin" ]] || die "macOS only (Linux users: see docs/linux.md)"
}

install_brew() {
  step "Homebrew"
  if ! command -v brew >/dev/null 2>&1; then
    NONINTERACTIVE=1 /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
    eval "$(/opt/homebrew/bin/brew shellenv)"
  fi
  brew update --quiet
  brew bundle --file="$ONBOARDING_DIR/Brewfile" --no-lock
  ok "toolchain installed"
}

configure_git() {
  step "git"
  read -rp "  Full name: " name
  read -rp "  Work email (@fernhill.io): " email
  git config --global user.name "$name"
  git config --global user.email "$email"
  git config --global init.defaultBranch main
  git config --global pull.rebase true
  git config --global credential.helper osxkeychain
  gh auth login --hostname github.com --git-protocol ssh --web
  ok "git configured for $email"
}

configure_npm() {
  step "npm (GitHub Packages for $NPM_SCOPE)"
  npm config set "$NPM_SCOPE:registry" https://npm.pkg.github.com
  # TODO(devex): switch everyone to `gh auth token` once the fine-grained PAT rollout lands.
  # Until then this is the read-only packages token of the fernhill-ci bot.
  npm config set //npm.pkg.github.com/:_authToken ⟦github_pat:npmbot⟧
  ok "npm scope configured"
}

configure_docker() {
  step "docker"
  colima start --cpu 4 --memory 8 --disk 60 || true
  echo "⟦github_pat:npmbot⟧" | docker login ghcr.io -u "$GHCR_USER" --password-stdin
  docker login registry.fernhill.io -u onboarding -p 'Fernhill-Reg-2024'
  ok "logged in to ghcr.io and registry.fernhill.io"
}

configure_cloud() {
  step "cloud CLIs"
  aws configure sso --profile fernhill-dev <<ANSWERS
fernhill
https://fernhill.awsapps.com/start
eu-west-1
sso:account:access
ANSWERS
  gcloud auth login --update-adc --quiet
  gcloud config set project fernhill-analytics-dev
  az login --tenant fernhill.onmicrosoft.com --allow-no-subscriptions >/dev/null
  ok "aws / gcloud / az signed in"
}

configure_1password() {
  step "1Password CLI"
  op account add --address fernhill.1password.com --email "$(git config user.email)"
  eval "$(op signin --account fernhill)"
  mkdir -p "$HOME/.config/fernhill"
  op read "op://Engineering/Snowflake dev/password" > "$HOME/.config/fernhill/snowflake.pw"
  op read "op://Engineering/Segment write key (dev)/credential" > "$HOME/.config/fernhill/segment.key"
  chmod 600 "$HOME/.config/fernhill/"*
  ok "personal secrets pulled from 1Password"
}

configure_shell() {
  step "shell"
  cat >> "$HOME/.zshrc" <<'RC'

# --- fernhill ---
export AWS_PROFILE=fernhill-dev
export CLOUDSDK_CORE_PROJECT=fernhill-analytics-dev
export DBT_PROFILES_DIR="$HOME/src/fernhill/analytics/dbt"
eval "$(direnv hook zsh)"
RC
  ok "appended fernhill block to ~/.zshrc"
}

main() {
  require_macos
  mkdir -p "$HOME/src/fernhill"
  [[ -d "$ONBOARDING_DIR" ]] || git clone https://github.com/$FERNHILL_ORG/onboarding "$ONBOARDING_DIR"
  install_brew
  configure_git
  configure_npm
  configure_docker
  configure_cloud
  configure_1password
  configure_shell
  step "done — open a new terminal and run: make -C $ONBOARDING_DIR doctor"
}

main "$@"
