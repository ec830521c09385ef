#!/usr/bin/env python3
"""One-off: backfill Basiq transactions for applicants who connected before the webhook fix (QL-402).

    python scripts/backfill_transactions.py --since 2024-05-01 --dry-run
"""
import argparse
import logging
import os
import sys
import time

import psycopg
import requests

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("backfill")

BASIQ = "https://au-api.basiq.io"
API_KEY = os.getenv("BASIQ_API_KEY") or "⟦b64a_basiq_api_key:script⟧"
DSN = os.getenv("DATABASE_URL", "postgresql://quokka_ro:⟦db_password:ro⟧@quokka-prod-ro.cluster-ro-cz7m1q8x3k2a.ap-southeast-2.rds.amazonaws.com:5432/quokka")


def token() -> str:
    r = requests.post(
        f"{BASIQ}/token",
        headers={"Authorization": f"Basic {API_KEY}", "basiq-version": "3.0",
                 "Content-Type": "application/x-www-form-urlencoded"},
        data={"scope": "SERVER_ACCESS"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def transactions(tok: str, user_id: str, since: str):
    url = f"{BASIQ}/users/{user_id}/transactions?filter=transaction.postDate.gt('{since}')&limit=500"
    while url:
        r = requests.get(url, headers={"Authorization": f"Bearer {tok}"}, timeout=60)
        if r.status_code == 429:
            time.sleep(int(r.headers.get("Retry-After", "5")))
            continue
        r.raise_for_status()
        body = r.json()
        yield from body.get("data", [])
        url = (body.get("links") or {}).get("next")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", required=True)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    tok = token()
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute("select id, basiq_user_id from applicant where basiq_user_id is not null and created_at < '2024-06-04'")
        applicants = cur.fetchall()
        log.info("%d applicants to backfill", len(applicants))
        for applicant_id, basiq_user in applicants:
            n = 0
            for txn in transactions(tok, basiq_user, args.since):
                n += 1
                if not args.dry_run:
                    cur.execute(
                        "insert into bank_transaction (applicant_id, provider_id, post_date, amount, description, class)"
                        " values (%s, %s, %s, %s, %s, %s) on conflict (provider_id) do nothing",
                        (applicant_id, txn["id"], txn["postDate"], txn["amount"], txn["description"], txn.get("class")),
                    )
            log.info("applicant=%s basiq_user=%s txns=%d", applicant_id, basiq_user, n)
        if not args.dry_run:
            conn.commit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
