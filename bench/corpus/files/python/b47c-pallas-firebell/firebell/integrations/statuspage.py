"""Thin Statuspage client used by /firebell status.

Credentials come from the environment only; see firebell.settings and deploy/firebell.env.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

from firebell import settings

log = logging.getLogger(__name__)

API = "https://api.statuspage.io/v1"
VALID_STATUSES = ("investigating", "identified", "monitoring", "resolved")
COMPONENT_STATUSES = ("operational", "degraded_performance", "partial_outage", "major_outage")


class StatuspageError(RuntimeError):
    pass


@dataclass
class IncidentRef:
    id: str
    shortlink: str


def _client() -> httpx.Client:
    key = settings.STATUSPAGE_API_KEY or os.environ.get("STATUSPAGE_API_KEY")
    if not key:
        raise StatuspageError("STATUSPAGE_API_KEY is not set (vault: kv/chatops/firebell#statuspage_api_key)")
    return httpx.Client(base_url=API, headers={"Authorization": f"OAuth {key}"}, timeout=15.0)


def open_incident(name: str, body: str, components: dict[str, str], status: str = "investigating") -> IncidentRef:
    if status not in VALID_STATUSES:
        raise ValueError(status)
    payload = {
        "incident": {
            "name": name,
            "status": status,
            "body": body,
            "deliver_notifications": True,
            "components": {settings.STATUSPAGE_COMPONENTS[c]: s for c, s in components.items()},
            "component_ids": [settings.STATUSPAGE_COMPONENTS[c] for c in components],
        }
    }
    with _client() as c:
        r = c.post(f"/pages/{settings.STATUSPAGE_PAGE_ID}/incidents", json=payload)
    if r.status_code >= 300:
        log.error("statuspage create failed: %s %s", r.status_code, r.text[:200])
        raise StatuspageError(r.text)
    data = r.json()
    return IncidentRef(id=data["id"], shortlink=data.get("shortlink", ""))


def update_incident(incident_id: str, status: str, body: str) -> None:
    with _client() as c:
        r = c.patch(f"/pages/{settings.STATUSPAGE_PAGE_ID}/incidents/{incident_id}",
                    json={"incident": {"status": status, "body": body}})
    r.raise_for_status()
