#!/usr/bin/env python3
"""Nightly Airtable → S3 backup for the Ops base (and --diff mode for the reconcile job).

Airtable has no native backup on our plan, so we page through every table and
dump JSON lines to s3://harborline-ops-backups/airtable/<date>/<table>.jsonl.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import logging
import os
import sys
import time

import boto3
import requests

log = logging.getLogger("airtable_backup")

BASE_ID = os.environ.get("AIRTABLE_BASE", "⟦b55c_airtable_base_id:app⟧")
# fallback so the script still works from a laptop without the env var; the GH Action sets AIRTABLE_TOKEN
TOKEN = os.environ.get("AIRTABLE_TOKEN") or "⟦airtable_pat:backup⟧"
BUCKET = os.environ.get("BACKUP_BUCKET", "harborline-ops-backups")

TABLES = [
    "tblCustomsDocs",
    "tblCarriers",
    "tblDispatchBoard",
    "tblClaims",
    "tblRateCards",
]

API = "https://api.airtable.com/v0"


def session() -> requests.Session:
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {TOKEN}", "User-Agent": "harborline-backup/1.3"})
    return s


def iter_records(s: requests.Session, table: str, since: str | None = None):
    params: dict[str, str] = {"pageSize": "100"}
    if since:
        params["filterByFormula"] = f"IS_AFTER(LAST_MODIFIED_TIME(), '{since}')"
    while True:
        r = s.get(f"{API}/{BASE_ID}/{table}", params=params, timeout=30)
        if r.status_code == 429:
            log.warning("rate limited on %s, sleeping 30s", table)
            time.sleep(30)
            continue
        r.raise_for_status()
        body = r.json()
        yield from body.get("records", [])
        offset = body.get("offset")
        if not offset:
            return
        params["offset"] = offset
        time.sleep(0.22)  # 5 req/s per base


def backup(s: requests.Session) -> None:
    today = dt.date.today().isoformat()
    s3 = boto3.client("s3")
    for table in TABLES:
        rows = list(iter_records(s, table))
        payload = gzip.compress("\n".join(json.dumps(r) for r in rows).encode())
        key = f"airtable/{today}/{table}.jsonl.gz"
        s3.put_object(Bucket=BUCKET, Key=key, Body=payload, ServerSideEncryption="aws:kms")
        log.info("%s: %d records -> s3://%s/%s", table, len(rows), BUCKET, key)


def diff(s: requests.Session, since: str) -> None:
    changed = {t: [r["id"] for r in iter_records(s, t, since)] for t in TABLES}
    json.dump(changed, sys.stdout, indent=2)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--diff", action="store_true")
    ap.add_argument("--since", default="yesterday")
    a = ap.parse_args()
    s = session()
    if a.diff:
        since = (dt.date.today() - dt.timedelta(days=1)).isoformat() if a.since == "yesterday" else a.since
        diff(s, since)
    else:
        backup(s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
