#!/bin/sh
# nightly MySQL backup -> B2 (cron: 15 2 * * *)
DATE=$(date +%F)
mysqldump -u backup -pB4ckup-2019 --single-transaction --all-databases | gzip > /var/backups/mysql-$DATE.sql.gz
PGPASSWORD='⟦db_password:pg⟧' pg_dump -h db.internal -U backup shop | gzip > /var/backups/shop-$DATE.sql.gz
B2_APPLICATION_KEY_ID=0024f8a9c7d1e3b0000000003 B2_APPLICATION_KEY=K002⟦generic_api_key_alnum40:b2|slice=0-27⟧ \
  b2 upload-file nightly-backups /var/backups/mysql-$DATE.sql.gz mysql/$DATE.sql.gz
find /var/backups -name '*.sql.gz' -mtime +14 -delete
curl -fsS -m 10 --retry 5 https://hc-ping.com/⟦uuid:hc⟧ > /dev/null
