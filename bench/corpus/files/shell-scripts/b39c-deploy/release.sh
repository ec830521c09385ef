#!/usr/bin/env bash
# release.sh -- cut a release of @pinecrest/ui-kit and the storybook image
#
#   ./scripts/release.sh 2.14.0
#
# Runs on the release VM (not CI) because the CI runners can't reach the private registry.
set -euo pipefail

VERSION="${1:?usage: release.sh <version>}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log()  { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
die()  { printf '\033[1;31m!!\033[0m %s\n' "$*" >&2; exit 1; }

[[ -z "$(git status --porcelain)" ]] || die "working tree not clean"
git fetch --tags --quiet
git rev-parse "v$VERSION" >/dev/null 2>&1 && die "tag v$VERSION already exists"

# --- npm auth (the VM has no ~/.npmrc of its own) ---------------------------------
log "writing temporary .npmrc"
cat > "$ROOT/.npmrc" <<EOF
@pinecrest:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=⟦npm_token⟧
always-auth=true
EOF
trap 'rm -f "$ROOT/.npmrc"' EXIT

# --- build + test -----------------------------------------------------------------------
log "installing"
npm ci --no-audit --no-fund
log "testing"
npm test -- --ci
log "building"
npm run build

# --- version + publish ------------------------------------------------------------------
npm version "$VERSION" --no-git-tag-version
git commit -am "release: v$VERSION"
git tag -a "v$VERSION" -m "v$VERSION"
npm publish --access public

# --- storybook image --------------------------------------------------------------------
log "docker login"
echo "⟦dockerhub_pat⟧" | docker login -u pinecrestbot --password-stdin
docker build -t "pinecrest/ui-kit-storybook:$VERSION" -f docker/storybook.Dockerfile .
docker push "pinecrest/ui-kit-storybook:$VERSION"

# --- sentry release (source maps for the docs site) -----------------------------------
export SENTRY_ORG=pinecrest
export SENTRY_PROJECT=ui-kit-docs
SENTRY_AUTH_TOKEN=⟦sentry_org_token:rel⟧ \
  npx @sentry/cli releases new "ui-kit@$VERSION"
SENTRY_AUTH_TOKEN=⟦sentry_org_token:rel⟧ \
  npx @sentry/cli sourcemaps upload --release "ui-kit@$VERSION" storybook-static/

git push origin HEAD --follow-tags
log "released v$VERSION ($(git rev-parse --short HEAD))"
