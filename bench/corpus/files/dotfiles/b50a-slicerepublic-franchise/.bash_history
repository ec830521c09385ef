cd ~/work/sr-dispatch
git pull
npm config set //registry.npmjs.org/:_authToken=⟦npm_token:srdispatch⟧
npm ci
npm test
ssh root@192.168.8.1
scp store-router-bootstrap.sh root@192.168.8.1:/tmp/
ssh root@192.168.8.1 sh /tmp/store-router-bootstrap.sh 118
ping -c3 10.118.20.31
curl -s https://connect.squareup.com/v2/locations -H "Authorization: Bearer ⟦square_access_token:franchise⟧" -H "Square-Version: 2024-06-04" | jq '.locations[] | {id,name}'
vim ~/work/franchise-it/store_directory.csv
export DOORDASH_SIGNING_SECRET=⟦b50a_doordash_signing_secret:prod⟧
export DOORDASH_DEVELOPER_ID=⟦b50a_doordash_developer_id:prod⟧
export DOORDASH_KEY_ID=⟦b50a_doordash_key_id:prod⟧
node scripts/quote-test.js --store 118
unset DOORDASH_SIGNING_SECRET
kubectl -n dispatch get pods
kubectl -n dispatch logs deploy/sr-dispatch --since=1h | grep -i error
kubectl -n dispatch create secret generic sr-dispatch-uber --from-literal=UBER_DIRECT_CLIENT_SECRET=⟦b50a_uber_client_secret:direct⟧ --dry-run=client -o yaml | kubectl apply -f -
psql "postgres://dispatch_ro:Disp4tch-ro!@sr-dispatch-db.internal:5432/dispatch" -c "select count(*) from deliveries where created_at > now() - interval '1 day'"
history | grep tailscale
tailscale status
ansible-playbook -i inventory/stores.ini site.yml --limit franchise --check
ansible-vault edit group_vars/vault.yml
git add -A && git commit -m "store 118 gastonia"
git push
