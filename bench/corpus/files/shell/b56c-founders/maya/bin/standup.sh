#!/usr/bin/env bash
# standup.sh — posts yesterday's closed Linear issues + today's in-progress ones to #standup.
# cron: 45 8 * * 1-5  ~/bin/standup.sh >> ~/Library/Logs/standup.log 2>&1
set -euo pipefail

LINEAR_KEY="⟦linear_api_key:standup⟧"
SLACK_HOOK="⟦slack_webhook:standup⟧"
TEAM_KEY="ENG"
YESTERDAY=$(date -v-1d +%Y-%m-%d 2>/dev/null || date -d yesterday +%Y-%m-%d)

gql() {
  curl -sS https://api.linear.app/graphql \
    -H "Authorization: $LINEAR_KEY" \
    -H "Content-Type: application/json" \
    --data "$(jq -n --arg q "$1" '{query:$q}')"
}

done_json=$(gql "{ issues(filter: { team: { key: { eq: \"$TEAM_KEY\" } }, completedAt: { gte: \"${YESTERDAY}T00:00:00Z\" } }) { nodes { identifier title assignee { name } } } }")
wip_json=$(gql "{ issues(filter: { team: { key: { eq: \"$TEAM_KEY\" } }, state: { type: { eq: \"started\" } } }) { nodes { identifier title assignee { name } } } }")

fmt() { jq -r '.data.issues.nodes[] | "• \(.identifier) \(.title) — \(.assignee.name // "unassigned")"'; }

text="*Done since yesterday*\n$(echo "$done_json" | fmt)\n\n*In progress*\n$(echo "$wip_json" | fmt)"

curl -sS -X POST "$SLACK_HOOK" -H 'Content-Type: application/json' \
  --data "$(jq -n --arg t "$text" '{text:$t}')" >/dev/null
echo "$(date) posted standup"
