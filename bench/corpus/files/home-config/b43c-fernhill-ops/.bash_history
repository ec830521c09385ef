cd ~/sites/hollins
git pull
wp @hollins-prod plugin list --update=available
wp @hollins-prod plugin update woocommerce woocommerce-gateway-stripe --dry-run
wp @hollins-prod plugin update woocommerce woocommerce-gateway-stripe
wp @hollins-prod cache flush
./cf-purge.sh hollins
ssh hollinsb@onyx-lon3.krystal.uk -p 722
wp @marlow-prod user list --role=administrator
wp @marlow-prod user create rachel rachel@marlowphysio.com --role=editor --user_pass='Marlow-Rachel-24' --send-email=no
wp @marlow-prod user update mp_fernhill --user_pass=⟦password:mpadmin⟧
mysqldump -h 127.0.0.1 -P 3307 -u saltboxb_wp -p'⟦password:saltbox-db⟧' saltboxb_wp > ~/tmp/saltbox-2024-04-30.sql
gzip ~/tmp/saltbox-2024-04-30.sql
lftp -u deploy@hollinsbakery.co.uk,'⟦password:ftp-hb⟧' -e "set ftp:ssl-force true; mirror -R --only-newer wp-content/themes/crumb /public_html/wp-content/themes/crumb; bye" ftp.hollinsbakery.co.uk
ls ~/.config/fernhill/
cat ~/.config/fernhill/cf-token
export CF_API_TOKEN=⟦cloudflare_api_token:tom⟧
./cf-purge.sh saltbox /beers/ /
curl -s -H "Authorization: cpanel marlowph:⟦b43c_cpanel_api_token:marlow⟧" "https://uk-a14.sitehost.uk:2083/execute/Quota/get_quota_info" | jq
curl -s -H "Authorization: cpanel marlowph:⟦b43c_cpanel_api_token:marlow⟧" "https://uk-a14.sitehost.uk:2083/execute/Email/list_pops" | jq '.data[].email'
sshpass -p '⟦password:sg-ssh⟧' ssh -p 18765 u1842-fkd0ehxq@ssh.marlowphysio.com
history | grep sshpass
vim ~/.ssh/config
ssh-keygen -t ed25519 -C "tom@fernhill-ops" -f ~/.ssh/id_ed25519_siteground
ssh-copy-id -i ~/.ssh/id_ed25519_siteground.pub -p 18765 u1842-fkd0ehxq@ssh.marlowphysio.com
wp @wrenivy-staging search-replace 'https://wrenandivy.flowers' 'https://staging.wrenandivy.flowers' --dry-run
crontab -l
doctl auth init --context fernhill -t ⟦digitalocean_pat:fernhill⟧
doctl --context fernhill compute droplet list --format Name,PublicIPv4,Status
NETLIFY_AUTH_TOKEN=⟦netlify_token:tom⟧ npx netlify-cli sites:list --json | jq -r '.[].name'
sudo tail -f /var/log/fernhill/cpanel-backups.log
