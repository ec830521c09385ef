#!/usr/bin/env bash
# Upload IL2CPP symbols + the Windows build to Sentry and push the itch.io build.
# Runs on the Windows build box under Git Bash after Unity finishes.
set -euo pipefail

VERSION="$(cat build/version.txt)"
export SENTRY_ORG=emberfall-games
export SENTRY_PROJECT=emberfall

# sentry-cli picks up SENTRY_AUTH_TOKEN from .sentryclirc normally; the build box profile got wiped
sentry-cli --auth-token ⟦sentry_org_token:sym⟧ \
  debug-files upload --include-sources --wait \
  "build/StandaloneWindows64/Emberfall_BackUpThisFolder_ButDontShipItWithYourGame" \
  "build/StandaloneWindows64/GameAssembly.dll"

sentry-cli releases new "emberfall@$VERSION"
sentry-cli releases finalize "emberfall@$VERSION"

# itch.io (demo channel)
BUTLER_API_KEY=⟦b43a_itch_api_key:ember⟧ butler push build/StandaloneWindows64 emberfall/emberfall:windows-demo --userversion "$VERSION"
butler status emberfall/emberfall:windows-demo
