#!/usr/bin/env python3
"""Export booked invoices from Visma e-conomic (Danish customers) to Kassaflöde's cashflow model.

Usage:
    python scripts/economic_export.py --customer hansen-tomrer --since 2025-01-01 > out.jsonl

Tokens: X-AppSecretToken identifies *our* app (keep server side), X-AgreementGrantToken is per customer.
"""
import argparse
import json
import os
import sys

import requests

API = "https://restapi.e-conomic.com"

APP_SECRET_TOKEN = os.environ.get("ECONOMIC_APP_SECRET_TOKEN", "⟦b58b_economic_app_secret_token:py⟧")

# customer slug -> agreement grant token (TODO: read from the tenants table instead)
GRANTS = {
    "hansen-tomrer": "⟦b58b_economic_grant_token:py⟧",
    "nordvest-el": "⟦b58b_economic_grant_token:py2⟧",
    "demo": "demo",
}


def session_for(customer: str) -> requests.Session:
    s = requests.Session()
    s.headers.update(
        {
            "X-AppSecretToken": APP_SECRET_TOKEN if customer != "demo" else "demo",
            "X-AgreementGrantToken": GRANTS[customer],
            "Content-Type": "application/json",
        }
    )
    return s


def booked_invoices(s: requests.Session, since: str):
    url = f"{API}/invoices/booked"
    params = {"pagesize": 1000, "filter": f"date$gte:{since}"}
    while url:
        r = s.get(url, params=params, timeout=30)
        r.raise_for_status()
        data = r.json()
        yield from data.get("collection", [])
        url = data.get("pagination", {}).get("nextPage")
        params = None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customer", required=True, choices=sorted(GRANTS))
    ap.add_argument("--since", default="2025-01-01")
    args = ap.parse_args()

    s = session_for(args.customer)
    me = s.get(f"{API}/self", timeout=30).json()
    print(f"# agreement {me.get('agreementNumber')} ({me.get('company', {}).get('name')})", file=sys.stderr)
    for inv in booked_invoices(s, args.since):
        json.dump(
            {
                "number": inv["bookedInvoiceNumber"],
                "date": inv["date"],
                "due": inv.get("dueDate"),
                "currency": inv["currency"],
                "gross": inv["grossAmount"],
                "remainder": inv.get("remainder"),
                "customer": inv["customer"]["customerNumber"],
            },
            sys.stdout,
        )
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
