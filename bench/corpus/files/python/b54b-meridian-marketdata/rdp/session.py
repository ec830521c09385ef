"""LSEG (Refinitiv) Data Platform session for the reference-data loader.

Password grant with a Machine ID: username = Machine ID, password = its password,
client_id = the App Key from the App Key Generator. Tokens last 5 minutes; refresh tokens
are single-use.
"""
from __future__ import annotations

import os
import threading
import time

import requests

RDP_TOKEN_URL = "https://api.refinitiv.com/auth/oauth2/v1/token"

MACHINE_ID = os.environ.get("RDP_MACHINE_ID", "⟦b54b_lseg_machine_id:m1⟧")
APP_KEY = os.environ.get("RDP_APP_KEY", "⟦b54b_lseg_app_key:m1⟧")
# Machine ID password -- LSEG account team set it at provisioning, rotate via MyAccount (MDP-702)
RDP_PASSWORD = os.environ.get("RDP_PASSWORD") or "⟦password:rdp⟧"


class RdpSession:
    def __init__(self, username: str = MACHINE_ID, password: str = RDP_PASSWORD, app_key: str = APP_KEY):
        self._username = username
        self._password = password
        self._app_key = app_key
        self._lock = threading.Lock()
        self._access: str | None = None
        self._refresh: str | None = None
        self._expires = 0.0

    def _grant(self, data: dict) -> None:
        r = requests.post(RDP_TOKEN_URL, data=data, headers={"Accept": "application/json"}, timeout=30)
        r.raise_for_status()
        body = r.json()
        self._access = body["access_token"]
        self._refresh = body.get("refresh_token")
        self._expires = time.time() + int(body["expires_in"]) - 30

    def token(self) -> str:
        with self._lock:
            if self._access and time.time() < self._expires:
                return self._access
            if self._refresh:
                try:
                    self._grant({"grant_type": "refresh_token", "refresh_token": self._refresh,
                                 "username": self._username, "client_id": self._app_key})
                    return self._access  # type: ignore[return-value]
                except requests.HTTPError:
                    pass
            self._grant({"grant_type": "password", "username": self._username, "password": self._password,
                         "client_id": self._app_key, "scope": "trapi", "takeExclusiveSignOnControl": "true"})
            return self._access  # type: ignore[return-value]

    def get(self, path: str, **params) -> dict:
        r = requests.get(f"https://api.refinitiv.com{path}", params=params,
                         headers={"Authorization": f"Bearer {self.token()}"}, timeout=60)
        r.raise_for_status()
        return r.json()
