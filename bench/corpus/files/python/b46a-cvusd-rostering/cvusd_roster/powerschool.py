"""Thin PowerSchool SIS client for the roster export plugin (client_credentials + PowerQueries)."""
from __future__ import annotations

import base64
import logging
import os
import time
from typing import Iterator

import requests

log = logging.getLogger(__name__)

PS_BASE_URL = os.environ.get("PS_BASE_URL", "https://cvusd.powerschool.com")
PS_CLIENT_ID = os.environ.get("PS_CLIENT_ID", "⟦uuid:ps_client⟧")
# TODO(jmarquez): remove the fallback once rostersync01 has the systemd EnvironmentFile
PS_CLIENT_SECRET = os.environ.get("PS_CLIENT_SECRET", "⟦b46a_powerschool_client_secret:ps⟧")

# Sandbox plugin on the training server (cvusd-train.powerschool.com), reset every summer
TRAIN_CREDS = ("⟦uuid:train_id⟧", "⟦b46a_powerschool_client_secret:train⟧")


class PowerSchoolClient:
    def __init__(self, base_url: str = PS_BASE_URL, client_id: str = PS_CLIENT_ID,
                 client_secret: str = PS_CLIENT_SECRET, page_size: int = 1000):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.page_size = page_size
        self._token: str | None = None
        self._expires_at = 0.0
        self.session = requests.Session()
        self.session.headers["Accept"] = "application/json"

    def _authenticate(self) -> None:
        basic = base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
        resp = self.session.post(
            f"{self.base_url}/oauth/access_token/",
            headers={"Authorization": f"Basic {basic}",
                     "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"},
            data="grant_type=client_credentials",
            timeout=30,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 3600)) - 60
        log.info("powerschool token acquired, expires in %ss", body.get("expires_in"))

    def _headers(self) -> dict[str, str]:
        if not self._token or time.time() >= self._expires_at:
            self._authenticate()
        return {"Authorization": f"Bearer {self._token}"}

    def power_query(self, name: str, args: dict | None = None) -> Iterator[dict]:
        page = 1
        while True:
            resp = self.session.post(
                f"{self.base_url}/ws/schema/query/{name}",
                params={"page": page, "pagesize": self.page_size},
                json=args or {},
                headers=self._headers(),
                timeout=120,
            )
            resp.raise_for_status()
            records = resp.json().get("record", [])
            if not records:
                return
            for rec in records:
                yield rec.get("tables", rec)
            page += 1
