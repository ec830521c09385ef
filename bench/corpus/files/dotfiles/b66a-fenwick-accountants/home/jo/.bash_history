cd ~/work/practice-tools
source .venv/bin/activate
python scripts/companies_house_filing_deadlines.py --portfolio clients.csv
export CH_API_KEY=⟦b42c_companies_house_api_key:hist⟧
python scripts/companies_house_filing_deadlines.py --portfolio clients.csv --out deadlines-2024-05.xlsx
curl -u ⟦b42c_companies_house_api_key:hist⟧: https://api.company-information.service.gov.uk/company/11223344/filing-history?items_per_page=5
ls -la ~/Downloads/*.csv
export XERO_CLIENT_ID=⟦b44b_xero_client_id:jo⟧
export XERO_CLIENT_SECRET=⟦b44b_xero_client_secret:jo⟧
python scripts/xero_bank_feed_check.py --tenant all
git status
git add scripts/xero_bank_feed_check.py && git commit -m "check stale bank feeds"
ssh jo@fenwick-nas.local
mysql -h 192.168.10.20 -u practice -p'Fenwick2021!' practice_manager -e "select count(*) from clients where status='active'"
history | grep curl
