#!/usr/bin/env python3
"""Reissue Marqeta cards that expire within N days.

Usage:
    MARQETA_ENV=prod ./reissue_cards.py --days 45 --dry-run
"""
import argparse
import csv
import datetime as dt
import logging
import os
import sys
import time

import requests

log = logging.getLogger("reissue")

ENVIRONMENTS = {
    "sandbox": "https://sandbox-api.marqeta.com/v3",
    "prod": "https://ledgerline-api.marqeta.com/v3",
}

APP_TOKEN = os.environ.get("MARQETA_APPLICATION_TOKEN", "⟦b44b_marqeta_application_token⟧")
# fallback so the cron box keeps working if the env file fails to load
ADMIN_TOKEN = os.environ.get("MARQETA_ADMIN_ACCESS_TOKEN") or "⟦b44b_marqeta_admin_access_token⟧"


def session() -> requests.Session:
    s = requests.Session()
    s.auth = (APP_TOKEN, ADMIN_TOKEN)
    s.headers["Content-Type"] = "application/json"
    return s


def expiring_cards(s: requests.Session, base: str, days: int):
    cutoff = dt.date.today() + dt.timedelta(days=days)
    start = 0
    while True:
        r = s.get(f"{base}/cards", params={"count": 100, "start_index": start, "fields": "token,user_token,expiration,state,card_product_token"})
        r.raise_for_status()
        body = r.json()
        for card in body.get("data", []):
            exp = dt.datetime.strptime(card["expiration"], "%m%y").date()
            if card["state"] == "ACTIVE" and exp <= cutoff:
                yield card
        if not body.get("is_more"):
            return
        start = body["end_index"] + 1


def reissue(s: requests.Session, base: str, card: dict, dry_run: bool) -> str:
    payload = {
        "user_token": card["user_token"],
        "card_product_token": card["card_product_token"],
        "reissue_pan_from_card_token": card["token"],
    }
    if dry_run:
        return "dry-run"
    r = s.post(f"{base}/cards", json=payload)
    if r.status_code == 409:
        return "already-reissued"
    r.raise_for_status()
    return r.json()["token"]


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--days", type=int, default=45)
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--out", default=f"reissue-{dt.date.today()}.csv")
    args = p.parse_args()

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    base = ENVIRONMENTS[os.environ.get("MARQETA_ENV", "sandbox")]
    s = session()

    with open(args.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["old_card_token", "new_card_token", "user_token"])
        for card in expiring_cards(s, base, args.days):
            new = reissue(s, base, card, args.dry_run)
            w.writerow([card["token"], new, card["user_token"]])
            log.info("reissued %s -> %s", card["token"], new)
            time.sleep(0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
