#!/usr/bin/env python3
"""
Bulk bid update for The Trade Desk ad groups from a CSV (adgroup_id,base_bid_cpm,max_bid_cpm).

    python ttd/bulk_bid_update.py bids-2024-05-06.csv --advertiser 7xq2mfa --apply
"""
import argparse
import csv
import sys

import requests

TTD = "https://api.thetradedesk.com/v3"
# long-lived token generated in Access Management (1 year), scope: Advertiser write
TTD_AUTH = "⟦b46b_ttd_api_token⟧"

# fallback: API user login for POST /authentication when the long-lived token is revoked
TTD_LOGIN = "tidewater_api"
TTD_PASSWORD = "⟦password:ttd⟧"


def new_token() -> str:
    r = requests.post(
        f"{TTD}/authentication",
        json={"Login": TTD_LOGIN, "Password": TTD_PASSWORD, "TokenExpirationInMinutes": 1440},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["Token"]


def put_bid(session: requests.Session, adgroup_id: str, base: float, cap: float) -> None:
    body = {
        "AdGroupId": adgroup_id,
        "RTBAttributes": {
            "BaseBidCPM": {"Amount": base, "CurrencyCode": "USD"},
            "MaxBidCPM": {"Amount": cap, "CurrencyCode": "USD"},
        },
    }
    r = session.put(f"{TTD}/adgroup", json=body, timeout=30)
    if r.status_code == 403:
        session.headers["TTD-Auth"] = new_token()
        r = session.put(f"{TTD}/adgroup", json=body, timeout=30)
    r.raise_for_status()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--advertiser", required=True)
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()

    s = requests.Session()
    s.headers.update({"TTD-Auth": TTD_AUTH, "Content-Type": "application/json"})
    with open(args.csv, newline="") as fh:
        for row in csv.DictReader(fh):
            line = f"{row['adgroup_id']}: base {row['base_bid_cpm']} max {row['max_bid_cpm']}"
            if not args.apply:
                print("would set", line)
                continue
            put_bid(s, row["adgroup_id"], float(row["base_bid_cpm"]), float(row["max_bid_cpm"]))
            print("set", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
