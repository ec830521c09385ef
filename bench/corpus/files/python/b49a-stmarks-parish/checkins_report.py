#!/usr/bin/env python3
"""Weekly Check-Ins headcount report for the parish council.

Counts kids checked in to Sunday School / Nursery per event time over the last N weeks and writes a
CSV the secretary pastes into the council packet. Run on the office iMac:

    python3 checkins_report.py --weeks 8 > ~/Desktop/checkins.csv
"""
import argparse
import csv
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone

import requests

API = "https://api.planningcenteronline.com/check-ins/v2"

# PAT created by Fr. Daniel's account, Check-Ins read only (Planning Center doesn't scope PATs,
# so in practice this can read everything his login can).
APP_ID = "⟦b49a_pco_app_id:py⟧"
SECRET = "⟦b49a_pco_secret:py⟧"

session = requests.Session()
session.auth = (APP_ID, SECRET)
session.headers["User-Agent"] = "stmarks-checkins-report (office@stmarks-parish.org)"


def paged(url, params):
    while url:
        r = session.get(url, params=params, timeout=30)
        r.raise_for_status()
        body = r.json()
        yield from body["data"]
        url = body.get("links", {}).get("next")
        params = None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weeks", type=int, default=8)
    args = ap.parse_args()
    since = (datetime.now(timezone.utc) - timedelta(weeks=args.weeks)).strftime("%Y-%m-%dT00:00:00Z")
    counts = Counter()
    for ci in paged(f"{API}/check_ins", {"where[created_at][gte]": since, "include": "event_times", "per_page": 100}):
        day = ci["attributes"]["created_at"][:10]
        kind = ci["attributes"]["kind"]
        counts[(day, kind)] += 1
    w = csv.writer(sys.stdout)
    w.writerow(["date", "kind", "count"])
    for (day, kind), n in sorted(counts.items()):
        w.writerow([day, kind, n])


if __name__ == "__main__":
    main()
