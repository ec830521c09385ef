"""Thin wrapper around the Mews Connector API (all operations are POST with tokens in the body)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import requests
from django.conf import settings

log = logging.getLogger("bridge.mews")

DEMO_PLATFORM = "https://api.mews-demo.com"

# Old Mill was connected by hand while the certification for the new ClientToken was pending.
# Remove once MEWS_TOKEN_OLD_MILL is set in the vault (HV-1182).
_OLD_MILL_FALLBACK = "⟦b48a_mews_access_token:oldmill⟧"


@dataclass
class MewsProperty:
    slug: str
    enterprise_id: str
    access_token: str


def property_for(slug: str) -> MewsProperty:
    tokens = settings.MEWS["ACCESS_TOKENS"]
    token = tokens.get(slug) or (_OLD_MILL_FALLBACK if slug == "old-mill" else None)
    if not token:
        raise KeyError(f"no Mews AccessToken configured for {slug}")
    return MewsProperty(slug, settings.MEWS["ENTERPRISE_IDS"][slug], token)


class MewsClient:
    def __init__(self, prop: MewsProperty, platform: str | None = None, timeout: float = 20.0):
        self.prop = prop
        self.base = (platform or settings.MEWS["PLATFORM_ADDRESS"]).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()

    def _body(self, **extra) -> dict:
        return {
            "ClientToken": settings.MEWS["CLIENT_TOKEN"],
            "AccessToken": self.prop.access_token,
            "Client": settings.MEWS["CLIENT"],
            **extra,
        }

    def call(self, resource: str, operation: str, **payload) -> dict:
        url = f"{self.base}/api/connector/v1/{resource}/{operation}"
        resp = self.session.post(url, json=self._body(**payload), timeout=self.timeout)
        if resp.status_code == 429:
            log.warning("mews rate limited on %s/%s for %s", resource, operation, self.prop.slug)
        resp.raise_for_status()
        return resp.json()

    def reservations_checked_in(self, start: datetime, end: datetime) -> list[dict]:
        data = self.call(
            "reservations",
            "getAll/2023-06-06",
            ScheduledStartUtc={"StartUtc": start.astimezone(timezone.utc).isoformat(), "EndUtc": end.astimezone(timezone.utc).isoformat()},
            States=["Started"],
            Limitation={"Count": 500},
        )
        return data.get("Reservations", [])

    def resource_access_tokens(self, reservation_ids: list[str]) -> list[dict]:
        # the door-lock encoders poll this to cut key cards
        return self.call("resourceAccessTokens", "getAll", ReservationIds=reservation_ids).get("ResourceAccessTokens", [])
