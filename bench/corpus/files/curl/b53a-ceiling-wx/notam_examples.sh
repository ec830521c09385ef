#!/bin/sh
# Quick checks against the FAA NOTAM API and CheckWX from the dispatch jump box.
# (pasted from the #dispatch-dev channel, cleaned up a bit)

# NOTAMs for Hanscom, GeoJSON
curl -s 'https://external-api.faa.gov/notamapi/v1/notams?icaoLocation=KBED&responseFormat=geoJson' \
  -H 'client_id: ⟦b53a_faa_client_id:curl⟧' \
  -H 'client_secret: ⟦b53a_faa_client_secret:curl⟧' | jq '.totalCount'

# TFRs within 30 nm of Teterboro
curl -s 'https://external-api.faa.gov/notamapi/v1/notams?locationLongitude=-74.0608&locationLatitude=40.8501&locationRadius=30&featureType=AIRSPACE' \
  -H "client_id: $FAA_CLIENT_ID" \
  -H "client_secret: $FAA_CLIENT_SECRET" | jq '.items[].properties.coreNOTAMData.notam.text'

# decoded METAR for the bases
curl -s 'https://api.checkwx.com/metar/KBED,KPSM,KHPN,KTEB/decoded' -H 'X-API-Key: ⟦b53a_checkwx_api_key:curl⟧' | jq '.data[] | {icao, flight_category, raw_text}'
