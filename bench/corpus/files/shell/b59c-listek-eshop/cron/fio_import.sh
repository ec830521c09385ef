#!/bin/sh
# Import plateb z Fio banky (bankovní převody) -> párování objednávek podle VS
# crontab: */20 * * * * /var/www/listek/cron/fio_import.sh >> /var/log/listek/fio.log 2>&1
# Fio API: max 1 dotaz za 30 s na token!

TOKEN="⟦b59c_fio_token:cron⟧"
OUT=/var/www/listek/temp/fio_last.json

curl -sf "https://fioapi.fio.cz/v1/rest/last/${TOKEN}/transactions.json" -o "$OUT" || {
  echo "$(date -Is) Fio API chyba (409 = moc častý dotaz?)"
  exit 1
}

php /var/www/listek/bin/console app:payments:match "$OUT"
echo "$(date -Is) import OK ($(jq '.accountStatement.transactionList.transaction | length' "$OUT") pohybů)"
