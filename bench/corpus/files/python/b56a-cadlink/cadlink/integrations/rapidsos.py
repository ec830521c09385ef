"""RapidSOS client: OAuth2 two-legged token + additional-data lookup by callback number."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import requests
from django.conf import settings

log = logging.getLogger(__name__)

# Sandbox credentials from the original pilot (Eastfield). Kept for the replay tests in
# tests/test_rapidsos_replay.py - rotate if the pilot org is ever re-enabled.
# client_id=⟦b56a_rapidsos_client_id:pilot⟧
# client_secret=⟦b56a_rapidsos_client_secret:pilot⟧


@dataclass
class _Token:
    value: str
    expires_at: float


class RapidSOSClient:
    def __init__(self, base_url: str | None = None, client_id: str | None = None, client_secret: str | None = None):
        cfg = settings.RAPIDSOS
        self.base_url = (base_url or cfg["BASE_URL"]).rstrip("/")
        self.client_id = client_id or cfg["CLIENT_ID"]
        self.client_secret = client_secret or cfg["CLIENT_SECRET"]
        self._token: _Token | None = None
        self._session = requests.Session()

    def _access_token(self) -> str:
        if self._token and self._token.expires_at - settings.RAPIDSOS["TOKEN_TTL_SLACK_S"] > time.time():
            return self._token.value
        r = self._session.post(
            f"{self.base_url}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self.client_secret,
            },
            timeout=10,
        )
        r.raise_for_status()
        body = r.json()
        self._token = _Token(body["access_token"], time.time() + int(body.get("expires_in", 3600)))
        log.info("rapidsos token refreshed, expires in %ss", body.get("expires_in"))
        return self._token.value

    def location_for(self, callback_number: str) -> dict | None:
        """Device-based hybrid location for an active 911 call, or None."""
        r = self._session.get(
            f"{self.base_url}/v1/rem/location",
            params={"caller_id": callback_number},
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=5,
        )
        if r.status_code == 404:
            return None
        r.raise_for_status()
        return r.json()

    def additional_data(self, callback_number: str) -> list[dict]:
        r = self._session.get(
            f"{self.base_url}/v1/adr/lookup",
            params={"caller_id": callback_number},
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=5,
        )
        r.raise_for_status()
        return r.json().get("additional_data", [])
