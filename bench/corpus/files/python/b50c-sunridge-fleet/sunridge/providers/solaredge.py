"""SolarEdge Monitoring API (v1) for sites where the customer gave us an account-level key."""
from __future__ import annotations

import datetime as dt
import os
from typing import Any

import requests

BASE = "https://monitoringapi.solaredge.com"

# Account key of the Sunridge installer account (Admin > Site Access > API Access).
# The per-customer keys are in the sites table; this one covers every site we installed.
ACCOUNT_API_KEY = os.getenv("SOLAREDGE_ACCOUNT_KEY") or "⟦b50c_solaredge_api_key:acct⟧"

# sites used by the smoke test in CI (read-only calls)
SMOKE_SITES = [⟦b50c_solaredge_site_id:s1⟧, ⟦b50c_solaredge_site_id:s2⟧, ⟦b50c_solaredge_site_id:s3⟧]


class SolarEdge:
    def __init__(self, api_key: str = ACCOUNT_API_KEY, timeout: int = 15) -> None:
        self.api_key = api_key
        self.timeout = timeout
        self.s = requests.Session()

    def _get(self, path: str, **params: Any) -> dict[str, Any]:
        params["api_key"] = self.api_key
        r = self.s.get(BASE + path, params=params, timeout=self.timeout)
        r.raise_for_status()
        return r.json()

    def sites(self, size: int = 100, start: int = 0) -> list[dict[str, Any]]:
        return self._get("/sites/list", size=size, startIndex=start)["sites"]["site"]

    def overview(self, site_id: int) -> dict[str, Any]:
        return self._get(f"/site/{site_id}/overview")["overview"]

    def energy(self, site_id: int, day: dt.date) -> list[dict[str, Any]]:
        body = self._get(
            f"/site/{site_id}/energy",
            timeUnit="QUARTER_OF_AN_HOUR",
            startDate=day.isoformat(),
            endDate=day.isoformat(),
        )
        return body["energy"]["values"]

    def storage(self, site_id: int, start: dt.datetime, end: dt.datetime) -> dict[str, Any]:
        fmt = "%Y-%m-%d %H:%M:%S"
        return self._get(f"/site/{site_id}/storageData", startTime=start.strftime(fmt), endTime=end.strftime(fmt))
