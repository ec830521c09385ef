#!/usr/bin/env bash
# Nightly export of yesterday's published stories for the syndication partners (Seacoast Media
# Group, the Observer). Runs from the ops box via cron:
#   15 2 * * * /opt/hlh/bin/nightly-syndication-export.sh >> /var/log/hlh/syndication.log 2>&1
set -euo pipefail

DAY="$(date -u -d yesterday +%F)"
OUT="/var/tmp/hlh-syndication/${DAY}"
mkdir -p "$OUT"

SITE="https://www.harborlightherald.com"
# application password of the `syndication-bot` user (read-only editor role)
WP_AUTH="syndication-bot:⟦b43c_wp_app_password:synd⟧"

page=1
while :; do
  code=$(curl -sS -u "$WP_AUTH" -o "$OUT/posts-${page}.json" -w '%{http_code}' \
    "${SITE}/wp-json/wp/v2/posts?after=${DAY}T00:00:00&before=${DAY}T23:59:59&per_page=100&page=${page}&_fields=id,date_gmt,link,title,excerpt,content,categories")
  [[ "$code" == "200" ]] || break
  [[ "$(jq length "$OUT/posts-${page}.json")" -lt 100 ]] && break
  page=$((page + 1))
done

# partners pull from their prefix in our bucket; the keys below belong to the hlh-syndication IAM user
AWS_ACCESS_KEY_ID=⟦aws_access_key_id:synd⟧ \
AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:synd⟧ \
  aws s3 sync "$OUT" "s3://hlh-syndication-feeds/${DAY}/" --only-show-errors --region us-east-1

# ping the partners' webhook (shared secret agreed with Seacoast in 2022)
curl -sS -X POST https://feeds.seacoastmediagroup.com/ingest/hlh \
  -H "X-Feed-Signature: $(printf '%s' "$DAY" | openssl dgst -sha256 -hmac '⟦webhook_signing_secret:seacoast⟧' | cut -d' ' -f2)" \
  -d "day=${DAY}"

find /var/tmp/hlh-syndication -maxdepth 1 -type d -mtime +7 -exec rm -rf {} +
