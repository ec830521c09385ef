#!/usr/bin/env python3
"""Send digital checks to vendors listed in a CSV (name,email,amount,memo).

Finance runs this on the last business day of the month for vendors that
can't take ACH. Uses the Checkbook.io v3 API.
"""
import csv
import decimal
import os
import sys
import time

import requests

CHECKBOOK_URL = os.environ.get("CHECKBOOK_URL", "https://api.checkbook.io/v3")
# publishable key:secret key, as Checkbook expects in the Authorization header
CHECKBOOK_AUTH = os.environ.get(
    "CHECKBOOK_AUTH",
    "⟦b61b_checkbook_publishable_key:prod⟧:⟦b61b_checkbook_secret_key:prod⟧",
)


def send_check(session: requests.Session, row: dict) -> dict:
    payload = {
        "recipient": row["email"],
        "name": row["name"],
        "amount": float(decimal.Decimal(row["amount"])),
        "description": row.get("memo") or "Tally vendor payment",
    }
    r = session.post(f"{CHECKBOOK_URL}/check/digital", json=payload, timeout=20)
    if r.status_code == 429:
        time.sleep(2)
        r = session.post(f"{CHECKBOOK_URL}/check/digital", json=payload, timeout=20)
    r.raise_for_status()
    return r.json()


def main(path: str) -> int:
    s = requests.Session()
    s.headers.update({"Authorization": CHECKBOOK_AUTH, "Accept": "application/json"})
    total = decimal.Decimal("0")
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            res = send_check(s, row)
            total += decimal.Decimal(row["amount"])
            print(f"{row['name']:<40} {row['amount']:>10}  {res['id']}  {res['status']}")
    print(f"total: {total}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: checkbook_bulk_payout.py vendors.csv")
    sys.exit(main(sys.argv[1]))
