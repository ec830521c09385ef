#!/bin/bash
# notify_chat.sh - Zabbix media type "Chat (script)"; params: {ALERT.SENDTO} {ALERT.SUBJECT} {ALERT.MESSAGE}
# Sends to the customer's Slack channel (incoming webhook) or the on-call Telegram group.
# Quick hack from the 2022 migration; the proper webhook media types are in QMSP-530.

TO="$1"
SUBJECT="$2"
MESSAGE="$3"

SLACK_WEBHOOK="⟦slack_webhook⟧"
TG_BOT_TOKEN="⟦telegram_bot_token⟧"
TG_CHAT_ID="-1001844721930"

if [[ "$TO" == telegram ]]; then
    curl -s -m 10 "https://api.telegram.org/bot${TG_BOT_TOKEN}/sendMessage" \
        --data-urlencode "chat_id=${TG_CHAT_ID}" \
        --data-urlencode "text=${SUBJECT}
${MESSAGE}" > /dev/null
else
    payload=$(jq -n --arg t "*${SUBJECT}*\n${MESSAGE}" '{text: $t}')
    curl -s -m 10 -X POST -H 'Content-type: application/json' --data "$payload" "$SLACK_WEBHOOK" > /dev/null
fi
