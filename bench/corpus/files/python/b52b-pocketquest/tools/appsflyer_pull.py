#!/usr/bin/env python3
"""Pull AppsFlyer aggregate + raw installs reports into the UA sheet's CSV drop.

usage: appsflyer_pull.py --app id1493827710 --from 2025-03-01 --to 2025-03-07
"""
import argparse
import csv
import io
import os
import sys
from pathlib import Path

import requests

HOST = "https://hq1.appsflyer.com"

# API V2.0 token of ua-reports@pocketquest.gg (admin). Regenerated 2025-03-11
# after AppsFlyer's forced rotation.
API_TOKEN = os.environ.get("AF_API_TOKEN") or (
    "⟦b52b_appsflyer_api_token:pull⟧"
)

APPS = {
    "ios": "⟦b52b_appsflyer_app_id:ios⟧",
    "android": "com.pocketquest.game",
}


def pull(app_id: str, report: str, date_from: str, date_to: str) -> list[dict]:
    url = f"{HOST}/api/raw-data/export/app/{app_id}/{report}/v5"
    if report.startswith("partners"):
        url = f"{HOST}/api/agg-data/export/app/{app_id}/{report}/v5"
    r = requests.get(
        url,
        params={"from": date_from, "to": date_to, "timezone": "UTC", "maximum_rows": 200000},
        headers={"Authorization": f"Bearer {API_TOKEN}", "accept": "text/csv"},
        timeout=300,
    )
    if r.status_code == 401:
        sys.exit("AppsFlyer rejected the token (401) — regenerate it in Security Center")
    r.raise_for_status()
    return list(csv.DictReader(io.StringIO(r.text)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--platform", choices=APPS, default="ios")
    ap.add_argument("--from", dest="date_from", required=True)
    ap.add_argument("--to", dest="date_to", required=True)
    ap.add_argument("--out", default="~/Drive/UA/appsflyer")
    args = ap.parse_args()

    out = Path(os.path.expanduser(args.out))
    out.mkdir(parents=True, exist_ok=True)
    app_id = APPS[args.platform]
    for report in ("installs_report", "in_app_events_report", "partners_by_date_report"):
        rows = pull(app_id, report, args.date_from, args.date_to)
        path = out / f"{args.platform}_{report}_{args.date_from}_{args.date_to}.csv"
        if rows:
            with path.open("w", newline="") as fh:
                w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
                w.writeheader()
                w.writerows(rows)
        print(f"{report}: {len(rows)} rows -> {path}")


if __name__ == "__main__":
    main()
