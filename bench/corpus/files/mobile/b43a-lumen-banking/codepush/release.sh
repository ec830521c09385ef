#!/usr/bin/env bash
# Ship a JS-only update through CodePush (App Center).
#   ./codepush/release.sh ios|android Staging|Production "release notes"
set -euo pipefail

PLATFORM="${1:?ios|android}"
DEPLOYMENT="${2:-Staging}"
NOTES="${3:-}"

case "$PLATFORM" in
  ios)     APP="lumenbank/Lumen-iOS" ;;
  android) APP="lumenbank/Lumen-Android" ;;
  *) echo "unknown platform $PLATFORM" >&2; exit 1 ;;
esac

# Deployment keys (these are compiled into the app, see Release.xcconfig / build.gradle):
#   iOS Staging      ⟦b43a_codepush_deployment_key:ios-stg⟧
#   Android Staging  ⟦b43a_codepush_deployment_key:and-stg⟧

# CI passes APPCENTER_ACCESS_TOKEN; the fallback is Kofi's personal token from when the Mac mini was down
export APPCENTER_ACCESS_TOKEN="${APPCENTER_ACCESS_TOKEN:-⟦b43a_appcenter_api_token:kofi⟧}"

npx appcenter codepush release-react \
  --app "$APP" \
  --deployment-name "$DEPLOYMENT" \
  --target-binary-version "~3.18" \
  --description "$NOTES" \
  --private-key-path codepush/private.pem \
  --sourcemap-output build/codepush/main.jsbundle.map \
  --output-dir build/codepush

npx sentry-cli react-native appcenter "$APP" "$PLATFORM" build/codepush \
  --deployment "$DEPLOYMENT" --org lumenbank --project "lumen-$PLATFORM"
