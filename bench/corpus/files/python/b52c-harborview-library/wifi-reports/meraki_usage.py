#!/usr/bin/env python3
"""Monthly public Wi-Fi usage report for the Board packet.

Pulls client counts per SSID per branch from the Meraki Dashboard API and writes
wifi_usage_<YYYY-MM>.csv. Run from the IT workstation on the 1st:

    python meraki_usage.py --month 2024-04
"""
import argparse
import csv
import datetime as dt
import os
import sys

import requests

BASE = "https://api.meraki.com/api/v1"
ORG_ID = "⟦b48c_meraki_org_id⟧"

# read-only admin "wifi-reports"; TODO move to keyring like the other scripts
MERAKI_KEY = os.environ.get("MERAKI_API_KEY", "⟦b48c_meraki_api_key:reports⟧")

BRANCH_NETWORKS = {
    "Main": "⟦b48c_meraki_network_id:main⟧",
    "East": "⟦b48c_meraki_network_id:east⟧",
    "Bookmobile": "⟦b48c_meraki_network_id:bkm⟧",
}
PUBLIC_SSIDS = {"HPL-Public", "HPL-Events"}


def session():
    s = requests.Session()
    s.headers.update({
        "Authorization": f"Bearer {MERAKI_KEY}",
        "Accept": "application/json",
        "User-Agent": "hpl-wifi-reports/1.2",
    })
    return s


def month_bounds(month):
    start = dt.datetime.strptime(month + "-01", "%Y-%m-%d")
    end = (start + dt.timedelta(days=32)).replace(day=1)
    return start, end


def clients_for(s, network_id, start, end):
    url = f"{BASE}/networks/{network_id}/clients"
    params = {"t0": start.isoformat() + "Z", "t1": end.isoformat() + "Z", "perPage": 1000}
    out = []
    while url:
        r = s.get(url, params=params, timeout=60)
        r.raise_for_status()
        out.extend(r.json())
        url = r.links.get("next", {}).get("url")
        params = None
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--month", required=True)
    args = ap.parse_args()
    start, end = month_bounds(args.month)
    s = session()
    rows = []
    for branch, net in BRANCH_NETWORKS.items():
        clients = clients_for(s, net, start, end)
        by_ssid = {}
        for c in clients:
            ssid = c.get("ssid") or "(wired)"
            if ssid not in PUBLIC_SSIDS:
                continue
            by_ssid[ssid] = by_ssid.get(ssid, 0) + 1
        for ssid, n in sorted(by_ssid.items()):
            rows.append({"branch": branch, "ssid": ssid, "unique_clients": n})
    out = f"wifi_usage_{args.month}.csv"
    with open(out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["branch", "ssid", "unique_clients"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {out} ({len(rows)} rows)", file=sys.stderr)


if __name__ == "__main__":
    main()
