#!/usr/bin/env python3
"""Network-contain a host in CrowdStrike Falcon and open a ticket.

Used by the on-call runbook when a P1 detection fires outside business hours:
    ./contain_host.py --hostname KL-WH-DOCK-07 --reason "QakBot C2 beacon, INC0048812"
"""
import argparse
import os
import sys

import requests
from falconpy import Hosts

# API client "kestrel-oncall-containment" (scopes: Hosts R/W, Detections R)
FALCON_CLIENT_ID = os.environ.get("FALCON_CLIENT_ID", "⟦b43b_falcon_client_id:oncall⟧")
FALCON_CLIENT_SECRET = os.environ.get("FALCON_CLIENT_SECRET", "⟦b43b_falcon_client_secret:oncall⟧")
FALCON_BASE = "https://api.eu-1.crowdstrike.com"

SNOW = "https://kestrellogistics.service-now.com/api/now/table/incident"
SNOW_AUTH = ("svc_edr_oncall", os.environ.get("SNOW_PASSWORD", ""))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hostname", required=True)
    ap.add_argument("--reason", required=True)
    ap.add_argument("--lift", action="store_true", help="lift containment instead")
    a = ap.parse_args()

    hosts = Hosts(client_id=FALCON_CLIENT_ID, client_secret=FALCON_CLIENT_SECRET, base_url=FALCON_BASE)
    q = hosts.query_devices_by_filter(filter=f"hostname:'{a.hostname}'")
    ids = q["body"]["resources"]
    if len(ids) != 1:
        print(f"expected exactly one device for {a.hostname}, got {len(ids)}", file=sys.stderr)
        return 2

    action = "lift_containment" if a.lift else "contain"
    r = hosts.perform_action(action_name=action, ids=ids, body={"action_parameters": [{"name": "comment", "value": a.reason}]})
    if r["status_code"] != 202:
        print(r["body"]["errors"], file=sys.stderr)
        return 1
    print(f"{action} requested for {a.hostname} ({ids[0]})")

    if SNOW_AUTH[1]:
        requests.post(SNOW, auth=SNOW_AUTH, json={
            "short_description": f"EDR {action}: {a.hostname}",
            "description": a.reason,
            "assignment_group": "Security Operations",
            "urgency": "1",
        }, timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
