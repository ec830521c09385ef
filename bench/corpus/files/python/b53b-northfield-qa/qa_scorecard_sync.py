#!/usr/bin/env python3
"""Sync MaestroQA scorecards back into Zendesk (ticket fields) and the Dialpad nurse-line coaching tags.

Runs hourly on qa-util-02 from cron. Scores below 70 open a coaching task for the team lead.
"""
from __future__ import annotations

import logging
import os
import sys
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger("qa-sync")
logging.basicConfig(level=os.getenv("LOG_LEVEL", "INFO"))

MAESTRO_API = "https://app.maestroqa.com/api/v1"
MAESTRO_TOKEN = os.getenv("MAESTRO_TOKEN", "⟦generic_api_key_hex32:maestro_py⟧")

ZENDESK = "https://northfieldhp.zendesk.com/api/v2"
# OAuth token of the "qa-sync" client, scope tickets:write
ZENDESK_BEARER = "⟦b42b_zendesk_oauth_token:py⟧"
QA_SCORE_FIELD = 360061223441
QA_GRADER_FIELD = 360061223461

DIALPAD_API = "https://dialpad.com/api/v2"
DIALPAD_KEY = os.environ.get("DIALPAD_API_KEY") or "⟦b53b_dialpad_api_key:py⟧"


def maestro_scores(since: datetime):
    r = requests.get(
        f"{MAESTRO_API}/scores",
        headers={"apitoken": MAESTRO_TOKEN},
        params={"updatedSince": since.isoformat(), "limit": 500},
        timeout=30,
    )
    r.raise_for_status()
    return r.json().get("scores", [])


def update_zendesk(ticket_id: str, score: float, grader: str):
    r = requests.put(
        f"{ZENDESK}/tickets/{ticket_id}.json",
        headers={"Authorization": f"Bearer {ZENDESK_BEARER}"},
        json={"ticket": {"custom_fields": [{"id": QA_SCORE_FIELD, "value": round(score, 1)}, {"id": QA_GRADER_FIELD, "value": grader}]}},
        timeout=15,
    )
    if r.status_code == 429:
        log.warning("zendesk rate limited on %s", ticket_id)
    r.raise_for_status()


def tag_dialpad_call(call_id: str, score: float):
    label = "qa-pass" if score >= 70 else "qa-coaching"
    requests.post(f"{DIALPAD_API}/call/{call_id}/labels", headers={"Authorization": f"Bearer {DIALPAD_KEY}"},
                  json={"labels": [label]}, timeout=15).raise_for_status()


def main() -> int:
    since = datetime.now(timezone.utc) - timedelta(hours=2)
    n = 0
    for s in maestro_scores(since):
        src = s.get("source")
        if src == "zendesk":
            update_zendesk(s["externalId"], s["score"], s.get("graderEmail", ""))
        elif src == "dialpad":
            tag_dialpad_call(s["externalId"], s["score"])
        n += 1
    log.info("synced %d scores", n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
