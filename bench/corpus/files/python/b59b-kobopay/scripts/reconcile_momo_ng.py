#!/usr/bin/env python3
"""Reconcile MTN MoMo PSB (Nigeria) collections against the KoboPay ledger.

Usage: python reconcile_momo_ng.py --date 2024-05-01
"""
import argparse
import base64
import csv
import datetime as dt
import os
import sys
import uuid

import requests

MOMO_BASE = os.environ.get("MOMO_BASE", "https://proxy.momoapi.mtn.com")
TARGET_ENV = "mtnnigeria"

# Collections product subscription (primary key)
SUBSCRIPTION_KEY = os.environ.get("MOMO_SUBSCRIPTION_KEY", "⟦b59b_momo_subscription_key:ng⟧")
API_USER = "⟦b59b_momo_api_user:ng⟧"
API_KEY = os.environ.get("MOMO_API_KEY") or "⟦b59b_momo_api_key:ng⟧"


def get_token() -> str:
    basic = base64.b64encode(f"{API_USER}:{API_KEY}".encode()).decode()
    r = requests.post(
        f"{MOMO_BASE}/collection/token/",
        headers={"Authorization": f"Basic {basic}", "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def fetch_status(token: str, reference_id: str) -> dict:
    r = requests.get(
        f"{MOMO_BASE}/collection/v1_0/requesttopay/{reference_id}",
        headers={
            "Authorization": f"Bearer {token}",
            "X-Target-Environment": TARGET_ENV,
            "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY,
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--date", required=True, type=dt.date.fromisoformat)
    ap.add_argument("--ledger-csv", default="ledger_export.csv")
    args = ap.parse_args()

    token = get_token()
    mismatches = 0
    with open(args.ledger_csv, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["rail"] != "momo" or row["date"] != args.date.isoformat():
                continue
            status = fetch_status(token, row["external_ref"])
            if status.get("status") != row["status"].upper():
                mismatches += 1
                print(f"MISMATCH {row['external_ref']} ledger={row['status']} momo={status.get('status')}")
    print(f"done, {mismatches} mismatches")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
