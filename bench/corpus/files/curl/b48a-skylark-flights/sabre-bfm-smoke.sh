#!/usr/bin/env bash
# Quick Bargain Finder Max smoke test against Sabre CERT. Usage: ./sabre-bfm-smoke.sh LHR JFK 2024-04-12
set -euo pipefail

ORIG=${1:-LHR}; DEST=${2:-JFK}; DATE=${3:-2024-04-12}
BASE=https://api.cert.platform.sabre.com

# token credentials for EPR 43218 / PCC 7K2F (cert). Generated with:
#   echo -n "$(echo -n 'V1:43218:7K2F:AA' | base64):$(echo -n "$SABRE_PWD" | base64)" | base64
TOKEN=$(curl -s -X POST "$BASE/v2/auth/token" \
  -H 'Authorization: Basic ⟦b48a_sabre_token_credentials:cert⟧' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -d 'grant_type=client_credentials' | jq -r .access_token)

# fallback when the auth endpoint is flaky: last ATK that worked, refresh it by hand
: "${TOKEN:=⟦b48a_sabre_access_token:cert⟧}"

curl -s -X POST "$BASE/v5/offers/shop" \
  -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' \
  -d @- <<JSON | jq '.groupedItineraryResponse.statistics'
{
  "OTA_AirLowFareSearchRQ": {
    "Version": "5",
    "POS": {"Source": [{"PseudoCityCode": "7K2F", "RequestorID": {"Type": "1", "ID": "1", "CompanyName": {"Code": "TN"}}}]},
    "OriginDestinationInformation": [{"RPH": "1", "DepartureDateTime": "${DATE}T00:00:00",
      "OriginLocation": {"LocationCode": "$ORIG"}, "DestinationLocation": {"LocationCode": "$DEST"}}],
    "TravelPreferences": {"TPA_Extensions": {"NumTrips": {"Number": 20}}},
    "TravelerInfoSummary": {"AirTravelerAvail": [{"PassengerTypeQuantity": [{"Code": "ADT", "Quantity": 1}]}]},
    "TPA_Extensions": {"IntelliSellTransaction": {"RequestType": {"Name": "50ITINS"}}}
  }
}
JSON
