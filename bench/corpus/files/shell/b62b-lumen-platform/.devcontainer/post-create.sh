#!/usr/bin/env bash
# runs once after the dev container is created
set -euo pipefail

echo "==> python deps"
pip install --user -q uv
uv pip install --system -r requirements-dev.txt

echo "==> private package indexes"
mkdir -p ~/.config/pip
cat > ~/.config/pip/pip.conf <<PIP
[global]
index-url = https://pypi.org/simple
extra-index-url = https://lumen-ci:⟦jfrog_reference_token:pip⟧@lumenhealth.jfrog.io/artifactory/api/pypi/pypi-internal/simple
PIP

# fall back to the shared read-only token when NPM_TOKEN isn't forwarded from the host
NPM_TOKEN="${NPM_TOKEN:-⟦npm_token:devc⟧}"
cat > ~/.npmrc <<NPMRC
@lumen:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
NPMRC

echo "==> node deps"
npm ci --prefix web

echo "==> pre-commit"
pre-commit install --install-hooks

echo "done."
