# Rendered on the build Mac with:  op inject -i release.env.tpl -o fastlane/.env.default
# (1Password service account "mobile-release-ci", vault "Mobile Release")
FASTLANE_USER=release-bot@lumenbank.app
FASTLANE_PASSWORD={{ op://Mobile Release/Apple ID release-bot/password }}
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD={{ op://Mobile Release/Apple ID release-bot/app-specific password }}
MATCH_PASSWORD={{ op://Mobile Release/match passphrase/password }}
MATCH_GIT_BASIC_AUTHORIZATION={{ op://Mobile Release/match repo deploy/basic-auth-b64 }}
APP_STORE_CONNECT_API_KEY_KEY_ID={{ op://Mobile Release/ASC API key/key id }}
APP_STORE_CONNECT_API_KEY_ISSUER_ID={{ op://Mobile Release/ASC API key/issuer id }}
APP_STORE_CONNECT_API_KEY_KEY={{ op://Mobile Release/ASC API key/AuthKey.p8 }}
APPCENTER_API_TOKEN={{ op://Mobile Release/App Center/credential }}
SENTRY_AUTH_TOKEN={{ op://Mobile Release/Sentry org token (CI)/credential }}
SLACK_URL={{ op://Mobile Release/Slack #releases webhook/url }}
FIREBASE_CLI_TOKEN={{ op://Mobile Release/Firebase CLI (qa-bot)/token }}
SUPPLY_JSON_KEY_DATA={{ op://Mobile Release/Google Play service account/play-store-credentials.json }}
LUMEN_UPLOAD_STORE_PASSWORD={{ op://Mobile Release/Android upload keystore/password }}
LUMEN_UPLOAD_KEY_PASSWORD={{ op://Mobile Release/Android upload keystore/key password }}
# non-secret
SENTRY_ORG=lumenbank
APPCENTER_OWNER_NAME=lumenbank
FASTLANE_ITC_TEAM_ID=127593046
