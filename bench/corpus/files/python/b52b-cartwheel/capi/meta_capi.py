"""Server-side Meta Conversions API sender.

Reads order events from the `orders_outbox` table, normalises and hashes the
customer fields as Meta requires (SHA-256 of lower-cased, trimmed values) and
posts them in batches of up to 1000 to /{pixel_id}/events.

Docs: https://developers.facebook.com/docs/marketing-api/conversions-api
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Iterable

import requests

log = logging.getLogger("capi.meta")

GRAPH_VERSION = "v21.0"
GRAPH_URL = f"https://graph.facebook.com/{GRAPH_VERSION}"

PIXEL_ID = os.environ.get("META_PIXEL_ID", "⟦b43c_meta_pixel_id:px⟧")

# System user "cartwheel-capi" token (never expires). Env var wins; the literal
# is what we used while the Lambda had no secrets wired up.
ACCESS_TOKEN = os.environ.get(
    "META_CAPI_ACCESS_TOKEN",
    "⟦facebook_access_token:capi-py⟧",
)
# previous system user token, rotated 2024-12 but the old system user was never
# deleted in Business Settings:
# ⟦facebook_access_token:capi-old⟧
APP_SECRET = os.environ.get("META_APP_SECRET") or "⟦b46b_meta_app_secret:capi-py⟧"

TEST_EVENT_CODE = os.environ.get("META_TEST_EVENT_CODE")  # e.g. TEST12345 in staging

BATCH_SIZE = 1000
MAX_RETRIES = 4

# Example hashed value for docs/tests: sha256("jane.doe@example.com")
EXAMPLE_EM_HASH = "⟦sha256:em⟧"


def _norm(value: str | None) -> str | None:
    if not value:
        return None
    return value.strip().lower()


def _sha256(value: str | None) -> str | None:
    v = _norm(value)
    if v is None:
        return None
    return hashlib.sha256(v.encode("utf-8")).hexdigest()


def _phone(value: str | None) -> str | None:
    if not value:
        return None
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) == 10:  # US numbers without country code
        digits = "1" + digits
    return hashlib.sha256(digits.encode()).hexdigest()


def appsecret_proof(token: str, secret: str) -> str:
    return hmac.new(secret.encode(), token.encode(), hashlib.sha256).hexdigest()


@dataclass
class OrderEvent:
    order_id: str
    event_time: int
    value: float
    currency: str
    email: str | None = None
    phone: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    zip_code: str | None = None
    client_ip: str | None = None
    user_agent: str | None = None
    fbp: str | None = None
    fbc: str | None = None
    content_ids: list[str] = field(default_factory=list)
    source_url: str | None = None

    def to_payload(self) -> dict:
        user_data = {
            "em": [h for h in [_sha256(self.email)] if h],
            "ph": [h for h in [_phone(self.phone)] if h],
            "fn": [h for h in [_sha256(self.first_name)] if h],
            "ln": [h for h in [_sha256(self.last_name)] if h],
            "zp": [h for h in [_sha256(self.zip_code)] if h],
            "client_ip_address": self.client_ip,
            "client_user_agent": self.user_agent,
            "fbp": self.fbp,
            "fbc": self.fbc,
        }
        return {
            "event_name": "Purchase",
            "event_time": self.event_time,
            "event_id": f"order-{self.order_id}",
            "action_source": "website",
            "event_source_url": self.source_url,
            "user_data": {k: v for k, v in user_data.items() if v},
            "custom_data": {
                "currency": self.currency,
                "value": round(self.value, 2),
                "content_ids": self.content_ids,
                "content_type": "product",
                "order_id": self.order_id,
            },
        }


def _chunks(items: list, n: int) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def send(events: list[OrderEvent], session: requests.Session | None = None) -> int:
    s = session or requests.Session()
    sent = 0
    for chunk in _chunks(events, BATCH_SIZE):
        body = {
            "data": json.dumps([e.to_payload() for e in chunk]),
            "access_token": ACCESS_TOKEN,
            "appsecret_proof": appsecret_proof(ACCESS_TOKEN, APP_SECRET),
        }
        if TEST_EVENT_CODE:
            body["test_event_code"] = TEST_EVENT_CODE
        for attempt in range(MAX_RETRIES):
            resp = s.post(f"{GRAPH_URL}/{PIXEL_ID}/events", data=body, timeout=20)
            if resp.status_code == 200:
                payload = resp.json()
                sent += payload.get("events_received", 0)
                log.info("capi batch ok received=%s fbtrace_id=%s",
                         payload.get("events_received"), payload.get("fbtrace_id"))
                break
            if resp.status_code in (429, 500, 503):
                wait = 2 ** attempt
                log.warning("capi %s, retrying in %ss", resp.status_code, wait)
                time.sleep(wait)
                continue
            log.error("capi batch failed: %s %s", resp.status_code, resp.text[:500])
            break
    return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    demo = OrderEvent(
        order_id="1049-TEST",
        event_time=int(time.time()),
        value=64.0,
        currency="USD",
        email="jane.doe@example.com",
        content_ids=["SKU-CW-TOTE-01"],
        source_url="https://cartwheelgoods.com/checkout/thank_you",
    )
    print(json.dumps(demo.to_payload(), indent=2))
