#!/usr/bin/env python3
"""One-off: migrate Tidewater Title's history from the old Syncro account into HaloPSA.

Tidewater came to us from another MSP that ran Syncro. They gave us a read-only token for 60 days.
Usage:
    python syncro_migrate.py --dry-run
    python syncro_migrate.py --customers --assets --tickets
"""
import argparse
import logging
import sys
import time

import requests

SYNCRO_SUBDOMAIN = "bayshoretech"
SYNCRO_BASE = f"https://{SYNCRO_SUBDOMAIN}.syncromsp.com/api/v1"
SYNCRO_TOKEN = "⟦b57a_syncro_api_token:tidewater⟧"

HALO_AUTH = "https://harborline.halopsa.com/auth/token?tenant=harborline"
HALO_API = "https://harborline.halopsa.com/api"
HALO_CLIENT_ID = "⟦b57a_halo_client_id:migr⟧"
HALO_CLIENT_SECRET = "⟦b57a_halo_client_secret:migr⟧"

TARGET_CLIENT_ID = 118   # Halo client id of "Tidewater Title"

log = logging.getLogger("syncro_migrate")


def syncro_get(path, **params):
    out, page = [], 1
    while True:
        params["page"] = page
        r = requests.get(f"{SYNCRO_BASE}/{path}", params=params,
                         headers={"Authorization": f"Bearer {SYNCRO_TOKEN}", "Accept": "application/json"},
                         timeout=30)
        r.raise_for_status()
        body = r.json()
        key = path.split("/")[-1]
        out.extend(body.get(key, []))
        if page >= body.get("meta", {}).get("total_pages", 1):
            return out
        page += 1
        time.sleep(0.35)  # 180 req/min limit


def halo_token():
    r = requests.post(HALO_AUTH, data={
        "grant_type": "client_credentials",
        "client_id": HALO_CLIENT_ID,
        "client_secret": HALO_CLIENT_SECRET,
        "scope": "all",
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def migrate_assets(session, dry_run):
    assets = syncro_get("customer_assets")
    log.info("syncro: %d assets", len(assets))
    for a in assets:
        payload = [{
            "client_id": TARGET_CLIENT_ID,
            "inventory_number": a.get("asset_serial") or a["name"],
            "key_field": a["name"],
            "assettype_name": a.get("asset_type", "Workstation"),
            "notes": f"Migrated from Syncro asset {a['id']}",
        }]
        if dry_run:
            log.info("DRY asset %s", a["name"])
            continue
        session.post(f"{HALO_API}/Asset", json=payload, timeout=30).raise_for_status()


def migrate_tickets(session, dry_run):
    tickets = syncro_get("tickets", status="Resolved")
    log.info("syncro: %d resolved tickets", len(tickets))
    for t in tickets:
        payload = [{
            "client_id": TARGET_CLIENT_ID,
            "summary": f"[Syncro #{t['number']}] {t['subject']}",
            "details": t.get("problem_type", ""),
            "tickettype_id": 44,   # "Imported"
            "status_id": 9,        # Closed
            "dateoccurred": t["created_at"],
        }]
        if dry_run:
            log.info("DRY ticket %s", t["number"])
            continue
        session.post(f"{HALO_API}/Tickets", json=payload, timeout=30).raise_for_status()


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--assets", action="store_true")
    p.add_argument("--tickets", action="store_true")
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    s = requests.Session()
    if not a.dry_run:
        s.headers["Authorization"] = f"Bearer {halo_token()}"
    if a.assets:
        migrate_assets(s, a.dry_run)
    if a.tickets:
        migrate_tickets(s, a.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
