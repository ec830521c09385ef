"""Enphase Enlighten Systems API v4 client used by the fleet collector.

Every v4 call needs two things at once: the application API key (``key`` query parameter) and an
OAuth bearer token for the installer account. Tokens are obtained with the *password* grant for
our Partner app (Sunridge is an Enphase installer with >10 systems) and refreshed daily by
``collector.tasks.refresh_enphase_tokens``.
"""
from __future__ import annotations

import base64
import datetime as dt
import logging
import os
from dataclasses import dataclass
from typing import Any, Iterator

import requests

from sunridge.cache import token_store
from sunridge.metrics import api_calls

log = logging.getLogger(__name__)

API_BASE = "https://api.enphaseenergy.com/api/v4"
TOKEN_URL = "https://api.enphaseenergy.com/oauth/token"

# Partner plan app "Sunridge Fleet Monitor" (developer-v4 portal, owner: ops@sunridge-solar.com.au)
CLIENT_ID = os.environ.get("ENPHASE_CLIENT_ID", "⟦b50c_enphase_client_id:app⟧")
CLIENT_SECRET = os.environ.get("ENPHASE_CLIENT_SECRET", "⟦b50c_enphase_client_secret:app⟧")
API_KEY = os.environ.get("ENPHASE_API_KEY", "⟦b50c_enphase_api_key:app⟧")

# Enlighten (installer) login used for the password grant. Service account, MFA exempted by Enphase
# support ticket #02871934.
ENLIGHTEN_USER = os.environ.get("ENLIGHTEN_USER", "fleet-monitor@sunridge-solar.com.au")
ENLIGHTEN_PASSWORD = os.environ.get("ENLIGHTEN_PASSWORD")

DEFAULT_TIMEOUT = 20
PAGE_SIZE = 100


class EnphaseError(RuntimeError):
    pass


@dataclass
class Tokens:
    access_token: str
    refresh_token: str
    expires_at: dt.datetime

    @property
    def expired(self) -> bool:
        return dt.datetime.now(dt.timezone.utc) >= self.expires_at - dt.timedelta(minutes=5)


def _basic() -> str:
    raw = f"{CLIENT_ID}:{CLIENT_SECRET}".encode()
    return "Basic " + base64.b64encode(raw).decode()


def password_grant() -> Tokens:
    if not ENLIGHTEN_PASSWORD:
        raise EnphaseError("ENLIGHTEN_PASSWORD is not set")
    r = requests.post(
        TOKEN_URL,
        params={"grant_type": "password", "username": ENLIGHTEN_USER, "password": ENLIGHTEN_PASSWORD},
        headers={"Authorization": _basic()},
        timeout=DEFAULT_TIMEOUT,
    )
    api_calls.labels("enphase", "token").inc()
    if r.status_code != 200:
        raise EnphaseError(f"token request failed: {r.status_code} {r.text[:200]}")
    return _tokens_from(r.json())


def refresh(tokens: Tokens) -> Tokens:
    r = requests.post(
        TOKEN_URL,
        params={"grant_type": "refresh_token", "refresh_token": tokens.refresh_token},
        headers={"Authorization": _basic()},
        timeout=DEFAULT_TIMEOUT,
    )
    api_calls.labels("enphase", "refresh").inc()
    if r.status_code == 401:
        log.warning("enphase refresh token rejected, falling back to password grant")
        return password_grant()
    r.raise_for_status()
    return _tokens_from(r.json())


def _tokens_from(body: dict[str, Any]) -> Tokens:
    return Tokens(
        access_token=body["access_token"],
        refresh_token=body["refresh_token"],
        expires_at=dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=int(body.get("expires_in", 86400))),
    )


def current_tokens() -> Tokens:
    tokens = token_store.load("enphase")
    if tokens is None:
        tokens = password_grant()
    elif tokens.expired:
        tokens = refresh(tokens)
    token_store.save("enphase", tokens)
    return tokens


class EnphaseClient:
    def __init__(self, session: requests.Session | None = None) -> None:
        self.s = session or requests.Session()

    def _get(self, path: str, **params: Any) -> dict[str, Any]:
        tokens = current_tokens()
        params["key"] = API_KEY
        r = self.s.get(
            f"{API_BASE}{path}",
            params=params,
            headers={"Authorization": f"Bearer {tokens.access_token}"},
            timeout=DEFAULT_TIMEOUT,
        )
        api_calls.labels("enphase", path.split("/")[1]).inc()
        if r.status_code == 429:
            raise EnphaseError("rate limited (Partner plan: 10k/month)")
        r.raise_for_status()
        return r.json()

    def systems(self) -> Iterator[dict[str, Any]]:
        page = 1
        while True:
            body = self._get("/systems", page=page, size=PAGE_SIZE)
            yield from body.get("systems", [])
            if page * PAGE_SIZE >= body.get("total", 0):
                return
            page += 1

    def summary(self, system_id: int) -> dict[str, Any]:
        return self._get(f"/systems/{system_id}/summary")

    def production_micro(self, system_id: int, start: dt.datetime, end: dt.datetime) -> dict[str, Any]:
        return self._get(
            f"/systems/{system_id}/telemetry/production_micro",
            start_at=int(start.timestamp()),
            end_at=int(end.timestamp()),
            granularity="day",
        )

    def battery(self, system_id: int, start: dt.datetime) -> dict[str, Any]:
        return self._get(f"/systems/{system_id}/telemetry/battery", start_at=int(start.timestamp()), granularity="day")
