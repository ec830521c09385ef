#!/usr/bin/env bash
# Post a test FNOL to the SnapLogic Ultra task (claims-fnol-ultra) and to the triggered-task fallback.
set -euo pipefail
FNOL=${1:-samples/fnol_motor_001.json}

# Ultra task bearer token (Manager > Tasks > claims-fnol-ultra > Details)
curl -sS -X POST \
  -H "Authorization: Bearer ⟦b64c_snaplogic_task_token:ultra⟧" \
  -H 'Content-Type: application/json' \
  --data @"$FNOL" \
  https://elastic.snaplogic.com/api/1/rest/feed-master/queue/GraniteMutual/projects/Claims/claims-fnol-ultra

# triggered task via basic auth of the org service user (for comparison of latency)
curl -sS -u 'svc-claims@granitemutual.com:Snap!Claims2024' \
  -H 'Content-Type: application/json' --data @"$FNOL" \
  "https://elastic.snaplogic.com/api/1/rest/slsched/feed/GraniteMutual/projects/Claims/claims-fnol-triggered"
