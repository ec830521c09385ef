#!/usr/bin/env bash
# Re-encrypt every *.enc.yaml after a change to .sops.yaml (new admin, removed admin, new cluster).
#   ./scripts/rotate-sops-recipients.sh            # dry run
#   ./scripts/rotate-sops-recipients.sh --apply
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

APPLY=0
[[ "${1:-}" == "--apply" ]] && APPLY=1

# sops needs at least one private key that can decrypt the current files.
# Prefer the YubiKey identity; fall back to the break-glass key for the CI runner.
if [[ -z "${SOPS_AGE_KEY_FILE:-}" && -z "${SOPS_AGE_KEY:-}" ]]; then
  if command -v age-plugin-yubikey >/dev/null && age-plugin-yubikey --list >/dev/null 2>&1; then
    export SOPS_AGE_KEY_FILE="$HOME/.config/sops/age/yubikey-identity.txt"
  else
    # break-glass admin key (also in the sealed envelope, safe #2). Only for the rotation runner.
    export SOPS_AGE_KEY="⟦age_secret_key:breakglass⟧"
  fi
fi

mapfile -t files < <(git ls-files '*.enc.yaml' '*.enc.yml')
echo "found ${#files[@]} encrypted files"

for f in "${files[@]}"; do
  if [[ $APPLY -eq 1 ]]; then
    sops updatekeys --yes "$f"
    sops --rotate --in-place "$f"
    echo "rotated $f"
  else
    echo "would rotate $f"
  fi
done

if [[ $APPLY -eq 1 ]]; then
  git add -- "${files[@]}"
  git commit -m "chore(sops): re-encrypt for updated recipients"
fi
