"""Thin Toast API client used by the nightly jobs.

Authentication: POST /authentication/v1/authentication/login with the machine client credentials,
then send the returned JWT as `Authorization: Bearer ...` plus `Toast-Restaurant-External-ID`.
Tokens are cached in Postgres (toast_token_cache) because Toast rate-limits the login endpoint.
"""
from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any, Iterator

import requests

from .settings import TOAST

log = logging.getLogger(__name__)

LOGIN_PATH = "/authentication/v1/authentication/login"
ORDERS_PATH = "/orders/v2/ordersBulk"
LABOR_PATH = "/labor/v1/timeEntries"
MENUS_PATH = "/menus/v2/menus"
PAGE_SIZE = 100


class ToastError(RuntimeError):
    pass


class ToastClient:
    def __init__(self, session: requests.Session | None = None, token_cache=None):
        self.session = session or requests.Session()
        self.session.headers.update({"Accept": "application/json", "User-Agent": "emberoak-hub/2.7"})
        self.token_cache = token_cache
        self._token: str | None = None
        self._token_expiry: float = 0.0

    # ------------------------------------------------------------------ auth
    def _login(self) -> str:
        resp = self.session.post(
            TOAST.api_hostname + LOGIN_PATH,
            json={
                "clientId": TOAST.client_id,
                "clientSecret": TOAST.client_secret,
                "userAccessType": TOAST.user_access_type,
            },
            timeout=20,
        )
        if resp.status_code != 200:
            raise ToastError(f"toast login failed: {resp.status_code} {resp.text[:200]}")
        body = resp.json()["token"]
        self._token_expiry = time.time() + int(body["expiresIn"]) - 300
        return body["accessToken"]

    def token(self) -> str:
        if self._token and time.time() < self._token_expiry:
            return self._token
        if self.token_cache is not None:
            cached = self.token_cache.get("toast")
            if cached:
                self._token, self._token_expiry = cached
                return self._token
        self._token = self._login()
        if self.token_cache is not None:
            self.token_cache.put("toast", (self._token, self._token_expiry))
        return self._token

    def _headers(self, restaurant_guid: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.token()}",
            "Toast-Restaurant-External-ID": restaurant_guid,
        }

    # -------------------------------------------------------------- requests
    def _get(self, path: str, restaurant_guid: str, params: dict[str, Any]) -> requests.Response:
        for attempt in range(5):
            resp = self.session.get(
                TOAST.api_hostname + path,
                headers=self._headers(restaurant_guid),
                params=params,
                timeout=60,
            )
            if resp.status_code == 429:
                wait = int(resp.headers.get("Retry-After", 2 ** attempt))
                log.warning("toast 429 on %s, sleeping %ss", path, wait)
                time.sleep(wait)
                continue
            if resp.status_code == 401 and attempt == 0:
                self._token = None
                continue
            resp.raise_for_status()
            return resp
        raise ToastError(f"gave up on {path}")

    def orders(self, restaurant_guid: str, business_date: dt.date) -> Iterator[dict]:
        page = 1
        while True:
            resp = self._get(
                ORDERS_PATH,
                restaurant_guid,
                {"businessDate": business_date.strftime("%Y%m%d"), "page": page, "pageSize": PAGE_SIZE},
            )
            rows = resp.json()
            yield from rows
            if len(rows) < PAGE_SIZE:
                return
            page += 1

    def time_entries(self, restaurant_guid: str, start: dt.datetime, end: dt.datetime) -> list[dict]:
        resp = self._get(
            LABOR_PATH,
            restaurant_guid,
            {"startDate": start.isoformat(timespec="milliseconds") + "+0000",
             "endDate": end.isoformat(timespec="milliseconds") + "+0000"},
        )
        return resp.json()

    def menus(self, restaurant_guid: str) -> dict:
        return self._get(MENUS_PATH, restaurant_guid, {}).json()


# ---------------------------------------------------------------------------
# Local debugging only. When the login endpoint was returning 500s during the
# Toast incident of 2024-03-12 we pasted a token from the Postman collection
# here so the backfill could keep running. It is a machine-client token and
# expires, but it was good for the whole weekend.  -- dk
# ---------------------------------------------------------------------------
DEBUG_STATIC_TOKEN = (
    "⟦jwt_rs256:toastweekend⟧"
)


def debug_client() -> ToastClient:
    client = ToastClient()
    client._token = DEBUG_STATIC_TOKEN
    client._token_expiry = time.time() + 3600
    return client


def summarize_day(client: ToastClient, restaurant_guid: str, business_date: dt.date) -> dict[str, Any]:
    net = 0.0
    checks = 0
    voids = 0
    for order in client.orders(restaurant_guid, business_date):
        for check in order.get("checks", []):
            if check.get("voided"):
                voids += 1
                continue
            checks += 1
            net += float(check.get("amount") or 0)
    return {"restaurant": restaurant_guid, "date": business_date.isoformat(),
            "net_sales": round(net, 2), "checks": checks, "voids": voids}


if __name__ == "__main__":  # pragma: no cover
    import sys

    logging.basicConfig(level=logging.INFO)
    day = dt.date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else dt.date.today() - dt.timedelta(days=1)
    c = debug_client() if "--static" in sys.argv else ToastClient()
    for name, guid in TOAST.restaurants.items():
        print(name, summarize_day(c, guid, day))
