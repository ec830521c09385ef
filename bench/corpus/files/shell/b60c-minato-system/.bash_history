cd ~/projects/hinode/kintone-customize
npm run build
cli-kintone record export --base-url https://hinode.cybozu.com --app 112 --api-token ⟦b60c_kintone_api_token:cli⟧ > meibo.csv
cli-kintone record import --base-url https://hinode.cybozu.com --app 118 --username yamada_minato --password 'Hinode#kintone9' --file-path nyutaisha.csv
kintone-customize-uploader --base-url https://hinode.cybozu.com --username yamada_minato --password 'Hinode#kintone9' dest/customize-manifest.json
curl -s -u 'api-user:⟦password:garoon_api⟧' 'https://hinode.cybozu.com/g/api/v1/schedule/facilities?limit=100' | jq '.facilities[] | {id,name}'
cd ~/projects/yamabiko
usacloud server ls --token ⟦b60c_sakura_access_token:hist⟧ --secret ⟦b60c_sakura_access_secret:hist⟧ --zone is1b
openstack --os-cloud conoha-tyo1 server list
ssh -i ~/.ssh/conoha_deploy_ed25519 root@160.251.12.34
cd ~/projects/kaede
git status
git log --oneline -10
history | grep usacloud
