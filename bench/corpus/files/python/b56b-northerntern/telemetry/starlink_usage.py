#!/usr/bin/env python3
"""Monthly Starlink data usage per vessel -> CSV for the crew-welfare allowance and cost allocation.

Usage:  starlink_usage.py --month 2024-05 > usage_2024-05.csv
"""
import argparse
import csv
import os
import sys
import time

import requests

TOKEN_URL = "https://starlink.com/api/auth/connect/token"
API = "https://web-api.starlink.com/public/v2"

CLIENT_ID = os.getenv("STARLINK_CLIENT_ID", "⟦b56b_starlink_client_id:fleet⟧")
# fleet service account (read-only role "Telemetry Viewer")
CLIENT_SECRET = os.getenv("STARLINK_CLIENT_SECRET", "⟦b56b_starlink_client_secret:fleet⟧")

TEAMS_HOOK = "⟦teams_webhook:fleetit⟧"

_token = {"value": None, "exp": 0}


def token() -> str:
    if _token["value"] and time.time() < _token["exp"] - 60:
        return _token["value"]
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "client_id": CLIENT_ID,
                                       "client_secret": CLIENT_SECRET}, timeout=30)
    r.raise_for_status()
    body = r.json()
    _token.update(value=body["access_token"], exp=time.time() + body["expires_in"])
    return _token["value"]


def service_lines():
    r = requests.get(f"{API}/service-lines", headers={"Authorization": f"Bearer {token()}"}, timeout=30)
    r.raise_for_status()
    return r.json()["content"]["results"]


def usage(service_line: str, month: str) -> dict:
    r = requests.get(f"{API}/service-lines/{service_line}/billing-cycles/{month}/usage",
                     headers={"Authorization": f"Bearer {token()}"}, timeout=30)
    r.raise_for_status()
    return r.json()["content"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--month", required=True)
    args = ap.parse_args()
    w = csv.writer(sys.stdout)
    w.writerow(["service_line", "nickname", "priority_gb", "standard_gb", "overage_gb"])
    over = []
    for sl in service_lines():
        u = usage(sl["serviceLineNumber"], args.month)
        w.writerow([sl["serviceLineNumber"], sl.get("nickname", ""), u["priorityGB"], u["standardGB"], u.get("overageGB", 0)])
        if u.get("overageGB", 0) > 0:
            over.append(f"{sl.get('nickname')}: {u['overageGB']} GB overage")
    if over:
        requests.post(TEAMS_HOOK, json={"text": f"Starlink overage {args.month}:\n" + "\n".join(over)}, timeout=15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
