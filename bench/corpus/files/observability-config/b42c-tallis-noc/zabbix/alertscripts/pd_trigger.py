#!/usr/bin/env python3
"""Zabbix alert script: open/resolve PagerDuty incidents for the Quayside Marine contract.

Zabbix calls it as:  pd_trigger.py <sendto> <subject> <message>
<sendto> is the customer short name; the routing keys below map it to a PagerDuty service.
Legacy script from before the built-in PagerDuty media type; still used for Quayside because
their escalation policy lives in *their* PagerDuty account.
"""
import json
import sys
import urllib.request

EVENTS_URL = "https://events.pagerduty.com/v2/enqueue"

ROUTING_KEYS = {
    "quayside": "⟦pagerduty_integration_key:quayside⟧",
    "quayside-ot": "⟦pagerduty_integration_key:quayside-ot⟧",
    # "hollins": moved to Opsgenie 2024-06
}

# REST API token (read-only) used to look up the on-call name for the ticket comment
PD_API_TOKEN = "⟦pagerduty_api_token:tallis⟧"


def main():
    sendto, subject, message = sys.argv[1:4]
    fields = dict(line.split("=", 1) for line in message.splitlines() if "=" in line)
    action = "resolve" if fields.get("STATUS") == "RESOLVED" else "trigger"
    body = {
        "routing_key": ROUTING_KEYS[sendto],
        "event_action": action,
        "dedup_key": f"zbx-{fields.get('EVENT.ID', subject)}",
        "payload": {
            "summary": subject[:1024],
            "source": fields.get("HOST", "zabbix"),
            "severity": {"Disaster": "critical", "High": "error"}.get(fields.get("SEVERITY"), "warning"),
            "custom_details": fields,
        },
    }
    req = urllib.request.Request(EVENTS_URL, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        print(resp.status, resp.read().decode())


if __name__ == "__main__":
    main()
