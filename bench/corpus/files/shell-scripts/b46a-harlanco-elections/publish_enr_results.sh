#!/usr/bin/env bash
# publish_enr_results.sh -- election night: pull the tabulator export, publish to the
# county results page (static S3 site) and push the state-required copy to the SOS FTP.
# Runs from the air-gapped-by-policy ENR laptop (HC-ENR-02) every 5 minutes on election night.
#
#   ./publish_enr_results.sh /media/usb/ResultsExport/detail.xml
set -euo pipefail

SRC="${1:?path to detail.xml}"
ELECTION=2024-11-05-general
WORK=$HOME/enr/$ELECTION
mkdir -p "$WORK"
cp "$SRC" "$WORK/detail-$(date +%H%M%S).xml"

python3 ~/enr/bin/enr_render.py "$SRC" --out "$WORK/site" --title "Harlan County - General Election Nov. 5, 2024"

# static results site: s3://results.harlancounty.gov (CloudFront in front)
export AWS_ACCESS_KEY_ID=⟦aws_access_key_id:enr⟧
export AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:enr⟧
export AWS_DEFAULT_REGION=us-east-2
aws s3 sync "$WORK/site" s3://results.harlancounty.gov/ --delete --cache-control "max-age=60"
aws cloudfront create-invalidation --distribution-id E2Q8HC0UNTY4RX --paths "/*" >/dev/null

# Secretary of State unofficial results upload (required within 2h of each batch)
curl -sS --ftp-ssl --ssl-reqd -T "$SRC" \
  -u "harlan_co:⟦password:sos_ftp⟧" \
  "ftp://enr-upload.sos.iowa.gov/counties/harlan/$ELECTION/"

# post a note to the elections team channel
curl -sS -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\"ENR published $(date +%H:%M) from $(hostname)\"}" \
  ⟦slack_webhook:enr⟧ >/dev/null
