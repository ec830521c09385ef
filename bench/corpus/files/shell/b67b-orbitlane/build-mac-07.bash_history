cd /Volumes/Builds/buildkite
ls -la builds
sudo brew services restart buildkite-agent
tail -f /opt/homebrew/var/log/buildkite-agent.log
buildkite-agent --version
sudo vim /opt/homebrew/etc/buildkite-agent/buildkite-agent.cfg
buildkite-agent start --token ⟦b40a_buildkite_agent_token:manual⟧ --tags queue=apple-silicon-test --name mac-07-debug
curl -s -H "Authorization: Bearer ⟦buildkite_token:hist⟧" https://api.buildkite.com/v2/organizations/orbitlane/agents | jq '.[].name'
xcodebuild -version
sudo xcode-select -s /Applications/Xcode_15.4.app
security find-identity -v -p codesigning
security unlock-keychain -p 'Mac07-login!' ~/Library/Keychains/login.keychain-db
fastlane match appstore --readonly
curl -s -H "Authorization: Bearer ⟦b40c_teamcity_token:jonas⟧" https://teamcity.orbitlane.games/app/rest/builds?locator=buildType:Starfall_PackageWin64,count:1
p4 -p ssl:p4.orbitlane.games:1666 -u svc-buildkite trust -y
echo 'Bk-P4-svc-2024' | p4 -p ssl:p4.orbitlane.games:1666 -u svc-buildkite login
p4 -p ssl:p4.orbitlane.games:1666 -u svc-buildkite tickets
df -h /Volumes/Builds
rm -rf /Volumes/Builds/buildkite/builds/mac-mini-07-2/orbitlane/starfall-ios/DerivedData
exit
