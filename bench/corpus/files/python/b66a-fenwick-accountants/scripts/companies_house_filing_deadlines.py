#!/usr/bin/env python3
"""
List upcoming Companies House deadlines (accounts and confirmation statements) for every
limited company in the practice's portfolio.

    python companies_house_filing_deadlines.py --portfolio clients.csv [--out deadlines.xlsx]

The REST API key goes in as the Basic-auth user name with a blank password.
"""
import argparse
import csv
import os
import sys
import time
from datetime import date, datetime

import requests

API = "https://api.company-information.service.gov.uk"
# Practice key ("Fenwick practice tools"). Env var wins if set.
API_KEY = os.environ.get("CH_API_KEY") or "⟦b42c_companies_house_api_key:script⟧"
RATE_LIMIT_SLEEP = 0.55  # 600 requests / 5 minutes


def company(number: str) -> dict:
    r = requests.get(f"{API}/company/{number}", auth=(API_KEY, ""), timeout=15)
    if r.status_code == 404:
        return {}
    r.raise_for_status()
    return r.json()


def days_until(d: str | None) -> int | None:
    if not d:
        return None
    return (datetime.strptime(d, "%Y-%m-%d").date() - date.today()).days


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--portfolio", required=True)
    ap.add_argument("--out")
    ap.add_argument("--within", type=int, default=90, help="only show deadlines within N days")
    args = ap.parse_args()

    rows = []
    with open(args.portfolio, newline="") as fh:
        for rec in csv.DictReader(fh):
            number = rec["company_number"].strip().zfill(8)
            co = company(number)
            time.sleep(RATE_LIMIT_SLEEP)
            if not co:
                print(f"!! {number} not found", file=sys.stderr)
                continue
            acc_due = co.get("accounts", {}).get("next_due")
            cs_due = co.get("confirmation_statement", {}).get("next_due")
            for kind, due in (("accounts", acc_due), ("confirmation statement", cs_due)):
                n = days_until(due)
                if n is not None and n <= args.within:
                    rows.append((rec.get("partner", ""), co["company_name"], number, kind, due, n))

    rows.sort(key=lambda r: r[5])
    for partner, name, number, kind, due, n in rows:
        flag = "OVERDUE" if n < 0 else ""
        print(f"{partner:4} {name[:40]:40} {number} {kind:24} {due} ({n:+d}d) {flag}")

    if args.out:
        import pandas as pd

        pd.DataFrame(rows, columns=["partner", "company", "number", "filing", "due", "days"]).to_excel(args.out, index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
