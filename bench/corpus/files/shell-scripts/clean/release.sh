#!/usr/bin/env bash
# Publishes a release. All credentials are provided by the CI environment.
set -euo pipefail

: "${NPM_TOKEN:?NPM_TOKEN is required}"
: "${GITHUB_TOKEN:?GITHUB_TOKEN is required}"

version="$(node -p 'require("./package.json").version')"
printf '//registry.npmjs.org/:_authToken=%s\n' "$NPM_TOKEN" > "$HOME/.npmrc"
npm publish --access public
gh release create "v${version}" --generate-notes
read -r -s -p "Signing key passphrase: " PASSPHRASE
echo
gpg --batch --pinentry-mode loopback --passphrase "$PASSPHRASE" --detach-sign dist/app.tgz
unset PASSPHRASE
rm -f "$HOME/.npmrc"
