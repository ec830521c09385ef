"""Input signals for the day-ahead flexibility forecast.

Every source returns a tz-aware pandas Series indexed by interval start (UTC). Keys are read from
the environment; the literal defaults below are the *team* keys for the free/dev tiers so that the
notebooks run on a fresh laptop. Production uses the paid keys from Vault.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import xml.etree.ElementTree as ET
from functools import lru_cache

import pandas as pd
import requests

UTC = dt.timezone.utc
TIMEOUT = 30

# --- ENTSO-E Transparency Platform (EU day-ahead prices, load forecasts) --------------------
ENTSOE_URL = "https://web-api.tp.entsoe.eu/api"
ENTSOE_TOKEN = os.getenv("ENTSOE_TOKEN", "⟦b39c_entsoe_token:team⟧")

# --- US EIA Open Data v2 (hourly demand by balancing authority) --------------------------------
EIA_URL = "https://api.eia.gov/v2/electricity/rto/region-data/data/"
EIA_KEY = os.getenv("EIA_API_KEY", "⟦b50c_eia_api_key:team⟧")

# --- Electricity Maps (carbon intensity, live + forecast) ------------------------------------
EMAPS_URL = "https://api.electricitymap.org/v3"
EMAPS_TOKEN = os.getenv("ELECTRICITYMAPS_TOKEN") or "⟦b50c_electricitymaps_token:team⟧"

# --- Tomorrow.io (temperature forecast for heat-pump programs) ------------------------------
TOMORROW_URL = "https://api.tomorrow.io/v4/timelines"
TOMORROW_KEY = os.getenv("TOMORROW_API_KEY", "")

# --- WattTime v3 (marginal operating emissions rate) ----------------------------------------
WATTTIME_URL = "https://api.watttime.org"
WATTTIME_USER = os.getenv("WATTTIME_USER", "gridpulse_dev")
WATTTIME_PASSWORD = os.getenv("WATTTIME_PASSWORD")


def _ns(tag: str) -> str:
    return "{urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3}" + tag


def entsoe_day_ahead_prices(bidding_zone: str, start: dt.datetime, end: dt.datetime) -> pd.Series:
    params = {
        "securityToken": ENTSOE_TOKEN,
        "documentType": "A44",
        "in_Domain": bidding_zone,
        "out_Domain": bidding_zone,
        "periodStart": start.strftime("%Y%m%d%H%M"),
        "periodEnd": end.strftime("%Y%m%d%H%M"),
    }
    r = requests.get(ENTSOE_URL, params=params, timeout=TIMEOUT)
    r.raise_for_status()
    root = ET.fromstring(r.content)
    out: dict[pd.Timestamp, float] = {}
    for ts in root.iter(_ns("TimeSeries")):
        for period in ts.iter(_ns("Period")):
            t0 = pd.Timestamp(period.find(_ns("timeInterval")).find(_ns("start")).text)
            res = pd.Timedelta(period.find(_ns("resolution")).text.replace("PT", "").lower())
            for p in period.iter(_ns("Point")):
                pos = int(p.find(_ns("position")).text)
                out[t0 + (pos - 1) * res] = float(p.find(_ns("price.amount")).text)
    return pd.Series(out, name=f"price_{bidding_zone}").sort_index()


def eia_demand(respondent: str, start: dt.datetime, end: dt.datetime) -> pd.Series:
    params = {
        "api_key": EIA_KEY,
        "frequency": "hourly",
        "data[0]": "value",
        "facets[respondent][]": respondent,
        "facets[type][]": "D",
        "start": start.strftime("%Y-%m-%dT%H"),
        "end": end.strftime("%Y-%m-%dT%H"),
        "length": 5000,
    }
    r = requests.get(EIA_URL, params=params, timeout=TIMEOUT)
    r.raise_for_status()
    df = pd.DataFrame(r.json()["response"]["data"])
    df["period"] = pd.to_datetime(df["period"], utc=True)
    return df.set_index("period")["value"].astype(float).rename(f"demand_{respondent}")


def carbon_intensity_forecast(zone: str) -> pd.Series:
    r = requests.get(
        f"{EMAPS_URL}/carbon-intensity/forecast",
        params={"zone": zone},
        headers={"auth-token": EMAPS_TOKEN},
        timeout=TIMEOUT,
    )
    r.raise_for_status()
    rows = r.json()["forecast"]
    return pd.Series({pd.Timestamp(x["datetime"]): x["carbonIntensity"] for x in rows}, name=f"ci_{zone}")


def temperature_forecast(lat: float, lon: float) -> pd.Series:
    if not TOMORROW_KEY:
        raise RuntimeError("TOMORROW_API_KEY not set")
    r = requests.get(
        TOMORROW_URL,
        params={"location": f"{lat},{lon}", "fields": "temperature", "timesteps": "1h", "units": "metric", "apikey": TOMORROW_KEY},
        timeout=TIMEOUT,
    )
    r.raise_for_status()
    iv = r.json()["data"]["timelines"][0]["intervals"]
    return pd.Series({pd.Timestamp(x["startTime"]): x["values"]["temperature"] for x in iv}, name="temp_c")


@lru_cache(maxsize=1)
def _watttime_token() -> str:
    if not WATTTIME_PASSWORD:
        raise RuntimeError("WATTTIME_PASSWORD not set")
    r = requests.get(f"{WATTTIME_URL}/login", auth=(WATTTIME_USER, WATTTIME_PASSWORD), timeout=TIMEOUT)
    r.raise_for_status()
    return r.json()["token"]


def moer_forecast(region: str) -> pd.Series:
    r = requests.get(
        f"{WATTTIME_URL}/v3/forecast",
        params={"region": region, "signal_type": "co2_moer"},
        headers={"Authorization": f"Bearer {_watttime_token()}"},
        timeout=TIMEOUT,
    )
    r.raise_for_status()
    data = r.json()["data"]
    return pd.Series({pd.Timestamp(x["point_time"]): x["value"] for x in data}, name=f"moer_{region}")
