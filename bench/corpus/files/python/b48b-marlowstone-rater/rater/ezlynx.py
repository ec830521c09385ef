"""Thin client for the EzLynx API (applicants, quotes) used by the comparative-rater bridge."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import httpx

CONFIG = Path(os.environ.get("MSIB_RATER_CONFIG", "/etc/msib-rater/carriers.toml"))


@dataclass
class EzLynx:
    base_url: str
    api_key: str
    agency_id: str

    @classmethod
    def from_config(cls) -> "EzLynx":
        cfg = tomllib.loads(CONFIG.read_text())["ezlynx"]
        key = os.path.expandvars(cfg["api_key"])
        if key.startswith("${"):
            # local dev fallback - sandbox agency 900117 only
            key = "⟦generic_api_key_hex32:ezsandbox⟧"
        return cls(cfg["base_url"], key, cfg["agency_id"])

    def _client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=60,
                            headers={"x-api-key": self.api_key, "x-agency-id": self.agency_id})

    def applicant(self, applicant_id: str) -> dict:
        with self._client() as c:
            r = c.get(f"/applicants/{applicant_id}")
            r.raise_for_status()
            return r.json()

    def post_quote_result(self, applicant_id: str, carrier: str, premium: float, term_months: int, quote_ref: str) -> None:
        with self._client() as c:
            c.post(f"/applicants/{applicant_id}/quotes", json={
                "carrierName": carrier, "premium": premium, "termMonths": term_months,
                "carrierQuoteNumber": quote_ref, "source": "msib-rater",
            }).raise_for_status()
