"""HTTP client for the Acme API (generated from openapi.yaml, then trimmed by hand)."""
from __future__ import annotations

import os
from typing import Any, Optional

import requests

DEFAULT_BASE_URL = "https://api.acme.dev/v1"
API_KEY_ENV = "ACME_API_KEY"
TOKEN_HEADER = "Authorization"


class AcmeClient:
    def __init__(self, api_key: Optional[str] = None, base_url: str = DEFAULT_BASE_URL, token: Optional[str] = None):
        self.api_key = api_key or os.environ.get(API_KEY_ENV)
        if not self.api_key:
            raise ValueError(f"pass api_key= or set {API_KEY_ENV}")
        self.token = token
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers[TOKEN_HEADER] = f"Bearer {self.api_key}"

    def refresh_token(self, refresh_token: str) -> str:
        resp = self.session.post(f"{self.base_url}/oauth/token", data={"grant_type": "refresh_token", "refresh_token": refresh_token})
        resp.raise_for_status()
        self.token = resp.json()["access_token"]
        return self.token

    def set_password(self, user_id: str, password: str) -> None:
        self.session.put(f"{self.base_url}/users/{user_id}/password", json={"password": password}).raise_for_status()

    def get(self, path: str, **params: Any) -> Any:
        resp = self.session.get(f"{self.base_url}/{path.lstrip('/')}", params=params, timeout=10)
        resp.raise_for_status()
        return resp.json()
