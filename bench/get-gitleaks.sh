#!/bin/sh
# Fetches gitleaks from Debian's archive (unstable: bookworm has no package) into .bench/gitleaks, so that
# the history and worktree benchmarks can run it side by side:
#   sh bench/get-gitleaks.sh && GITLEAKS=.bench/gitleaks/usr/bin/gitleaks npm run bench -- history
# Needs curl, xz and dpkg-deb (a Debian or Ubuntu machine); the binary is static Go and runs on bookworm.
set -eu
dest="${1:-$(dirname "$0")/../.bench/gitleaks}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
arch="$(dpkg --print-architecture)"
pool="$(curl -fsS "$mirror/dists/sid/main/binary-$arch/Packages.xz" | xz -dc | awk '/^Package: gitleaks$/ { p = 1 } p && !f && /^Filename:/ { print $2; f = 1 }')"
[ -n "$pool" ] || { echo "get-gitleaks: no gitleaks package in Debian unstable for $arch" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
curl -fsS -o "$tmp/gitleaks.deb" "$mirror/$pool"
mkdir -p "$dest"
dpkg-deb -x "$tmp/gitleaks.deb" "$dest"
echo "gitleaks from $pool"
echo "GITLEAKS=$dest/usr/bin/gitleaks"
