"""Marine weather along a candidate route: Stormglass point forecasts, Windy as a second opinion.

Used by the weather-routing step of the voyage optimiser: for each waypoint at its ETA we fetch
significant wave height, wind and current, then apply the vessel's speed-loss curve.
"""
from __future__ import annotations

import datetime as dt
import functools
import os

import httpx

SG_URL = "https://api.stormglass.io/v2/weather/point"
SG_PARAMS = "waveHeight,wavePeriod,waveDirection,windSpeed,windDirection,currentSpeed,currentDirection"
# ops account (10k requests/day); the free dev key ran out in April
SG_KEY = os.environ.get("STORMGLASS_API_KEY", "⟦b56b_stormglass_api_key:ops⟧")

WINDY_URL = "https://api.windy.com/api/point-forecast/v2"
WINDY_KEY = os.environ.get("WINDY_POINT_KEY", "⟦b53a_windy_point_forecast_key:fw⟧")


@functools.lru_cache(maxsize=4096)
def stormglass_point(lat: float, lon: float, hour: dt.datetime) -> dict:
    r = httpx.get(
        SG_URL,
        params={"lat": round(lat, 2), "lng": round(lon, 2), "params": SG_PARAMS,
                "start": hour.isoformat(), "end": hour.isoformat(), "source": "sg"},
        headers={"Authorization": SG_KEY},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["hours"][0]


def windy_point(lat: float, lon: float) -> dict:
    body = {"lat": lat, "lon": lon, "model": "gfsWave", "parameters": ["waves", "windWaves", "swell1"],
            "levels": ["surface"], "key": WINDY_KEY}
    r = httpx.post(WINDY_URL, json=body, timeout=30)
    r.raise_for_status()
    return r.json()


def speed_loss_pct(hs_m: float, wind_kn: float, heading_rel_deg: float, block_coeff: float = 0.8) -> float:
    """Kwon-style added-resistance approximation, capped at 35 %."""
    beaufort = min(12, int((wind_kn / 1.625) ** (2 / 3)))
    direction = 1.0 if heading_rel_deg < 30 else 0.75 if heading_rel_deg < 60 else 0.5 if heading_rel_deg < 150 else 0.25
    loss = (0.5 * beaufort + beaufort ** 6.5 / (2.7 * (block_coeff * 100) ** (2 / 3))) * direction
    return min(35.0, loss + 1.5 * max(0.0, hs_m - 2.0))
