#!/bin/sh
# crontab: 45 17 * * 1-5 /opt/dispatch/cron/nightly-parcelforce-manifest.sh >> /var/log/dispatch/pf-manifest.log 2>&1
# Closes the day's Parcelforce collection by creating the manifest through expressLink.
set -eu

cd /opt/dispatch
export RAILS_ENV=production

DAY=$(date +%F)
echo "[$(date -Is)] creating Parcelforce manifest for $DAY"

bin/rails runner 'Carriers::Parcelforce.new.create_manifest!' -- \
  --username HOPGARDENPF \
  --password '⟦password:pf-yml⟧' \
  --department 1 \
  --date "$DAY"

# email the PDF to the yard so the driver can sign it
bin/rails runner "ManifestMailer.with(carrier: 'parcelforce', day: '$DAY').daily.deliver_now"
echo "[$(date -Is)] done"
