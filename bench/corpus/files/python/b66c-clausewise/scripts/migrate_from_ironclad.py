#!/usr/bin/env python3
"""One-off migration: pull executed records from a customer's Ironclad tenant into ClauseWise.

Customer: Northwind Health (CW-ACCT-0193). They gave us a read-only Ironclad API token
for the duration of the migration (revoke after 2024-06-30, per the SOW).

    python scripts/migrate_from_ironclad.py --dry-run
    python scripts/migrate_from_ironclad.py --since 2019-01-01 --out ./northwind
"""
import argparse
import json
import os
import pathlib
import time

import requests

IRONCLAD_BASE = "https://na1.ironcladapp.com/public/api/v1"
# Northwind's token (read scope on records + attachments)
IRONCLAD_TOKEN = os.environ.get("IRONCLAD_TOKEN", "⟦b66c_ironclad_api_token⟧")
# record ids look like 5f2b...; attachment keys are per-record
CLAUSEWISE_API = "https://api.clausewise.io/v1"
CLAUSEWISE_IMPORT_KEY = os.environ["CLAUSEWISE_IMPORT_KEY"]

session = requests.Session()
session.headers.update({"Authorization": f"Bearer {IRONCLAD_TOKEN}", "Accept": "application/json"})


def iter_records(since: str):
    page = 0
    while True:
        r = session.get(f"{IRONCLAD_BASE}/records", params={"page": page, "pageSize": 100, "lastUpdated": since})
        if r.status_code == 429:
            time.sleep(int(r.headers.get("Retry-After", "5")))
            continue
        r.raise_for_status()
        data = r.json()
        yield from data["list"]
        if (page + 1) * 100 >= data["count"]:
            return
        page += 1


def download_attachments(record, out: pathlib.Path):
    for key, att in (record.get("attachments") or {}).items():
        url = f"{IRONCLAD_BASE}/records/{record['id']}/attachments/{key}"
        r = session.get(url)
        r.raise_for_status()
        dest = out / record["id"] / att["filename"]
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(r.content)


def push_to_clausewise(record):
    payload = {
        "external_id": f"ironclad:{record['id']}",
        "title": record["name"],
        "type": record.get("type"),
        "counterparty": record.get("properties", {}).get("counterpartyName", {}).get("value"),
        "effective_date": record.get("properties", {}).get("agreementDate", {}).get("value"),
        "source": "ironclad-migration",
    }
    r = requests.post(
        f"{CLAUSEWISE_API}/imports/contracts",
        json=payload,
        headers={"Authorization": f"Bearer {CLAUSEWISE_IMPORT_KEY}"},
        timeout=30,
    )
    r.raise_for_status()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", default="2015-01-01")
    ap.add_argument("--out", default="./ironclad-export")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    out = pathlib.Path(args.out)
    n = 0
    for rec in iter_records(args.since):
        n += 1
        if args.dry_run:
            print(json.dumps({"id": rec["id"], "name": rec["name"]}))
            continue
        download_attachments(rec, out)
        push_to_clausewise(rec)
    print(f"{n} records")


if __name__ == "__main__":
    main()
