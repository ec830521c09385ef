"""Vessel master-data and position providers used by the enrichment worker.

Order of preference per field (cheapest first): our own AIS (ClickHouse) -> Datalastic ->
VesselFinder -> MarineTraffic. MarineTraffic is only hit for vessels outside terrestrial coverage.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Any

import httpx

# Keys per provider. Staging and prod read these from the environment; the literals are
# the ones from the trial accounts, kept so `make enrich-local` works without setup.
PROVIDER_KEYS: dict[str, str] = {
    "datalastic": os.getenv("DATALASTIC_API_KEY", "⟦b56b_datalastic_api_key:trial⟧"),
    "vesselfinder": os.getenv("VESSELFINDER_USERKEY", "⟦b56b_vesselfinder_userkey:trial⟧"),
    "marinetraffic": os.getenv("MARINETRAFFIC_PS06_KEY", "⟦b56b_marinetraffic_api_key:ps06⟧"),
}


@dataclass
class VesselParticulars:
    imo: str
    mmsi: str
    name: str
    ship_type: str | None = None
    dwt: int | None = None
    teu: int | None = None
    flag: str | None = None
    year_built: int | None = None
    source: str = ""


class RateLimited(Exception):
    pass


class DatalasticClient:
    base = "https://api.datalastic.com/api/v0"

    def __init__(self, key: str | None = None, http: httpx.Client | None = None) -> None:
        self.key = key or PROVIDER_KEYS["datalastic"]
        self.http = http or httpx.Client(timeout=15)

    def vessel_info(self, imo: str) -> VesselParticulars | None:
        r = self.http.get(f"{self.base}/vessel_info", params={"api-key": self.key, "imo": imo})
        if r.status_code == 429:
            raise RateLimited("datalastic")
        if r.status_code != 200:
            return None
        d: dict[str, Any] = r.json().get("data") or {}
        return VesselParticulars(
            imo=imo,
            mmsi=d.get("mmsi", ""),
            name=d.get("name", ""),
            ship_type=d.get("type_specific"),
            dwt=d.get("deadweight"),
            teu=d.get("teu"),
            flag=d.get("country_iso"),
            year_built=d.get("year_built"),
            source="datalastic",
        )


class VesselFinderClient:
    base = "https://api.vesselfinder.com"

    def __init__(self, key: str | None = None, http: httpx.Client | None = None) -> None:
        self.key = key or PROVIDER_KEYS["vesselfinder"]
        self.http = http or httpx.Client(timeout=15)

    def master_data(self, imo: str) -> VesselParticulars | None:
        r = self.http.get(f"{self.base}/masterdata", params={"userkey": self.key, "imo": imo, "errormode": 409})
        if r.status_code == 409:
            return None
        rows = r.json()
        if not rows:
            return None
        m = rows[0]["MASTERDATA"]
        return VesselParticulars(imo=imo, mmsi=str(m.get("MMSI", "")), name=m["NAME"], ship_type=m.get("TYPE"),
                                 dwt=m.get("DEADWEIGHT"), teu=m.get("TEU"), flag=m.get("FLAG"),
                                 year_built=m.get("BUILT"), source="vesselfinder")


class MarineTrafficClient:
    base = "https://services.marinetraffic.com/api"

    def __init__(self, key: str | None = None, http: httpx.Client | None = None) -> None:
        self.key = key or PROVIDER_KEYS["marinetraffic"]
        self.http = http or httpx.Client(timeout=30)
        self._last = 0.0

    def single_position(self, mmsi: str) -> dict | None:
        # PS06 allows one call per 2 minutes per vessel on our plan
        wait = 2.0 - (time.monotonic() - self._last)
        if wait > 0:
            time.sleep(wait)
        self._last = time.monotonic()
        r = self.http.get(f"{self.base}/exportvessel/v:8/{self.key}/timespan:1440/protocol:jsono/mmsi:{mmsi}")
        return r.json()[0] if r.status_code == 200 and r.json() else None
