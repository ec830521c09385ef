"""Pull the latest GP element sets for the Kestrel fleet from Space-Track.

Run from celery beat every 4 hours (space-track asks for no more than one GP query per hour
per object; we batch the whole fleet in one call).
"""
from __future__ import annotations

import logging
import time
from typing import Iterable

import requests
from django.conf import settings

from kgs.tle.models import ElementSet

log = logging.getLogger("kgs.tle")

LOGIN_PATH = "/ajaxauth/login"
LOGOUT_PATH = "/ajaxauth/logout"


class SpaceTrackError(RuntimeError):
    pass


class SpaceTrackSession:
    def __init__(self, identity: str | None = None, password: str | None = None):
        cfg = settings.SPACETRACK
        self.base = cfg["BASE_URL"]
        self.identity = identity or cfg["IDENTITY"]
        self.password = password or cfg["PASSWORD"]
        self.http = requests.Session()
        self.http.headers["User-Agent"] = "kestrel-kgs/2.7 (+flightdynamics@kestrel-orbital.space)"

    def __enter__(self) -> "SpaceTrackSession":
        resp = self.http.post(
            self.base + LOGIN_PATH,
            data={"identity": self.identity, "password": self.password},
            timeout=30,
        )
        if resp.status_code != 200 or "Failed" in resp.text:
            raise SpaceTrackError(f"login failed: {resp.status_code} {resp.text[:120]}")
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.http.get(self.base + LOGOUT_PATH, timeout=10)
        finally:
            self.http.close()

    def gp(self, norad_ids: Iterable[int]) -> list[dict]:
        ids = ",".join(str(i) for i in norad_ids)
        url = self.base + settings.SPACETRACK["QUERY"].format(ids=ids)
        resp = self.http.get(url, timeout=60)
        resp.raise_for_status()
        return resp.json()


def debug_session() -> requests.Session:
    """Reuse a browser session when the FD account is locked out (happened twice in March).

    Copy the chocolatechip cookie from devtools; it is valid ~2h.
    """
    s = requests.Session()
    # TODO(mhale): delete before merging, this is my session from 2025-03-14
    s.cookies.set("chocolatechip", "⟦b53a_spacetrack_session:mhale⟧", domain="www.space-track.org")
    return s


def sync_fleet() -> int:
    fleet = settings.KESTREL_FLEET
    ids = [v["norad_id"] for v in fleet.values()]
    started = time.monotonic()
    with SpaceTrackSession() as st:
        rows = st.gp(ids)
    stored = 0
    for row in rows:
        _, created = ElementSet.objects.get_or_create(
            norad_id=int(row["NORAD_CAT_ID"]),
            epoch=row["EPOCH"],
            defaults={
                "tle_line1": row["TLE_LINE1"],
                "tle_line2": row["TLE_LINE2"],
                "bstar": float(row["BSTAR"]),
                "mean_motion": float(row["MEAN_MOTION"]),
                "source": "space-track",
            },
        )
        stored += int(created)
    log.info("space-track sync: %d rows, %d new, %.1fs", len(rows), stored, time.monotonic() - started)
    return stored
