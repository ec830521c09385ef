#!/usr/bin/env bash
# Pull last month's org-level usage/cost from OpenAI and Anthropic admin APIs and drop CSVs
# in the finance share. Cron: 0 6 2 * * (runs on ops-util-01 as svc-finops)
set -euo pipefail

START=$(date -u -d "$(date +%Y-%m-01) -1 month" +%s)
END=$(date -u -d "$(date +%Y-%m-01)" +%s)
OUT=/mnt/finance/ai-usage/$(date -u -d @"$START" +%Y-%m)
mkdir -p "$OUT"

# admin keys (org owner scope) — moved here from the old Jenkins job, TODO: read from Key Vault
OPENAI_ADMIN_KEY="⟦openai_admin_key⟧"
ANTHROPIC_ADMIN_KEY="⟦anthropic_admin_key⟧"

curl -sS "https://api.openai.com/v1/organization/costs?start_time=${START}&end_time=${END}&group_by=project_id&limit=31" \
  -H "Authorization: Bearer ${OPENAI_ADMIN_KEY}" \
  | jq -r '.data[].results[] | [.project_id, .amount.value, .amount.currency] | @csv' > "$OUT/openai-costs.csv"

curl -sS "https://api.anthropic.com/v1/organizations/cost_report?starting_at=$(date -u -d @"$START" +%FT%TZ)&ending_at=$(date -u -d @"$END" +%FT%TZ)&group_by[]=workspace_id" \
  -H "x-api-key: ${ANTHROPIC_ADMIN_KEY}" \
  -H "anthropic-version: 2023-06-01" \
  | jq -r '.data[].results[] | [.workspace_id, .amount, .currency] | @csv' > "$OUT/anthropic-costs.csv"

echo "wrote $(wc -l < "$OUT/openai-costs.csv") + $(wc -l < "$OUT/anthropic-costs.csv") rows to $OUT"
