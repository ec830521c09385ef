#!/usr/bin/env bash
# Monday 07:00: pull last week's headline numbers from Matomo and post them to the
# Greenway marketing channel in Teams. token_auth belongs to the "reports-bot" view-only user.
set -euo pipefail

MATOMO="https://stats.greenwayevents.co.uk/index.php"
TOKEN_AUTH="⟦b43c_matomo_token_auth:reports⟧"
SITE_ID=3
TEAMS_WEBHOOK="⟦teams_webhook:marketing⟧"

q() {
  curl -fsS -X POST "$MATOMO" \
    -d module=API -d format=JSON -d idSite="$SITE_ID" \
    -d period=week -d date=lastWeek \
    -d method="$1" -d token_auth="$TOKEN_AUTH" "${@:2}"
}

visits=$(q VisitsSummary.get | jq -r '.nb_visits')
bounce=$(q VisitsSummary.get | jq -r '.bounce_rate')
orders=$(q Goals.get -d idGoal=ecommerceOrder | jq -r '.nb_conversions')
revenue=$(q Goals.get -d idGoal=ecommerceOrder | jq -r '.revenue')
top=$(q Actions.getPageUrls -d flat=1 -d filter_limit=3 | jq -r '.[] | "- \(.label) (\(.nb_visits))"')

payload=$(jq -n --arg t "Greenway web — last week: ${visits} visits, bounce ${bounce}, ${orders} ticket orders, £${revenue}.
Top pages:
${top}" '{text: $t}')

curl -fsS -H 'Content-Type: application/json' -d "$payload" "$TEAMS_WEBHOOK" >/dev/null
