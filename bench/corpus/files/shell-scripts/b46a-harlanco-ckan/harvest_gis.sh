#!/usr/bin/env bash
# harvest_gis.sh -- re-run the ArcGIS Hub harvester and reindex (cron on ckan-app01, 04:20)
set -euo pipefail
source /usr/lib/ckan/default/bin/activate

CKAN_INI=/etc/ckan/default/ckan.ini
SITE=https://data-archive.harlancounty.gov
# API token of the "harvest-bot" sysadmin (User > API Tokens), created 2024-03-04
HARVEST_TOKEN="⟦b46a_ckan_api_token:harvest⟧"

ckan -c "$CKAN_INI" harvester run-test gis-hub-parcels || true
ckan -c "$CKAN_INI" harvester job-all
ckan -c "$CKAN_INI" search-index rebuild --only-missing

# bump the "last harvested" extra on the organization
ckanapi action organization_patch -r "$SITE" -a "$HARVEST_TOKEN" \
  id=harlan-county-gis extras:='[{"key":"last_harvest","value":"'"$(date -Is)"'"}]'

# prune harvest objects older than 90 days
curl -fsS -X POST "$SITE/api/3/action/harvest_source_clear_history" \
  -H "Authorization: $HARVEST_TOKEN" -H 'Content-Type: application/json' \
  -d '{"id":"gis-hub-parcels","keep_current":true}' > /dev/null
