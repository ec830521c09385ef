cd ~/clients/tidewater-yoga
ls -la statements/2024
python3 ~/bin/ofx2csv.py statements/2024/*.ofx > feb.csv
open feb.csv
curl -s https://api.bill.com/api/v2/Login.json -d devKey=⟦b48b_bill_dev_key:dana⟧ -d userName=dana@whitfieldbooks.com -d password='Tidewater!AP2' -d orgId=⟦b48b_bill_org_id:tidewater⟧
curl -s https://api.bill.com/api/v2/List/Bill.json -d devKey=⟦b48b_bill_dev_key:dana⟧ -d sessionId='⟦b48b_bill_session_id:s1⟧' -d 'data={"start":0,"max":100}' | jq '.response_data | length'
export PLAID_SECRET=⟦plaid_secret:dana⟧
curl -s -X POST https://production.plaid.com/accounts/balance/get -H 'Content-Type: application/json' -d '{"client_id":"⟦plaid_client_id:dana⟧","secret":"'$PLAID_SECRET'","access_token":"⟦b44b_plaid_access_token:tidewater⟧"}' | jq .
history | grep plaid
git -C ~/bin status
brew install gnucash
mysql -u dana -p'Gnucash#Local1' gnucash_tidewater < ~/Downloads/coa_template.sql
cd ~/clients/fernleaf-florist
qbo-cli --profile fernleaf reports pnl --start 2024-01-01 --end 2024-02-29 --format csv > pnl.csv
ssh dana@books-nas.local 'ls /volume1/clients'
rclone copy ~/clients books-nas:clients --progress
curl -s https://platform.brexapis.com/v2/accounts/cash -H "Authorization: Bearer ⟦b68c_brex_user_token:fernleaf⟧"
exit
