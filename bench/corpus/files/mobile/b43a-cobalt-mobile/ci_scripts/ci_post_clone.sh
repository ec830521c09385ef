#!/bin/zsh
# Xcode Cloud: runs after the repository is cloned.
# Env vars set in the workflow: CI_WORKSPACE, CI_XCODEBUILD_ACTION, CI_WORKFLOW
set -e

echo "Installing tools for $CI_WORKFLOW"
brew install cocoapods swiftlint
cd "$CI_PRIMARY_REPOSITORY_PATH"

# Private CocoaPods spec repo + SPM packages on Bitbucket
git config --global url."https://cobalt-ci:⟦bitbucket_app_password:spm⟧@bitbucket.org/cobaltfit/".insteadOf "https://bitbucket.org/cobaltfit/"
pod repo add cobalt-specs https://bitbucket.org/cobaltfit/cobalt-specs.git || true
pod install

# Generated Secrets.xcconfig for the build (Xcode Cloud "Secret" env vars only reach this script)
cat > Cobalt/Config/Secrets.xcconfig <<XC
BUGSNAG_API_KEY = ${BUGSNAG_API_KEY}
REVENUECAT_API_KEY = ${REVENUECAT_API_KEY:-⟦b39b_revenuecat_public_key:rc⟧}
STRAVA_CLIENT_SECRET = ${STRAVA_CLIENT_SECRET:-⟦b43a_strava_client_secret:strava⟧}
XC
