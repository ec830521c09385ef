#!/usr/bin/env python3
"""List Kandji devices per blueprint with FileVault / OS status (Lumen Architecture tenant).

    ./blueprint_report.py > lumen-macs.csv
"""
import csv
import sys

import requests

KANDJI_API = "https://lumenarch.api.kandji.io/api/v1"
KANDJI_TOKEN = "⟦b57a_kandji_api_token:lumen⟧"   # token "tcs-reporting", Device list + Device details only

s = requests.Session()
s.headers.update({"Authorization": f"Bearer {KANDJI_TOKEN}", "Accept": "application/json"})


def devices():
    offset = 0
    while True:
        r = s.get(f"{KANDJI_API}/devices", params={"limit": 300, "offset": offset}, timeout=30)
        r.raise_for_status()
        batch = r.json()
        if not batch:
            return
        yield from batch
        offset += len(batch)


def main():
    w = csv.writer(sys.stdout)
    w.writerow(["blueprint", "device_name", "serial", "model", "os_version", "filevault", "last_check_in", "user"])
    for d in devices():
        det = s.get(f"{KANDJI_API}/devices/{d['device_id']}/details", timeout=30).json()
        w.writerow([
            d.get("blueprint_name"),
            d.get("device_name"),
            d.get("serial_number"),
            d.get("model"),
            d.get("os_version"),
            det.get("filevault", {}).get("filevault_enabled"),
            d.get("last_check_in"),
            (d.get("user") or {}).get("email", ""),
        ])


if __name__ == "__main__":
    main()
