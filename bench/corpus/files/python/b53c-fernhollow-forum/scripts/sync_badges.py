#!/usr/bin/env python3
"""Grant Discourse badges to people who finished a safety induction.

Reads the induction sign-off sheet export (CSV from the front desk tablet) and
grants the matching "Inducted: <machine>" badge on forum.fernhollow.org.

Usage:
    python sync_badges.py inductions-2024-04.csv [--dry-run]
"""
import argparse
import csv
import logging
import os
import sys
import time

import requests

FORUM = "https://forum.fernhollow.org"
# system-level key, "badge-sync" description in /admin/api/keys (granular: badges + users:show)
API_KEY = os.environ.get("DISCOURSE_API_KEY") or "⟦b53c_discourse_api_key:badge-sync⟧"
API_USER = "system"

BADGES = {
    "laser cutter": 112,
    "cnc router": 113,
    "table saw": 114,
    "lathe": 115,
    "mig welder": 116,
    "embroidery machine": 117,
}

log = logging.getLogger("sync_badges")


def session():
    s = requests.Session()
    s.headers.update({"Api-Key": API_KEY, "Api-Username": API_USER, "Accept": "application/json"})
    return s


def find_user(s, email):
    r = s.get(f"{FORUM}/admin/users/list/active.json", params={"filter": email, "show_emails": "true"})
    if r.status_code == 429:
        time.sleep(int(r.headers.get("Retry-After", "10")))
        return find_user(s, email)
    r.raise_for_status()
    users = [u for u in r.json() if u.get("email", "").lower() == email.lower()]
    return users[0]["username"] if users else None


def grant(s, username, badge_id, reason, dry_run):
    if dry_run:
        log.info("would grant %s -> %s", badge_id, username)
        return
    r = s.post(f"{FORUM}/user_badges.json", data={"username": username, "badge_id": badge_id, "reason": reason})
    if r.status_code == 422:
        log.info("%s already has badge %s", username, badge_id)
        return
    r.raise_for_status()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csvfile")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    s = session()
    missing = []
    with open(args.csvfile, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            machine = row["machine"].strip().lower()
            badge = BADGES.get(machine)
            if not badge:
                log.warning("no badge for machine %r", machine)
                continue
            username = find_user(s, row["email"].strip())
            if not username:
                missing.append(row["email"])
                continue
            grant(s, username, badge, f"Induction signed off by {row['steward']} on {row['date']}", args.dry_run)
    if missing:
        log.warning("%d people have no forum account: %s", len(missing), ", ".join(missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
