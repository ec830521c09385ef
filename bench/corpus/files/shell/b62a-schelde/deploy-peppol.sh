#!/usr/bin/env bash
# Vernieuwt het Peppol AP-certificaat (OpenPeppol PKI v3) op peppol-ap-01 en herstart Oxalis.
# Gebruik: ./deploy-peppol.sh peppol-ap-prod-2025.p12
set -euo pipefail

P12="${1:?pad naar nieuwe .p12}"
HOST=peppol-ap-01.internal
KS_PASS='⟦db_password:oxks⟧'
NEW_P12_PASS='Peppol!Cert2025'

echo ">> controleer nieuw certificaat"
openssl pkcs12 -in "$P12" -nokeys -passin "pass:${NEW_P12_PASS}" | openssl x509 -noout -subject -enddate

echo ">> converteer naar keystore met vaste alias 'ap'"
keytool -importkeystore \
  -srckeystore "$P12" -srcstoretype PKCS12 -srcstorepass "$NEW_P12_PASS" \
  -destkeystore /tmp/peppol-ap-prod.p12 -deststoretype PKCS12 -deststorepass "$KS_PASS" \
  -destalias ap -noprompt

scp /tmp/peppol-ap-prod.p12 "root@${HOST}:/etc/oxalis/peppol-ap-prod.p12"
ssh "root@${HOST}" 'chown oxalis:oxalis /etc/oxalis/peppol-ap-prod.p12 && chmod 600 /etc/oxalis/peppol-ap-prod.p12 && systemctl restart oxalis'
rm -f /tmp/peppol-ap-prod.p12

echo ">> SMP-registratie controleren (participant 0208:0443218764)"
curl -fsS "https://smp.scheldelogistics.be/iso6523-actorid-upis%3A%3A0208%3A0443218764" | head -c 400
echo
echo "klaar"
