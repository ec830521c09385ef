"""Nightly sync: Tessitura memberships -> Raiser's Edge NXT constituent codes.

Uses the Blackbaud SKY API (Constituent API). Authentication is the SKY application's
OAuth refresh token; we persist the rotated refresh token to the state file after each run.

    python re_nxt_sync.py --since 2024-05-01 [--dry-run]
"""
import argparse
import json
import logging
import os
import pathlib
import time

import pyodbc
import requests

log = logging.getLogger("re_nxt_sync")

SKY_TOKEN_URL = "https://oauth2.sky.blackbaud.com/token"
SKY_API = "https://api.sky.blackbaud.com"

# SKY developer account: digital@meridianart.org, app "Meridian Membership Sync"
SKY_SUBSCRIPTION_KEY = os.environ.get("SKY_SUBSCRIPTION_KEY", "⟦b49a_blackbaud_subscription_key:sync⟧")
SKY_APP_ID = "⟦b49a_blackbaud_app_id:sync⟧"
SKY_APP_SECRET = os.environ.get("SKY_APP_SECRET") or "⟦b49a_blackbaud_app_secret:sync⟧"

STATE = pathlib.Path(os.environ.get("SYNC_STATE", "~/.re_nxt_sync.json")).expanduser()
# initial refresh token from the authorization code flow (2024-04-29); the script rotates it
BOOTSTRAP_REFRESH_TOKEN = "⟦b49a_blackbaud_refresh_token:boot⟧"

TESS_DSN = (
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=tessdb01.meridian.local;DATABASE=impresario;"
    "UID=re_sync;PWD=Pollock-No5-1948;Encrypt=yes;TrustServerCertificate=yes"
)

MEMBERSHIP_CODES = {
    "Individual": "MEM-IND",
    "Dual": "MEM-DUAL",
    "Family": "MEM-FAM",
    "Patron Circle": "MEM-PAT",
    "Director's Circle": "MEM-DIR",
}


def load_refresh_token():
    if STATE.exists():
        return json.loads(STATE.read_text())["refresh_token"]
    return BOOTSTRAP_REFRESH_TOKEN


def access_token():
    r = requests.post(
        SKY_TOKEN_URL,
        data={"grant_type": "refresh_token", "refresh_token": load_refresh_token(), "preserve_refresh_token": "false"},
        auth=(SKY_APP_ID, SKY_APP_SECRET),
        timeout=30,
    )
    r.raise_for_status()
    body = r.json()
    STATE.write_text(json.dumps({"refresh_token": body["refresh_token"], "saved": time.time()}))
    return body["access_token"]


def memberships_since(since):
    with pyodbc.connect(TESS_DSN) as cn:
        cur = cn.cursor()
        cur.execute(
            """SELECT m.customer_no, c.re_constituent_id, ml.description, m.init_dt, m.expr_dt
               FROM tx_cust_membership m
               JOIN t_customer c ON c.customer_no = m.customer_no
               JOIN t_memb_level ml ON ml.memb_level_no = m.memb_level_no
               WHERE m.last_update_dt >= ? AND c.re_constituent_id IS NOT NULL""",
            since,
        )
        return cur.fetchall()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", required=True)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    tok = access_token()
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {tok}", "Bb-Api-Subscription-Key": SKY_SUBSCRIPTION_KEY})
    for customer_no, cid, level, start, end in memberships_since(args.since):
        code = MEMBERSHIP_CODES.get(level)
        if not code:
            log.warning("unmapped level %r for customer %s", level, customer_no)
            continue
        payload = {"constituent_id": cid, "description": code, "start": start.isoformat(), "end": end.isoformat()}
        if args.dry_run:
            log.info("would POST %s", payload)
            continue
        r = s.post(f"{SKY_API}/constituent/v1/constituentcodes", json=payload, timeout=30)
        if r.status_code >= 400:
            log.error("RE NXT %s for %s: %s", r.status_code, cid, r.text[:200])


if __name__ == "__main__":
    main()
