#!/usr/bin/env bash
# Runs the Appium suite against Sauce Labs RDC through a Sauce Connect tunnel to staging.
# Called from .bitrise/nightly.yml; can be run locally if you have sc 5.x installed.
set -euo pipefail

: "${SAUCE_USERNAME:=orchard-mobile-ci}"
: "${SAUCE_REGION:=eu-central}"
TUNNEL_NAME="orchard-$(date +%s)"
APP_ID="${1:?usage: run-e2e-sauce.sh <storage id>}"

cleanup() {
  if [[ -n "${SC_PID:-}" ]]; then kill "$SC_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

echo "starting Sauce Connect tunnel ${TUNNEL_NAME}"
sc run \
  --username "$SAUCE_USERNAME" \
  --access-key "${SAUCE_ACCESS_KEY:-⟦saucelabs_access_key:ci⟧}" \
  --region "$SAUCE_REGION" \
  --tunnel-name "$TUNNEL_NAME" \
  --proxy-localhost allow \
  --tunnel-domains 'staging.orchard.app,api-staging.orchard.app' \
  --log-file "build/sauce-connect-${TUNNEL_NAME}.log" &
SC_PID=$!

for _ in $(seq 1 60); do
  if grep -q "Sauce Connect is up" "build/sauce-connect-${TUNNEL_NAME}.log" 2>/dev/null; then break; fi
  sleep 2
done

./gradlew :app:connectedSauceTest \
  -Psauce.app="storage:${APP_ID}" \
  -Psauce.tunnel="$TUNNEL_NAME" \
  -Psauce.build="nightly-$(date +%F)" \
  --no-daemon --stacktrace
