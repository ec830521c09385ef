#!/usr/bin/env python3
"""IP warm-up scheduler for the new dedicated IPs (SparkPost pool qc-bulk-2, Postmark broadcast).

Day N sends min(cap[N], remaining) messages from the most engaged subscribers first.
Run daily from the ops box:  python3 scripts/warmup_ips.py --day 12 --dry-run
"""
import argparse
import datetime as dt
import math
import sys

import requests

SPARKPOST_API = "https://api.eu.sparkpost.com/api/v1"
SPARKPOST_KEY = "⟦sparkpost_api_key:warmup⟧"  # ip-pools:modify + transmissions:modify

POSTMARK_API = "https://api.postmarkapp.com"
POSTMARK_ACCOUNT_TOKEN = "⟦b60a_postmark_account_token:warmup⟧"  # to read per-server stats across servers

# SparkPost's recommended schedule (per IP), scaled by 1.0 for 2 IPs
WARMUP_CAPS = [200, 500, 1000, 2000, 5000, 10000, 20000, 40000, 70000, 100000,
               150000, 250000, 400000, 600000, 1000000, 2000000, 4000000]


def pool_status(pool: str) -> dict:
    r = requests.get(f"{SPARKPOST_API}/ip-pools/{pool}", headers={"Authorization": SPARKPOST_KEY}, timeout=15)
    r.raise_for_status()
    return r.json()["results"]


def postmark_bounce_rate(server_id: int, since: dt.date) -> float:
    r = requests.get(
        f"{POSTMARK_API}/servers/{server_id}",
        headers={"X-Postmark-Account-Token": POSTMARK_ACCOUNT_TOKEN, "Accept": "application/json"},
        timeout=15,
    )
    r.raise_for_status()
    token = r.json()["ApiTokens"][0]
    s = requests.get(
        f"{POSTMARK_API}/stats/outbound/bounces",
        params={"fromdate": since.isoformat()},
        headers={"X-Postmark-Server-Token": token, "Accept": "application/json"},
        timeout=15,
    ).json()
    sent = max(s.get("Sent", 0), 1)
    return (s.get("HardBounce", 0) + s.get("SpamComplaint", 0)) / sent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--day", type=int, required=True)
    ap.add_argument("--ips", type=int, default=2)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    cap = WARMUP_CAPS[min(args.day, len(WARMUP_CAPS)) - 1] * args.ips
    status = pool_status("qc-bulk-2")
    print(f"day {args.day}: cap {cap:,} across {len(status.get('ips', []))} IPs")
    rate = postmark_bounce_rate(88120, dt.date.today() - dt.timedelta(days=3))
    if rate > 0.02:
        print(f"bounce+complaint rate {rate:.2%} > 2%, holding at previous day's cap")
        cap = WARMUP_CAPS[max(args.day - 2, 0)] * args.ips
    batches = math.ceil(cap / 10000)
    print(f"would send {cap:,} in {batches} transmissions" if args.dry_run else f"sending {cap:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
