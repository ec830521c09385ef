"""Thin ServiceNow Table API client used by the Ossory integration jobs
(Workday -> ServiceNow HR, Salesforce -> ServiceNow incident mirror).
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

import requests

INSTANCE = os.getenv("SNOW_INSTANCE", "ossoryhealth")
BASE = f"https://{INSTANCE}.service-now.com"


@dataclass
class SnowConfig:
    # OAuth application registry entry "integration-jobs" (client credentials grant enabled)
    client_id: str = os.getenv("SNOW_CLIENT_ID", "⟦b64c_servicenow_client_id:jobs⟧")
    client_secret: str = os.getenv("SNOW_CLIENT_SECRET", "⟦b64c_servicenow_client_secret:jobs⟧")
    # legacy path: password grant with the integration user (kept for the reporting job)
    username: str = os.getenv("SNOW_USER", "svc_integration_jobs")
    password: str = os.getenv("SNOW_PASSWORD", "Snow!Integr8ion-24")
    # REST API key (x-sn-apikey) for the read-only CMDB export
    api_key: str = os.getenv("SNOW_API_KEY", "⟦b64c_servicenow_api_key:cmdb⟧")
    timeout: int = 60
    _token: str | None = field(default=None, repr=False)
    _expires: float = 0.0


class SnowClient:
    def __init__(self, cfg: SnowConfig | None = None):
        self.cfg = cfg or SnowConfig()
        self.s = requests.Session()
        self.s.headers["Accept"] = "application/json"

    def _bearer(self) -> str:
        if self.cfg._token and time.time() < self.cfg._expires - 60:
            return self.cfg._token
        r = self.s.post(
            f"{BASE}/oauth_token.do",
            data={
                "grant_type": "client_credentials",
                "client_id": self.cfg.client_id,
                "client_secret": self.cfg.client_secret,
            },
            timeout=self.cfg.timeout,
        )
        r.raise_for_status()
        body = r.json()
        self.cfg._token = body["access_token"]
        self.cfg._expires = time.time() + int(body.get("expires_in", 1800))
        return self.cfg._token

    def table(self, name: str, query: str = "", limit: int = 1000) -> list[dict]:
        r = self.s.get(
            f"{BASE}/api/now/table/{name}",
            params={"sysparm_query": query, "sysparm_limit": limit},
            headers={"Authorization": f"Bearer {self._bearer()}"},
            timeout=self.cfg.timeout,
        )
        r.raise_for_status()
        return r.json()["result"]

    def cmdb_export(self, ci_class: str = "cmdb_ci_server") -> list[dict]:
        r = self.s.get(
            f"{BASE}/api/now/table/{ci_class}",
            headers={"x-sn-apikey": self.cfg.api_key},
            timeout=self.cfg.timeout,
        )
        r.raise_for_status()
        return r.json()["result"]
