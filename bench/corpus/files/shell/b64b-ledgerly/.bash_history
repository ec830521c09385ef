cd ~/src/ledgerly-desktop
git status
pnpm i
pnpm dev
security find-identity -v -p codesigning
security import build/certs/developer-id.p12 -k ~/Library/Keychains/login.keychain-db -P 'Ledgerly-DevID-7731' -T /usr/bin/codesign
xcrun notarytool store-credentials ledgerly-notary --apple-id build@ledgerly.app --team-id 7Q2ZK9M4XH --password ⟦b39b_apple_app_specific_password:build⟧
xcrun notarytool history --keychain-profile ledgerly-notary
pnpm release:mac
xcrun stapler validate "release/1.8.0/mac-arm64/Ledgerly.app"
spctl -a -vvv -t install "release/1.8.0/mac-arm64/Ledgerly.app"
export GH_TOKEN=⟦github_pat:release⟧
pnpm release:mac -- --publish always
npx asar extract release/1.8.0/mac-arm64/Ledgerly.app/Contents/Resources/app.asar /tmp/asar
grep -rn "plaid" /tmp/asar/app/dist/main.js | head
curl -s -X POST https://production.plaid.com/item/get -H 'Content-Type: application/json' -d '{"client_id":"⟦plaid_client_id:ldg⟧","secret":"⟦plaid_secret:prod⟧","access_token":"access-production-⟦uuid:acc⟧"}'
rm -rf /tmp/asar
history -c
