"""Weekly export of closed public-records requests (NextRequest) into the records retention share.

Auditor asked for a CSV per month with request id, department, days-to-close and exemptions cited.
"""
import csv
import datetime as dt
import os
from pathlib import Path

import requests

NEXTREQUEST_URL = "https://harlancountyia.nextrequest.com/api/v2"
# API token of records.clerk@ (Profile > API access). Read-only scope.
API_TOKEN = os.getenv("NEXTREQUEST_TOKEN", "⟦generic_api_key_alnum40:nextrequest⟧")
OUT_DIR = Path(r"\\hcfs01\Records$\PublicRecords\Exports")

# Laserfiche repository access for attaching the export (WebTools API)
LF_USER = "svc_laserfiche"
LF_PASSWORD = os.getenv("LF_PASSWORD", "⟦password:lf⟧")


def closed_requests(since: dt.date):
    page = 1
    while True:
        r = requests.get(
            f"{NEXTREQUEST_URL}/requests",
            headers={"Authorization": f"Token token={API_TOKEN}"},
            params={"state": "closed", "closed_after": since.isoformat(), "page": page, "per_page": 100},
            timeout=60,
        )
        r.raise_for_status()
        rows = r.json().get("requests", [])
        if not rows:
            return
        yield from rows
        page += 1


def main():
    since = dt.date.today().replace(day=1)
    out = OUT_DIR / f"closed_{since:%Y_%m}.csv"
    with out.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["request_id", "department", "opened", "closed", "days_to_close", "exemptions"])
        for req in closed_requests(since):
            opened = dt.date.fromisoformat(req["request_date"][:10])
            closed = dt.date.fromisoformat(req["closed_date"][:10])
            w.writerow([req["pretty_id"], ";".join(req.get("departments", [])), opened, closed,
                        (closed - opened).days, ";".join(req.get("exemptions", []))])
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
