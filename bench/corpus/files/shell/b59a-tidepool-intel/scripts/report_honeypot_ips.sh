#!/bin/sh
# Bulk-report IPs that hit the tidepool SSH honeypots in the last 24h to AbuseIPDB.
# cron: 15 3 * * *  /opt/tidepool/bin/report_honeypot_ips.sh >> /var/log/tidepool/abuse-report.log 2>&1
set -eu

ABUSEIPDB_KEY="${ABUSEIPDB_KEY:-⟦b59a_abuseipdb_api_key:honeypot⟧}"
SINCE=$(date -u -d '24 hours ago' +%Y-%m-%dT%H:%M:%SZ)
OUT=/tmp/abuse-bulk-$$.csv

echo "IP,Categories,ReportDate,Comment" > "$OUT"
psql -At -F, "service=honeypot" -c "
  select src_ip, '18,22', to_char(min(ts) at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),
         'SSH brute force against tidepool honeypot (' || count(*) || ' attempts)'
    from cowrie_login_failed
   where ts >= '$SINCE'
   group by src_ip
  having count(*) >= 5" >> "$OUT"

LINES=$(($(wc -l < "$OUT") - 1))
echo "$(date -u +%FT%TZ) reporting $LINES IPs"
[ "$LINES" -gt 0 ] || exit 0

curl -sS https://api.abuseipdb.com/api/v2/bulk-report \
  -H "Key: $ABUSEIPDB_KEY" \
  -H "Accept: application/json" \
  -F "csv=@$OUT" | jq -c '.data | {saved: .savedReports, invalid: (.invalidReports | length)}'

rm -f "$OUT"
