cd ~/Projects/pco-sync
clasp login
clasp pull
clasp push
clasp open
ls -la
cat .clasp.json
git status
git add -A && git commit -m "roster sync: skip declined"
git push
curl -s -u ⟦b49a_pco_app_id:py⟧:⟦b49a_pco_secret:py⟧ https://api.planningcenteronline.com/people/v2/me | jq .
curl -s -u ⟦b49a_pco_app_id:py⟧:⟦b49a_pco_secret:py⟧ 'https://api.planningcenteronline.com/services/v2/service_types' | jq '.data[] | {id, name: .attributes.name}'
python3 checkins_report.py --weeks 8 > ~/Desktop/checkins.csv
open ~/Desktop/checkins.csv
brew install rclone
rclone config
rclone lsd b2diocese:
rclone sync ~/Documents/Bulletins b2diocese:stmarks-office/Bulletins -P
ssh admin@192.168.10.20
ping 192.168.10.20
smbutil view //backupsvc@192.168.10.20
mysql -h stmarks-parish.org -u stmarks_wp -p'Magnificat2020' stmarks_wp -e "select option_value from wp_options where option_name='siteurl'"
wp --ssh=stmarks@stmarks-parish.org/home/stmarks/public_html plugin list
history | grep curl
export MAILCHIMP_KEY=⟦mailchimp_api_key:hist⟧
curl -s -H "Authorization: apikey $MAILCHIMP_KEY" https://us21.api.mailchimp.com/3.0/lists | jq '.lists[].name'
unset MAILCHIMP_KEY
sudo softwareupdate -ia
exit
