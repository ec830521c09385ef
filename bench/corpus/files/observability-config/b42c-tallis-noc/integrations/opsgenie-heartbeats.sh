#!/bin/sh
# opsgenie-heartbeats.sh - runs every minute from cron on both Zabbix HA nodes.
# If zabbix_server stops processing, Opsgenie pages the NOC ("zabbix-alive" heartbeat, 5 min).
# The key is an API integration key scoped to the "Heartbeat" integration only.

OG_KEY="⟦opsgenie_api_key:hb⟧"
NODE=$(hostname -s)

if zabbix_server -R ha_status 2>/dev/null | grep -q "${NODE}.*active"; then
  curl -fsS -m 10 -X GET "https://api.eu.opsgenie.com/v2/heartbeats/zabbix-alive/ping" \
       -H "Authorization: GenieKey ${OG_KEY}" >/dev/null
fi

# Also tell the status page (Atlassian Statuspage, component "Monitoring") we are alive.
# page id and component id are not secret; the API key is.
curl -fsS -m 10 -X PATCH "https://api.statuspage.io/v1/pages/7x1qnd0r5bcz/components/k2m7hzp4q8jy" \
     -H "Authorization: OAuth ⟦b40a_statuspage_api_key:noc⟧" \
     -d "component[status]=operational" >/dev/null 2>&1 || true
