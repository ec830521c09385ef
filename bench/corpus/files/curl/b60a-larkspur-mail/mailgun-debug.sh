#!/usr/bin/env bash
# quick checks against Mailgun while debugging the returns@ inbound route (LARK-1203)
# usage: ./mailgun-debug.sh [events|routes|send]
set -euo pipefail

DOMAIN=mg.larkspurhome.com
API=https://api.eu.mailgun.net/v3

case "${1:-events}" in
  events)
    curl -s --user 'api:⟦mailgun_api_key:debug⟧' \
      "$API/$DOMAIN/events?event=failed&limit=25" | jq '.items[] | {recipient, reason, "delivery-status": .["delivery-status"].message}'
    ;;
  routes)
    curl -s --user 'api:⟦mailgun_api_key:debug⟧' "$API/routes" | jq '.items[] | {id, expression, actions}'
    ;;
  send)
    curl -s --user 'api:⟦mailgun_api_key:debug⟧' \
      "$API/$DOMAIN/messages" \
      -F from='Returns Test <returns@mg.larkspurhome.com>' \
      -F to='qa+returns@larkspurhome.com' \
      -F subject='route test' \
      -F text='testing the forward("https://notifier.larkspurhome.com/hooks/mailgun/inbound") action'
    ;;
esac
