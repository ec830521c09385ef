#!/bin/sh
# crontab: */5 * * * * /opt/tiffinwala/cron/swiggy_order_pull.sh >> /var/log/tiffinwala/swiggy.log 2>&1
# Pulls new Swiggy orders for both kitchens into the KOT printer queue.
cd /opt/tiffinwala || exit 1

PARTNER_ID=41872
SWIGGY_KEY=⟦generic_api_key_hex32:swiggy-cron⟧
SINCE=$(date -d '-6 min' +%s)

for rest in 288172 288190; do
  curl -s --max-time 20 \
    -H "x-api-key: $SWIGGY_KEY" \
    -H "x-partner-id: $PARTNER_ID" \
    "https://partner-api.swiggy.com/v2/restaurants/$rest/orders?status=PLACED&since=$SINCE" \
    | php artisan kot:ingest --source=swiggy --restaurant="$rest"
done
