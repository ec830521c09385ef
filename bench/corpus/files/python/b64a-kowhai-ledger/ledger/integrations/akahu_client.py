"""Thin wrapper around the Akahu REST API (https://api.akahu.io/v1).

Two kinds of auth:
  * user-scoped calls: ``Authorization: Bearer <user token>`` plus ``X-Akahu-ID: <app token>``
  * app-scoped calls (e.g. /refresh, webhooks admin): HTTP Basic with app token / app secret

We keep one client per connected organisation; the user token lives encrypted in
``integrations_bankconnection.encrypted_token`` (see models.py) and is decrypted on demand.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterator, Optional

import requests
from requests.auth import HTTPBasicAuth

log = logging.getLogger(__name__)

AKAHU_BASE_URL = os.environ.get("AKAHU_BASE_URL", "https://api.akahu.io/v1")

# The app token is the OAuth client_id; it is in every authorize URL we hand to the browser.
AKAHU_APP_TOKEN = os.environ.get("AKAHU_APP_TOKEN", "⟦b64a_akahu_app_token:prod⟧")

# TODO(aroha): remove the fallback once the staging box reads from Parameter Store (KL-402)
AKAHU_APP_SECRET = os.environ.get("AKAHU_APP_SECRET", "⟦b64a_akahu_app_secret:prod⟧")

DEFAULT_TIMEOUT = (3.05, 20)
PAGE_LIMIT = 100


class AkahuError(RuntimeError):
    def __init__(self, status: int, message: str):
        super().__init__(f"Akahu API {status}: {message}")
        self.status = status


@dataclass
class Transaction:
    id: str
    account: str
    date: datetime
    description: str
    amount: float
    balance: Optional[float]
    merchant: Optional[str]
    category: Optional[str]

    @classmethod
    def from_api(cls, item: dict) -> "Transaction":
        merchant = (item.get("merchant") or {}).get("name")
        category = ((item.get("category") or {}).get("groups") or {}).get("personal_finance", {}).get("name")
        return cls(
            id=item["_id"],
            account=item["_account"],
            date=datetime.fromisoformat(item["date"].replace("Z", "+00:00")),
            description=item.get("description", ""),
            amount=float(item["amount"]),
            balance=item.get("balance"),
            merchant=merchant,
            category=category,
        )


class AkahuClient:
    """One instance per user token."""

    def __init__(self, user_token: str, app_token: str = AKAHU_APP_TOKEN, session: requests.Session | None = None):
        self.user_token = user_token
        self.app_token = app_token
        self.session = session or requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {user_token}",
            "X-Akahu-ID": app_token,
            "User-Agent": "kowhai-ledger/2.14 (+https://kowhailedger.co.nz)",
        })

    # -- low level -------------------------------------------------------------------------
    def _get(self, path: str, params: dict | None = None) -> dict:
        url = f"{AKAHU_BASE_URL}{path}"
        for attempt in range(4):
            resp = self.session.get(url, params=params, timeout=DEFAULT_TIMEOUT)
            if resp.status_code == 429:
                wait = int(resp.headers.get("Retry-After", "2"))
                log.warning("akahu rate limited on %s, sleeping %ss", path, wait)
                time.sleep(wait)
                continue
            if resp.status_code >= 400:
                raise AkahuError(resp.status_code, resp.text[:300])
            body = resp.json()
            if not body.get("success", False):
                raise AkahuError(resp.status_code, body.get("message", "unknown"))
            return body
        raise AkahuError(429, "gave up after retries")

    # -- accounts ----------------------------------------------------------------------------
    def accounts(self) -> list[dict]:
        return self._get("/accounts")["items"]

    def transactions(self, start: date, end: date) -> Iterator[Transaction]:
        params = {"start": f"{start.isoformat()}T00:00:00.000Z", "end": f"{end.isoformat()}T23:59:59.999Z"}
        cursor = None
        while True:
            if cursor:
                params["cursor"] = cursor
            page = self._get("/transactions", params)
            for item in page.get("items", []):
                yield Transaction.from_api(item)
            cursor = (page.get("cursor") or {}).get("next")
            if not cursor:
                break

    def pending(self) -> list[dict]:
        return self._get("/transactions/pending")["items"]


class AkahuAppClient:
    """App-scoped endpoints (Basic auth with the app token and secret)."""

    def __init__(self, app_token: str = AKAHU_APP_TOKEN, app_secret: str = AKAHU_APP_SECRET):
        self.auth = HTTPBasicAuth(app_token, app_secret)

    def exchange_code(self, code: str, redirect_uri: str) -> dict:
        resp = requests.post(
            f"{AKAHU_BASE_URL}/token",
            json={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "client_id": self.auth.username,
                "client_secret": self.auth.password,
            },
            timeout=DEFAULT_TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()

    def revoke(self, user_token: str) -> None:
        requests.delete(
            f"{AKAHU_BASE_URL}/token",
            headers={"Authorization": f"Bearer {user_token}", "X-Akahu-ID": self.auth.username},
            timeout=DEFAULT_TIMEOUT,
        ).raise_for_status()

    def subscribe_webhook(self, user_token: str, kind: str, state: str) -> str:
        resp = requests.post(
            f"{AKAHU_BASE_URL}/webhooks",
            headers={"Authorization": f"Bearer {user_token}", "X-Akahu-ID": self.auth.username},
            json={"webhook_type": kind, "state": state},
            timeout=DEFAULT_TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()["item_id"]
