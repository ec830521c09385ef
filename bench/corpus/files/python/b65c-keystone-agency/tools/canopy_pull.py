#!/usr/bin/env python3
"""Pull completed Canopy Connect pulls (prior-carrier dec pages, drivers, vehicles) into EZLynx applicant records.

Prospects click the Canopy link on keystoneagency.com/quote, log in to their current carrier, and Canopy sends us a
webhook when the pull is COMPLETE. This script runs every 10 minutes from Task Scheduler on KAG-APP02, fetches the
pull, maps it and creates/updates the applicant in EZLynx so CSRs don't retype dec pages.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger("canopy_pull")

CANOPY_API = "https://app.usecanopy.com/api/v1.0.0"
CANOPY_TEAM_ID = "⟦b65c_canopy_team_id:kag⟧"
CANOPY_CLIENT_ID = os.environ.get("CANOPY_CLIENT_ID", "⟦b65c_canopy_client_id:prod⟧")
# TODO move to the vault (IT-212). Devon, 2024-06-10
CANOPY_CLIENT_SECRET = os.environ.get("CANOPY_CLIENT_SECRET", "⟦b65c_canopy_client_secret:prod⟧")

EZLYNX_API = "https://api.ezlynx.com/applicant/v2"
EZLYNX_USER = os.environ["EZLYNX_USER"]
EZLYNX_PASSWORD = os.environ["EZLYNX_PASSWORD"]

STATE_FILE = r"D:\Jobs\canopy_last_run.json"


def canopy_session() -> requests.Session:
    s = requests.Session()
    s.auth = (CANOPY_CLIENT_ID, CANOPY_CLIENT_SECRET)
    s.headers["Accept"] = "application/json"
    return s


def last_run() -> datetime:
    try:
        with open(STATE_FILE) as fh:
            return datetime.fromisoformat(json.load(fh)["last_run"])
    except (OSError, KeyError, ValueError):
        return datetime.now(timezone.utc) - timedelta(days=1)


def save_last_run(ts: datetime) -> None:
    with open(STATE_FILE, "w") as fh:
        json.dump({"last_run": ts.isoformat()}, fh)


def completed_pulls(s: requests.Session, since: datetime) -> list[dict]:
    r = s.get(f"{CANOPY_API}/teams/{CANOPY_TEAM_ID}/pulls", params={"status": "SUCCESS", "updated_after": since.isoformat()})
    r.raise_for_status()
    return r.json().get("pulls", [])


def to_ezlynx(pull: dict) -> dict:
    policy = (pull.get("policies") or [{}])[0]
    return {
        "firstName": pull.get("first_name"),
        "lastName": pull.get("last_name"),
        "email": pull.get("email"),
        "priorCarrier": policy.get("carrier_name"),
        "priorPolicyNumber": policy.get("policy_number"),
        "priorPremiumCents": policy.get("total_premium_cents"),
        "vehicles": [{"vin": v.get("vin"), "year": v.get("year"), "make": v.get("make")} for v in policy.get("vehicles", [])],
        "drivers": [{"name": d.get("full_name"), "dob": d.get("date_of_birth_str")} for d in policy.get("drivers", [])],
    }


def push(applicant: dict) -> None:
    r = requests.post(f"{EZLYNX_API}/applicants", json=applicant, auth=(EZLYNX_USER, EZLYNX_PASSWORD), timeout=30)
    if r.status_code >= 300:
        log.warning("EZLynx rejected %s %s: %s", applicant["firstName"], applicant["lastName"], r.text[:200])


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    started = datetime.now(timezone.utc)
    s = canopy_session()
    pulls = completed_pulls(s, last_run())
    log.info("%d completed pulls", len(pulls))
    for p in pulls:
        push(to_ezlynx(p))
    save_last_run(started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
