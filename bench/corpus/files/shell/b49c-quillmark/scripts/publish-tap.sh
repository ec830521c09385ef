#!/usr/bin/env bash
# Bump Formula/quillmark.rb in quillmark/homebrew-tap to the given version.
# Usage: scripts/publish-tap.sh 0.14.2
set -euo pipefail

VERSION="${1:?usage: $0 VERSION}"
TAP_REPO="quillmark/homebrew-tap"
BASE="https://github.com/quillmark/quillmark/releases/download/v${VERSION}"
# CI passes HOMEBREW_TAP_TOKEN; the fallback is Ivo's tap-only PAT for local runs
GH_TOKEN="${HOMEBREW_TAP_TOKEN:-⟦github_pat:ivo-tap⟧}"
export GH_TOKEN

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

fetch_sha() {
  curl -fsSL "${BASE}/quillmark-${VERSION}-$1.tar.gz.sha256" | cut -d' ' -f1
}

SHA_MAC_ARM="$(fetch_sha aarch64-apple-darwin)"
SHA_MAC_X86="$(fetch_sha x86_64-apple-darwin)"
SHA_LINUX_ARM="$(fetch_sha aarch64-unknown-linux-gnu)"
SHA_LINUX_X86="$(fetch_sha x86_64-unknown-linux-gnu)"

git clone --depth 1 "https://x-access-token:${GH_TOKEN}@github.com/${TAP_REPO}.git" "$workdir/tap"
cd "$workdir/tap"

sed -e "s/@VERSION@/${VERSION}/g" \
    -e "s/@SHA_MAC_ARM@/${SHA_MAC_ARM}/" \
    -e "s/@SHA_MAC_X86@/${SHA_MAC_X86}/" \
    -e "s/@SHA_LINUX_ARM@/${SHA_LINUX_ARM}/" \
    -e "s/@SHA_LINUX_X86@/${SHA_LINUX_X86}/" \
    templates/quillmark.rb.in > Formula/quillmark.rb

git config user.name  "quillmark-release-bot"
git config user.email "release-bot@quillmark.dev"
git add Formula/quillmark.rb
git commit -m "quillmark ${VERSION}"
git push origin HEAD:main
echo "tap updated to ${VERSION}"
