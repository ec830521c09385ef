ls
cd Documents/digitization
ls -la
pip install internetarchive
ia configure
ia upload calloway-ledger-1887 ledger_1887_*.tif --metadata="mediatype:texts" --metadata="collection:calloway-historical"
ia upload calloway-ledger-1888 ledger_1888_*.tif --metadata="mediatype:texts" --metadata="collection:calloway-historical"
cat ~/.config/internetarchive/ia.ini
ia list calloway-ledger-1887
curl -s "https://archive.calloway-history.org/api/items?per_page=5" | jq .
curl -s "https://archive.calloway-history.org/api/items?key_identity=⟦b52c_omeka_key_identity:vol⟧&key_credential=⟦b52c_omeka_key_credential:vol⟧" -X POST -H "Content-Type: application/json" -d @item_ledger_1887.json
history | grep curl
ssh calloway@archive.calloway-history.org
mysql -u omeka -p'Riverboat1852' omeka_s -e "select count(*) from item;"
mysqldump -u omeka -pRiverboat1852 omeka_s > omeka_backup_2024-03-09.sql
gzip omeka_backup_2024-03-09.sql
scp omeka_backup_2024-03-09.sql.gz calloway@archive.calloway-history.org:~/backups/
python3 scripts/upload_to_omeka.py --csv ledgers.csv
export NEON_API_KEY=⟦b52c_neoncrm_api_key:history⟧
python3 scripts/neon_renewals.py --month 2024-03
open exports/
git status
git add scripts/upload_to_omeka.py
git commit -m "omeka upload script: retries"
git push
exit
