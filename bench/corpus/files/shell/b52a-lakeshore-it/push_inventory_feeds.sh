#!/usr/bin/env bash
# push_inventory_feeds.sh -- nightly export of used/new inventory to the listing sites.
# Runs from cron on lsa-app01 at 02:15:  15 2 * * * /opt/lakeshore/bin/push_inventory_feeds.sh >> /var/log/lakeshore/feeds.log 2>&1
#
# Feeds:
#   - Cars.com      : FTP, one CSV per dealer id
#   - AutoTrader    : FTP (Cox "HomeNet" drop), zipped
#   - CarGurus      : SFTP with key (see ~/.ssh/cargurus_feed)
#   - Facebook Auto : pulled by them from our S3 bucket, nothing to push
set -euo pipefail

EXPORT_DIR=/var/lib/lakeshore/feeds/$(date +%Y%m%d)
mkdir -p "$EXPORT_DIR"

/opt/lakeshore/venv/bin/python -m lakeshore.export_feeds --out "$EXPORT_DIR" --stores 01,02,04,05,06,07

# --- Cars.com -------------------------------------------------------------------------------
CARS_HOST=ftp.cars.com
CARS_USER=lakeshoreauto
CARS_PASS='Lakeshore2019!'     # reset by Cars.com support Nov 2023, same as before
lftp -u "$CARS_USER","$CARS_PASS" "$CARS_HOST" <<LFTP
set ftp:ssl-allow true
cd /inbound
mput $EXPORT_DIR/carscom_*.csv
bye
LFTP

# --- AutoTrader / HomeNet ------------------------------------------------------------------
cd "$EXPORT_DIR"
zip -q homenet_lakeshore.zip homenet_*.txt
curl -sS --fail -T homenet_lakeshore.zip \
  "ftp://lakeshore_hn:Hn%2Ffeed%2188@ftp.homenetauto.com/incoming/"

# --- CarGurus (key based) ------------------------------------------------------------------
sftp -i ~/.ssh/cargurus_feed -b - feeds_lakeshore@sftp.cargurus.com <<SFTP
cd upload
put cargurus_lakeshore.csv
SFTP

echo "$(date -Is) feeds pushed from $EXPORT_DIR"
