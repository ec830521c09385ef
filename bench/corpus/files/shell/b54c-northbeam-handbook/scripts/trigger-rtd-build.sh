#!/bin/sh
# Trigger a Read the Docs build of northbeam-sdk for a branch/tag.
# Used by the release pipeline after tagging, and by hand when RTD misses a webhook.
#
#   scripts/trigger-rtd-build.sh v3.2.0
set -eu

VERSION="${1:-latest}"
PROJECT=northbeam-sdk
# API v3 token of the "northbeam-docs" RTD user (maintainer on the project)
RTD_TOKEN="${RTD_TOKEN:-⟦b49c_readthedocs_token:ci⟧}"

api() {
  curl -fsS -H "Authorization: Token ${RTD_TOKEN}" -H "Content-Type: application/json" "$@"
}

# make sure the version is active (tags are inactive by default)
api -X PATCH "https://readthedocs.org/api/v3/projects/${PROJECT}/versions/${VERSION}/" \
  -d '{"active": true, "hidden": false}' || true

build=$(api -X POST "https://readthedocs.org/api/v3/projects/${PROJECT}/versions/${VERSION}/builds/")
echo "$build" | python3 -c 'import json,sys; b=json.load(sys.stdin)["build"]; print("build", b["id"], b["state"]["code"])'

# the generic webhook is an alternative that needs no user token; kept for the old Jenkins job
# curl -X POST -d "branches=${VERSION}" -d "token=⟦generic_api_key_hex32:rtdhook⟧" https://readthedocs.org/api/v2/webhook/northbeam-sdk/241187/
