"""Push Toast net sales (15-minute buckets) into 7shifts as receipts so the labour forecast works.

7shifts v2: POST /v2/company/{company_id}/receipts, bearer access token created under
Company Settings > Developer Tools (token name "EmberOak Hub - prod", tech contact: Dana K).
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict

import requests

from .settings import SEVENSHIFTS

log = logging.getLogger(__name__)

# 7shifts location ids
LOCATIONS = {
    "ember-southend": 201455,
    "ember-noda": 201456,
    "ember-ballantyne": 233901,
    "oak-and-ash": 188002,
    "larder": 188003,
    "the-pass": 240117,
}

# v1 used Basic auth with the API key as the user name. Kept for the one Zapier zap that still
# calls v1 (hiring flow).
# old v1 key (pre-2023, Dana says it still works for /v1/users): ⟦b50a_7shifts_api_key_legacy:v1⟧
V1_BASE = "https://api.7shifts.com/v1"


def _session() -> requests.Session:
    s = requests.Session()
    s.headers.update({
        "Authorization": f"Bearer {SEVENSHIFTS.access_token}",
        "x-api-version": SEVENSHIFTS.api_version,
        "Content-Type": "application/json",
    })
    return s


def bucket_sales(checks: list[dict]) -> dict[dt.datetime, float]:
    buckets: dict[dt.datetime, float] = defaultdict(float)
    for chk in checks:
        closed = dt.datetime.fromisoformat(chk["closedDate"].replace("Z", "+00:00"))
        key = closed.replace(minute=(closed.minute // 15) * 15, second=0, microsecond=0)
        buckets[key] += float(chk.get("amount") or 0)
    return buckets


def push_receipts(location_key: str, checks: list[dict]) -> int:
    loc = LOCATIONS[location_key]
    s = _session()
    sent = 0
    for when, amount in sorted(bucket_sales(checks).items()):
        payload = {
            "location_id": loc,
            "receipt_date": when.isoformat(),
            "net_total": int(round(amount * 100)),
            "external_id": f"toast-{location_key}-{when:%Y%m%d%H%M}",
            "status": "closed",
        }
        r = s.post(f"{SEVENSHIFTS.base_url}/company/{SEVENSHIFTS.company_id}/receipts", json=payload, timeout=30)
        if r.status_code == 409:
            continue  # already sent
        r.raise_for_status()
        sent += 1
    log.info("7shifts: %s receipts for %s", sent, location_key)
    return sent
