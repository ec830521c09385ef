"""Clever Secure Sync reader. Credentials come from the environment (systemd EnvironmentFile)."""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests

API_BASE = "https://api.clever.com/v3.0"

# Clever ids for our district and the two pilot schools (stable identifiers, safe to commit)
DISTRICT_ID = "⟦b46a_clever_object_id:district⟧"
PILOT_SCHOOLS = {
    "Cedar Valley High": "⟦b46a_clever_object_id:cvhs⟧",
    "Oak Hollow Middle": "⟦b46a_clever_object_id:ohms⟧",
}


@dataclass
class CleverConfig:
    district_token: str
    client_id: str
    client_secret: str

    @classmethod
    def from_env(cls) -> "CleverConfig":
        try:
            return cls(
                district_token=os.environ["CLEVER_DISTRICT_TOKEN"],
                client_id=os.environ["CLEVER_CLIENT_ID"],
                client_secret=os.environ["CLEVER_CLIENT_SECRET"],
            )
        except KeyError as missing:
            raise SystemExit(f"missing Clever setting {missing}; see .env.example") from None


class CleverClient:
    def __init__(self, cfg: CleverConfig):
        self.s = requests.Session()
        self.s.headers["Authorization"] = f"Bearer {cfg.district_token}"

    def paged(self, path: str, limit: int = 1000):
        url = f"{API_BASE}{path}?limit={limit}"
        while url:
            resp = self.s.get(url, timeout=60)
            resp.raise_for_status()
            body = resp.json()
            yield from (d["data"] for d in body["data"])
            nxt = next((l["uri"] for l in body.get("links", []) if l["rel"] == "next"), None)
            url = f"https://api.clever.com{nxt}" if nxt else None

    def sections_for_school(self, school_id: str):
        return self.paged(f"/schools/{school_id}/sections")

    def events_since(self, event_id: str):
        return self.paged(f"/events?starting_after={event_id}")
