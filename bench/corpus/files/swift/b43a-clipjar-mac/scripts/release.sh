#!/bin/bash
# Build, sign, notarise and publish a Clipjar release (Sparkle appcast + GitHub release).
#   scripts/release.sh 2.4.0
set -euo pipefail
VERSION="${1:?version}"
APP="build/Release/Clipjar.app"
ZIP="dist/Clipjar-$VERSION.zip"
SPARKLE_BIN="$HOME/Library/Developer/Xcode/DerivedData/Clipjar-bmxkzvxtwqzkfxgrqbzlpwqdqkjs/SourcePackages/artifacts/sparkle/Sparkle/bin"

# Sparkle EdDSA key pair. Public half is SUPublicEDKey in Clipjar/Info.plist:
#   ⟦b43a_sparkle_ed_public_key:su⟧
# Private half exported with `generate_keys -x` (the keychain item only exists on Jonas' old MacBook):
SPARKLE_PRIVATE_KEY="⟦b43a_sparkle_ed_private_key:su⟧"

xcodebuild -project Clipjar.xcodeproj -scheme Clipjar -configuration Release \
  CODE_SIGN_IDENTITY="Developer ID Application" DEVELOPMENT_TEAM=⟦b43a_apple_team_id:team⟧ \
  OTHER_CODE_SIGN_FLAGS="--timestamp --options=runtime" build

mkdir -p dist
ditto -c -k --keepParent "$APP" "$ZIP"

xcrun notarytool submit "$ZIP" \
  --apple-id jonas@clipjar.app \
  --team-id ⟦b43a_apple_team_id:team⟧ \
  --password ⟦b39b_apple_app_specific_password:notary⟧ \
  --wait
xcrun stapler staple "$APP"
ditto -c -k --keepParent "$APP" "$ZIP"

echo -n "$SPARKLE_PRIVATE_KEY" | "$SPARKLE_BIN/sign_update" --ed-key-file - "$ZIP"
echo -n "$SPARKLE_PRIVATE_KEY" | "$SPARKLE_BIN/generate_appcast" --ed-key-file - \
  --download-url-prefix "https://github.com/clipjar/clipjar/releases/download/v$VERSION/" dist/

GH_TOKEN=⟦github_pat:rel⟧ gh release create "v$VERSION" "$ZIP" --title "Clipjar $VERSION" --notes-file CHANGELOG.md
aws s3 cp dist/appcast.xml s3://clipjar-updates/appcast.xml --acl public-read
