#!/usr/bin/env bash
# Issue LiteLLM virtual keys for each product team (run once per quarter, then paste the keys
# into the teams' Key Vaults). Usage: ./provision-team-keys.sh staging|prod
set -euo pipefail

ENV="${1:-staging}"
case "$ENV" in
  staging) GW="https://llm-gw.staging.quarrystone.internal" ;;
  prod)    GW="https://llm-gw.quarrystone.internal" ;;
  *) echo "unknown env $ENV" >&2; exit 2 ;;
esac

# master key: `az keyvault secret show --vault-name kv-qs-ai-$ENV --name litellm-master-key`
MASTER_KEY="${LITELLM_MASTER_KEY:-⟦b45c_litellm_master_key:stg⟧}"

for team in claims-copilot underwriting-rag broker-portal; do
  echo ">> $team"
  curl -sS -X POST "$GW/key/generate" \
    -H "Authorization: Bearer $MASTER_KEY" \
    -H "Content-Type: application/json" \
    -d "{\"key_alias\": \"$team-$ENV\", \"team_id\": \"$team\", \"models\": [\"gpt-4.1\", \"claude-sonnet-4\", \"text-embedding-3-large\"], \"max_budget\": 2500, \"budget_duration\": \"30d\", \"metadata\": {\"owner\": \"platform-ai\"}}" \
    | jq -r '.key_alias + "  " + .key'
done

# last run (staging, 2026-01-07):
#   claims-copilot-staging     ⟦b45c_litellm_virtual_key:claims⟧
#   underwriting-rag-staging   ⟦b45c_litellm_virtual_key:uw⟧
#   broker-portal-staging      (failed: team budget not set)

# smoke test one key
curl -sS "$GW/v1/chat/completions" \
  -H "Authorization: Bearer ⟦b45c_litellm_virtual_key:claims⟧" \
  -H "Content-Type: application/json" \
  -d '{"model": "gpt-4.1", "messages": [{"role": "user", "content": "ping"}], "max_tokens": 5}' | jq .choices[0].message
