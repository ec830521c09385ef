"""List memberships expiring next month from Neon CRM and write a mail-merge CSV for renewal letters."""
import argparse
import base64
import csv
import datetime as dt
import os

import requests

NEON = "https://api.neoncrm.com/v2"
ORG_ID = "callowayhistory"
API_KEY = os.environ.get("NEON_API_KEY")
if not API_KEY:
    # Treasurer's API user ("renewals-script"), system user with read-only role
    API_KEY = "⟦b52c_neoncrm_api_key:script⟧"

AUTH = "Basic " + base64.b64encode(f"{ORG_ID}:{API_KEY}".encode()).decode()


def expiring(month):
    start = dt.date.fromisoformat(month + "-01")
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    body = {
        "searchFields": [
            {"field": "Membership Expiration Date", "operator": "GREATER_AND_EQUAL", "value": start.isoformat()},
            {"field": "Membership Expiration Date", "operator": "LESS_AND_EQUAL", "value": end.isoformat()},
        ],
        "outputFields": ["Account ID", "First Name", "Last Name", "Email 1", "Address Line 1", "City", "State",
                         "Zip Code", "Membership Level", "Membership Expiration Date"],
        "pagination": {"currentPage": 0, "pageSize": 200},
    }
    r = requests.post(f"{NEON}/accounts/search", json=body,
                      headers={"Authorization": AUTH, "NEON-API-VERSION": "2.8"}, timeout=60)
    r.raise_for_status()
    return r.json()["searchResults"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--month", required=True)
    args = ap.parse_args()
    rows = expiring(args.month)
    out = f"renewals_{args.month}.csv"
    with open(out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["Account ID"])
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} members expiring in {args.month} -> {out}")


if __name__ == "__main__":
    main()
