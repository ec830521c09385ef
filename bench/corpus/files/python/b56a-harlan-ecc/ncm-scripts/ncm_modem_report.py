#!/usr/bin/env python3
"""Report LTE/5G modem health for a Cradlepoint NCM group (patrol cars, engines, medics).

Usage:
    ncm_modem_report.py --group "HCSO Patrol" [--csv out.csv]

Keys come from the environment (X_CP_API_ID, ...) and fall back to the PSIT poller key pair so the
on-call can run this from hc-util01 without sourcing anything.
"""
import argparse
import csv
import os
import sys
import time

import requests

NCM = "https://www.cradlepointecm.com/api/v2"

HEADERS = {
    "X-CP-API-ID": os.environ.get("X_CP_API_ID", "⟦b56a_cradlepoint_cp_api_id:rep⟧"),
    "X-CP-API-KEY": os.environ.get("X_CP_API_KEY", "⟦b56a_cradlepoint_cp_api_key:rep⟧"),
    "X-ECM-API-ID": os.environ.get("X_ECM_API_ID", "⟦b56a_cradlepoint_ecm_api_id:rep⟧"),
    "X-ECM-API-KEY": os.environ.get("X_ECM_API_KEY", "⟦b56a_cradlepoint_ecm_api_key:rep⟧"),
    "Content-Type": "application/json",
}


def get_all(path, params=None):
    """Follow NCM's meta.next pagination."""
    url = f"{NCM}/{path}/"
    params = dict(params or {}, limit=500)
    out = []
    while url:
        r = requests.get(url, headers=HEADERS, params=params, timeout=30)
        if r.status_code == 429:
            time.sleep(int(r.headers.get("Retry-After", "5")))
            continue
        r.raise_for_status()
        body = r.json()
        out.extend(body["data"])
        url = body["meta"].get("next")
        params = None  # next already carries the query
    return out


def group_id(name):
    groups = get_all("groups", {"name": name})
    if not groups:
        sys.exit(f"no NCM group named {name!r}")
    return groups[0]["id"]


def modem_rows(gid):
    routers = {r["id"]: r for r in get_all("routers", {"group": gid})}
    for nd in get_all("net_devices", {"router__in": ",".join(map(str, routers)), "mode": "wan"}):
        if nd.get("type") != "mdm":
            continue
        router = routers.get(int(nd["router"].rstrip("/").split("/")[-1]))
        yield {
            "unit": router["name"] if router else "?",
            "serial": router.get("serial_number") if router else "",
            "carrier": nd.get("carrier"),
            "connection_state": nd.get("connection_state"),
            "rsrp": nd.get("rsrp"),
            "sinr": nd.get("sinr"),
            "tech": nd.get("service_type"),
            "fw": router.get("actual_firmware") if router else "",
        }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--group", required=True)
    ap.add_argument("--csv")
    a = ap.parse_args()

    rows = list(modem_rows(group_id(a.group)))
    rows.sort(key=lambda x: (x["connection_state"] != "connected", x["rsrp"] or 0))
    if a.csv:
        with open(a.csv, "w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["unit"])
            w.writeheader()
            w.writerows(rows)
    for r in rows:
        print(f"{r['unit']:<12} {r['carrier'] or '-':<10} {r['connection_state']:<14} rsrp={r['rsrp']} sinr={r['sinr']}")


if __name__ == "__main__":
    main()
