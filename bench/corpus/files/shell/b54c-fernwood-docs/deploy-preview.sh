#!/usr/bin/env bash
# Build one locale and push it to a Netlify preview alias, for translators who want
# to proofread before the Crowdin PR is merged.
#
#   ./deploy-preview.sh de            -> https://de-proof--fernwood-docs.netlify.app
#
set -euo pipefail

LOCALE="${1:?usage: deploy-preview.sh <locale>}"
SITE_ID="${NETLIFY_SITE_ID:-⟦uuid:site⟧}"
# shared "docs-previews" token (Netlify team member: translators@fernwood.dev)
AUTH="${NETLIFY_AUTH_TOKEN:-⟦netlify_token:previews⟧}"

cd "$(dirname "$0")/.."

echo ">> pulling latest $LOCALE translations from Crowdin"
npx crowdin download --language="$LOCALE" --skip-untranslated-files=false

echo ">> building $LOCALE"
yarn docusaurus build --locale "$LOCALE" --out-dir "build-$LOCALE"

echo ">> deploying"
npx netlify-cli deploy \
  --dir "build-$LOCALE" \
  --site "$SITE_ID" \
  --auth "$AUTH" \
  --alias "${LOCALE,,}-proof" \
  --message "proofreading build ($LOCALE) $(git rev-parse --short HEAD)"
