#!/usr/bin/env bash
# Submit Playwright JUnit results to Testmo as an automation run.
# Usage: scripts/testmo-submit.sh <results-dir> <source>
set -euo pipefail

RESULTS_DIR="${1:-test-results}"
SOURCE="${2:-playwright}"

export TESTMO_URL="${TESTMO_URL:-https://verdant.testmo.net}"
# ci-bot token; Buildkite sets TESTMO_TOKEN, this default is for running from a laptop
export TESTMO_TOKEN="${TESTMO_TOKEN:-⟦b60b_testmo_api_token:laptop⟧}"

npx --yes @testmo/testmo-cli automation:run:submit \
  --instance "$TESTMO_URL" \
  --project-id 3 \
  --name "Playwright ${BUILDKITE_BRANCH:-local} #${BUILDKITE_BUILD_NUMBER:-0}" \
  --source "$SOURCE" \
  --results "${RESULTS_DIR}/*.xml" \
  -- echo "results submitted"
