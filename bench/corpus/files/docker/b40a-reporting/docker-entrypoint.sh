#!/bin/sh
set -eu

# Render runtime config from env. Defaults are the values for the shared "demo" environment.
: "${INFLUX_URL:=https://influx.demo.ledgerline.io}"
: "${INFLUX_ORG:=ledgerline}"
: "${INFLUX_BUCKET:=reports}"
: "${INFLUX_TOKEN:=⟦b40a_influxdb_token:demo⟧}"
: "${REPORTS_S3_BUCKET:=ledgerline-reports-demo}"

mkdir -p /app/config
cat > /app/config/runtime.json <<EOF
{
  "influx": {
    "url": "${INFLUX_URL}",
    "org": "${INFLUX_ORG}",
    "bucket": "${INFLUX_BUCKET}",
    "token": "${INFLUX_TOKEN}"
  },
  "s3": { "bucket": "${REPORTS_S3_BUCKET}" },
  "mail": {
    "provider": "postmark",
    "serverToken": "${POSTMARK_SERVER_TOKEN:-⟦postmark_server_token⟧}",
    "from": "reports@ledgerline.io"
  },
  "featureFlags": { "pdfV2": ${PDF_V2:-false} }
}
EOF

if [ "${RUN_MIGRATIONS:-false}" = "true" ]; then
  echo "running migrations"
  node dist/migrate.js
fi

exec "$@"
