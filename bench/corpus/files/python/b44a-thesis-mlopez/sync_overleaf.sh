#!/usr/bin/env bash
# Keep thesis/ in this repo and the Overleaf project (shared with supervisors) in sync.
# Overleaf only accepts token auth over https now; username is literally "git".
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

OVERLEAF_PROJECT=⟦b44a_overleaf_project_id⟧
REMOTE_URL="https://git:⟦b44a_overleaf_git_token⟧@git.overleaf.com/${OVERLEAF_PROJECT}"

if ! git remote | grep -qx overleaf; then
    git remote add overleaf "$REMOTE_URL"
fi

git fetch overleaf master
git subtree pull --prefix thesis overleaf master -m "merge supervisor edits from Overleaf" || {
    echo "conflicts: resolve, commit, then re-run" >&2; exit 1; }
git subtree push --prefix thesis overleaf master
echo "synced with https://www.overleaf.com/project/${OVERLEAF_PROJECT}"
