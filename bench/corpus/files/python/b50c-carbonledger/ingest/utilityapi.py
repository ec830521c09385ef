"""UtilityAPI + Green Button Connect ingestion.

UtilityAPI: customers authorize their utility accounts through our UtilityAPI form; we receive
webhooks for new bills/intervals and pull them with the account-level API token.
Green Button CMD (SMUD, PG&E): ESPI third-party OAuth; we registered as a third party with the
Data Custodian and hold a client_id/client_secret.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
from typing import Any, Iterator

import requests

log = logging.getLogger(__name__)

UAPI = "https://utilityapi.com/api/v2"
UAPI_TOKEN = os.environ.get("UTILITYAPI_TOKEN", "⟦b50c_utilityapi_token:code⟧")
UAPI_WEBHOOK_SECRET = os.environ.get("UTILITYAPI_WEBHOOK_SECRET", "")

GB_TOKEN_URL = "https://sharemydata.smud.org/DataCustodian/oauth/token"
GB_CLIENT_ID = os.environ.get("GREENBUTTON_CLIENT_ID", "carbonledger-cmd")
GB_CLIENT_SECRET = os.environ.get("GREENBUTTON_CLIENT_SECRET")


def _uapi(path: str, **params: Any) -> dict[str, Any]:
    r = requests.get(f"{UAPI}{path}", params=params, headers={"Authorization": f"Bearer {UAPI_TOKEN}"}, timeout=60)
    r.raise_for_status()
    return r.json()


def bills(meter_uid: str) -> Iterator[dict[str, Any]]:
    nxt: str | None = f"/bills?meters={meter_uid}"
    while nxt:
        body = _uapi(nxt.replace(UAPI, ""))
        yield from body["bills"]
        nxt = body.get("next")


def intervals(meter_uid: str, start: str, end: str) -> Iterator[dict[str, Any]]:
    body = _uapi("/intervals", meters=meter_uid, start=start, end=end)
    for block in body["intervals"]:
        yield from block["readings"]


def verify_webhook(raw: bytes, signature: str) -> bool:
    if not UAPI_WEBHOOK_SECRET:
        log.warning("UTILITYAPI_WEBHOOK_SECRET not set; rejecting webhook")
        return False
    mac = hmac.new(UAPI_WEBHOOK_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, signature)


def greenbutton_token(refresh_token: str) -> dict[str, Any]:
    if not GB_CLIENT_SECRET:
        raise RuntimeError("GREENBUTTON_CLIENT_SECRET not set")
    r = requests.post(
        GB_TOKEN_URL,
        data={"grant_type": "refresh_token", "refresh_token": refresh_token},
        auth=(GB_CLIENT_ID, GB_CLIENT_SECRET),
        timeout=30,
    )
    r.raise_for_status()
    return r.json()
