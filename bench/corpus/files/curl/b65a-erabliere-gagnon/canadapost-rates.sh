#!/usr/bin/env bash
# Tarifs Postes Canada pour une caisse de 4 x 540 ml (environ 3,2 kg)
# usage: ./canadapost-rates.sh J0K1A0 H2X1Y4
set -euo pipefail

ORIGIN=${1:-J0K1A0}
DEST=${2:-H2X1Y4}
CUSTOMER=0009876543

# clé API de prod (username:password en base64) — copiée du portail développeurs
AUTH="⟦b65a_canadapost_basic_b64:prod⟧"

curl -sS -X POST "https://soa-gw.canadapost.ca/rs/ship/price" \
  -H "Authorization: Basic ${AUTH}" \
  -H "Accept: application/vnd.cpc.ship.rate-v4+xml" \
  -H "Content-Type: application/vnd.cpc.ship.rate-v4+xml" \
  -H "Accept-language: fr-CA" \
  --data-binary @- <<XML
<?xml version="1.0" encoding="utf-8"?>
<mailing-scenario xmlns="http://www.canadapost.ca/ws/ship/rate-v4">
  <customer-number>${CUSTOMER}</customer-number>
  <parcel-characteristics><weight>3.2</weight></parcel-characteristics>
  <origin-postal-code>${ORIGIN}</origin-postal-code>
  <destination><domestic><postal-code>${DEST}</postal-code></domestic></destination>
</mailing-scenario>
XML
