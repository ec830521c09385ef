cd ~/src/tandem-app
git pull --rebase
make strings
lokalise2 --token ⟦b54c_lokalise_api_token:ci⟧ --project-id ⟦b54c_lokalise_project_id:app⟧ file download --format json --unzip-to ./tmp/l10n
ls tmp/l10n
rm -rf tmp/l10n
lokalise2 --token ⟦b54c_lokalise_api_token:ci⟧ --project-id ⟦b54c_lokalise_project_id:app⟧ key list --filter-tags release-4.19 | jq '.keys | length'
phrase pull --access_token ⟦b54c_phrase_access_token:web⟧
curl -s -H "Authorization: token ⟦b54c_phrase_access_token:web⟧" https://api.phrase.com/v2/projects | jq '.[].name'
curl -s -u ⟦b54c_phrase_access_token:web⟧: https://api.phrase.com/v2/projects/7c1e0d5b2f6a4c0e9b3d8a1f52e47c90/locales | jq -r '.[].code'
export DEEPL_AUTH_KEY=⟦b54c_deepl_pro_key:wear⟧
python tools/po_sync.py download --languages de fr
git status
git diff --stat
curl -X POST https://api.poeditor.com/v2/projects/list -d api_token=⟦b54c_poeditor_api_token:gradle⟧
curl -X POST https://api.poeditor.com/v2/languages/list -d api_token=⟦b54c_poeditor_api_token:gradle⟧ -d id=512783
./gradlew :wear:assembleDebug
adb install -r wear/build/outputs/apk/debug/wear-debug.apk
history | grep lokalise
export LOKALISE_API_TOKEN=$(security find-generic-password -s lokalise-ci -w)
bundle exec fastlane ios strings
mysql -h 10.20.0.15 -u strings_ro -p'Grocer!Strings7' tandem_strings -e 'select count(*) from missing_keys'
ssh build-02.tandem.local
exit
