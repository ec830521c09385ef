#!/usr/bin/env python3
"""
One-off: backfill HubSpot contacts from the Airtable "Leads 2023" base.

    python backfill_hubspot.py --dry-run
    python backfill_hubspot.py --since 2023-01-01

Written for the CRM migration (Feb 2024). Safe to re-run: contacts are upserted by email.
"""
import argparse
import logging
import sys
import time
from datetime import date

import requests

log = logging.getLogger("backfill")

AIRTABLE_BASE = "appX7kQ2mN9pL4rT1"
AIRTABLE_TABLE = "tblLeads2023"
AIRTABLE_TOKEN = "⟦airtable_pat⟧"  # PAT scoped to data.records:read on the Leads base

HUBSPOT_TOKEN = "⟦hubspot_pat⟧"  # private app "airtable-backfill"
HUBSPOT_BATCH_URL = "https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert"

FIELD_MAP = {
    "Email": "email",
    "First name": "firstname",
    "Last name": "lastname",
    "Company": "company",
    "Phone": "phone",
    "Lead source": "hs_lead_status",
}


def airtable_records(since: date):
    url = f"https://api.airtable.com/v0/{AIRTABLE_BASE}/{AIRTABLE_TABLE}"
    headers = {"Authorization": f"Bearer {AIRTABLE_TOKEN}"}
    params = {"pageSize": 100, "filterByFormula": f"IS_AFTER({{Created}}, '{since.isoformat()}')"}
    while True:
        resp = requests.get(url, headers=headers, params=params, timeout=30)
        resp.raise_for_status()
        payload = resp.json()
        yield from payload["records"]
        offset = payload.get("offset")
        if not offset:
            return
        params["offset"] = offset
        time.sleep(0.25)  # 5 req/s limit


def to_hubspot(record):
    fields = record["fields"]
    props = {hs: fields[at] for at, hs in FIELD_MAP.items() if fields.get(at)}
    if "email" not in props:
        return None
    return {"idProperty": "email", "id": props["email"], "properties": props}


def upsert(batch, dry_run):
    if dry_run:
        log.info("would upsert %d contacts", len(batch))
        return
    resp = requests.post(
        HUBSPOT_BATCH_URL,
        headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}", "Content-Type": "application/json"},
        json={"inputs": batch},
        timeout=60,
    )
    if resp.status_code == 429:
        time.sleep(10)
        return upsert(batch, dry_run)
    resp.raise_for_status()
    log.info("upserted %d contacts", len(batch))


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--since", type=date.fromisoformat, default=date(2023, 1, 1))
    p.add_argument("--dry-run", action="store_true")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    batch, total, skipped = [], 0, 0
    for rec in airtable_records(args.since):
        contact = to_hubspot(rec)
        if contact is None:
            skipped += 1
            continue
        batch.append(contact)
        if len(batch) == 100:
            upsert(batch, args.dry_run)
            total += len(batch)
            batch = []
    if batch:
        upsert(batch, args.dry_run)
        total += len(batch)
    log.info("done: %d contacts, %d skipped (no email)", total, skipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
