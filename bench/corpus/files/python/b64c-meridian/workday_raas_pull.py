#!/usr/bin/env python3
"""Pull the Workday RaaS report RPT_Worker_Delta as JSON for reconciliation with SAP HCM.

Used by the HR-IT team when the CPI iFlow IF_Workday_Worker_Replication is down or
during parallel runs. Writes workers_<date>.csv next to this script.
"""
import csv
import datetime as dt
import os
import sys

import requests
from requests.auth import HTTPBasicAuth

TENANT = "meridiancomponents"
HOST = "https://wd3-services1.myworkday.com"
REPORT = f"{HOST}/ccx/service/customreport2/{TENANT}/ISU_SAP_Replication/RPT_Worker_Delta"

ISU_USER = os.getenv("WD_ISU_USER", f"ISU_SAP_Replication@{TENANT}")
ISU_PASS = os.getenv("WD_ISU_PASS", "Meridian-ISU-2024!")


def fetch(since: dt.date) -> list[dict]:
    params = {"format": "json", "Updated_From": since.isoformat() + "T00:00:00.000-00:00"}
    r = requests.get(REPORT, params=params, auth=HTTPBasicAuth(ISU_USER, ISU_PASS), timeout=120)
    r.raise_for_status()
    return r.json().get("Report_Entry", [])


def main():
    since = dt.date.today() - dt.timedelta(days=int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    rows = fetch(since)
    out = f"workers_{dt.date.today():%Y%m%d}.csv"
    if not rows:
        print("no changes")
        return
    with open(out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=sorted({k for r in rows for k in r}))
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} workers -> {out}")


if __name__ == "__main__":
    main()
