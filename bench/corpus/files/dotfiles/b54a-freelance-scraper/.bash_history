cd ~/gigs/zillow-comps
source .venv/bin/activate
python scrape.py --city "Phoenix, AZ" --pages 3
curl -x http://brd.superproxy.io:33335 -U brd-customer-⟦b54a_brightdata_customer_id:fl⟧-zone-residential1:⟦b54a_brightdata_zone_password:fl⟧ https://geo.brdtest.com/welcome.txt
curl -x http://brd.superproxy.io:33335 -U brd-customer-⟦b54a_brightdata_customer_id:fl⟧-zone-residential1-country-us:⟦b54a_brightdata_zone_password:fl⟧ https://lumtest.com/myip.json
curl --request GET --url https://api.brightdata.com/zone/get_active_zones --header 'Authorization: Bearer ⟦b54a_brightdata_api_key:fl⟧'
ls
vim scrape.py
python scrape.py --city "Phoenix, AZ" --pages 30 --out out/phx.csv
wc -l out/phx.csv
cd ~/gigs/ticket-watch
curl 'https://2captcha.com/res.php?key=⟦b54a_2captcha_api_key:fl⟧&action=getbalance'
curl -s -X POST https://api.capsolver.com/getBalance -H 'Content-Type: application/json' -d '{"clientKey":"⟦b54a_capsolver_key:fl⟧"}'
python monitor.py --event 2024-ERAS-PHX --interval 45
curl -U "customer-fl_dev:⟦b54a_oxylabs_password:fl⟧" -x pr.oxylabs.io:7777 https://ip.oxylabs.io/location
curl "https://app.scrapingbee.com/api/v1/?api_key=⟦b54a_scrapingbee_api_key:fl⟧&url=https%3A%2F%2Fhttpbin.org%2Fip&render_js=false"
git status
git add -A && git commit -m "wip"
ssh -i ~/.ssh/id_ed25519 root@scrape-box-1.fl-scrape.dev
mysql -h 127.0.0.1 -u comps -p'Zillow-comps99' comps -e 'select count(*) from listings'
export ZENROWS_KEY=⟦b54a_zenrows_api_key:fl⟧
python zenrows_test.py
history | grep curl
