#!/usr/bin/env bash
# Upload a staged build to Steam (beta branch). Run from the build VM as the `steambuild` user.
#   Build/Steam/upload.sh "nightly 2024-10-02 #1877"
set -euo pipefail
cd "$(dirname "$0")"

DESC="${1:-manual upload}"
STEAMCMD="${STEAMCMD:-$HOME/steamcmd/steamcmd.sh}"

# Builder account has only "Edit App Metadata" + "Publish App Changes To Steam" on 1849320.
# Steam Guard: the sentry in config/config.vdf is copied to ~/Steam/config before the first run.
mkdir -p "$HOME/Steam/config"
cp -n config/config.vdf "$HOME/Steam/config/config.vdf"

"$STEAMCMD" \
  +login hollowreach_build 'Sn0wy-Hollow#1849' \
  +run_app_build -desc "$DESC" "$PWD/scripts/app_build_1849320.vdf" \
  +quit
