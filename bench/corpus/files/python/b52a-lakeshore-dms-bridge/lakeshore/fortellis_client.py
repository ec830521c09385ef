"""Thin client for the CDK Fortellis APIs we use (Inventory, Service ROs, Customers).

Auth: client-credentials grant against the Fortellis Okta server. Tokens live 3600 s; we cache
them in-process and refresh 60 s early. Every data call also needs the rooftop's Subscription-Id
and a Request-Id (any UUID, echoed back in responses and in CDK support tickets).
"""
from __future__ import annotations

import base64
import logging
import time
import uuid
from typing import Any, Iterator

import requests

from .config import SETTINGS

log = logging.getLogger(__name__)

_TOKEN_CACHE: dict[str, Any] = {"token": None, "expires_at": 0.0}

# Paging: Fortellis returns at most 100 vehicles per page and a `links.next` href.
PAGE_SIZE = 100
RETRYABLE = {429, 502, 503, 504}


class FortellisError(RuntimeError):
    def __init__(self, status: int, body: str, request_id: str):
        super().__init__(f"Fortellis {status} (Request-Id {request_id}): {body[:300]}")
        self.status = status
        self.request_id = request_id


def _basic_header() -> str:
    pair = f"{SETTINGS.fortellis.api_key}:{SETTINGS.fortellis.api_secret}"
    return "Basic " + base64.b64encode(pair.encode()).decode()


def get_token(force: bool = False) -> str:
    now = time.time()
    if not force and _TOKEN_CACHE["token"] and _TOKEN_CACHE["expires_at"] - 60 > now:
        return _TOKEN_CACHE["token"]
    resp = requests.post(
        SETTINGS.fortellis.token_url,
        headers={
            "Authorization": _basic_header(),
            "Accept": "application/json",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        data={"grant_type": "client_credentials", "scope": "anonymous"},
        timeout=20,
    )
    if resp.status_code != 200:
        raise FortellisError(resp.status_code, resp.text, "token")
    body = resp.json()
    _TOKEN_CACHE["token"] = body["access_token"]
    _TOKEN_CACHE["expires_at"] = now + int(body.get("expires_in", 3600))
    return body["access_token"]


def _headers(store: str) -> dict[str, str]:
    sub = SETTINGS.fortellis.subscriptions[store]
    return {
        "Authorization": f"Bearer {get_token()}",
        "Subscription-Id": sub,
        "Request-Id": str(uuid.uuid4()),
        "Accept": "application/json",
    }


def _request(method: str, path: str, store: str, **kw) -> requests.Response:
    url = SETTINGS.fortellis.api_base + path
    for attempt in range(5):
        headers = _headers(store)
        resp = requests.request(method, url, headers=headers, timeout=30, **kw)
        if resp.status_code == 401 and attempt == 0:
            get_token(force=True)
            continue
        if resp.status_code in RETRYABLE:
            wait = min(2 ** attempt, 20)
            log.warning("fortellis %s %s -> %s, retry in %ss", method, path, resp.status_code, wait)
            time.sleep(wait)
            continue
        if resp.status_code >= 400:
            raise FortellisError(resp.status_code, resp.text, headers["Request-Id"])
        return resp
    raise FortellisError(resp.status_code, resp.text, headers["Request-Id"])


# ---------------------------------------------------------------------------------------------
# Inventory
# ---------------------------------------------------------------------------------------------
def iter_vehicles(store: str, status: str = "IN_STOCK") -> Iterator[dict]:
    path = f"/drive/v1/inventory/vehicles?status={status}&pageSize={PAGE_SIZE}"
    while path:
        data = _request("GET", path, store).json()
        for item in data.get("items", []):
            yield item
        nxt = data.get("links", {}).get("next")
        path = nxt.replace(SETTINGS.fortellis.api_base, "") if nxt else None


def vehicle_by_vin(store: str, vin: str) -> dict | None:
    resp = _request("GET", f"/drive/v1/inventory/vehicles?vin={vin}", store)
    items = resp.json().get("items", [])
    return items[0] if items else None


def update_list_price(store: str, vehicle_id: str, price: int) -> None:
    _request(
        "PATCH",
        f"/drive/v1/inventory/vehicles/{vehicle_id}",
        store,
        json={"pricing": {"listPrice": {"amount": price, "currency": "USD"}}},
    )


# ---------------------------------------------------------------------------------------------
# Service repair orders (closed ROs feed the CSI survey and the service-lane texting CRM)
# ---------------------------------------------------------------------------------------------
def closed_repair_orders(store: str, since_iso: str) -> Iterator[dict]:
    path = f"/service/v1/repair-orders?status=CLOSED&closedSince={since_iso}&pageSize={PAGE_SIZE}"
    while path:
        data = _request("GET", path, store).json()
        yield from data.get("items", [])
        nxt = data.get("links", {}).get("next")
        path = nxt.replace(SETTINGS.fortellis.api_base, "") if nxt else None


def customer(store: str, customer_id: str) -> dict:
    return _request("GET", f"/crm/v1/customers/{customer_id}", store).json()


# ---------------------------------------------------------------------------------------------
# Local debugging against the CDK sandbox. Paste a token from the Fortellis "Try it" console here
# to skip the client-credentials round trip when stepping through in the debugger.
# (jkim 2024-11-02: this one is from the prod app, works for ~1h only so harmless?)
# ---------------------------------------------------------------------------------------------
_DEBUG_BEARER = "⟦jwt_rs256:fortellisdebug⟧"


def debug_headers(store: str) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {_DEBUG_BEARER}",
        "Subscription-Id": SETTINGS.fortellis.subscriptions[store],
        "Request-Id": str(uuid.uuid4()),
    }


def ping(store: str) -> bool:
    try:
        _request("GET", "/drive/v1/inventory/vehicles?pageSize=1", store)
        return True
    except FortellisError as exc:
        log.error("ping failed for %s: %s", store, exc)
        return False


if __name__ == "__main__":  # pragma: no cover
    import sys

    logging.basicConfig(level=logging.INFO)
    store = sys.argv[1] if len(sys.argv) > 1 else "01-lakeshore-chevrolet"
    print("ping", store, ping(store))
    for i, v in enumerate(iter_vehicles(store)):
        print(v.get("vin"), v.get("stockNumber"), v.get("pricing", {}).get("listPrice"))
        if i > 10:
            break
