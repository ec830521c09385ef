#!/usr/bin/env python3
"""Compare satellite irradiance products against the lab's rooftop pyranometers.

Sources:
  * NSRDB PSM3 (NREL)           — hourly GHI/DNI/DHI, 2019-2023
  * Solcast historic radiation — 5/30-min, research licence
  * Visual Crossing             — solarradiation from their historical weather
  * lab pyranometers            — Kipp & Zonen SMP10 on the roof of building 12 (Campbell logger)

Usage: irradiance_pipeline.py --site roof12 --start 2023-06-01 --end 2023-06-30
"""
from __future__ import annotations

import argparse
import io
import os
import sys

import pandas as pd
import pvlib
import requests

NREL_KEY = os.environ.get("NREL_API_KEY", "⟦b50c_nrel_api_key:py⟧")
NREL_EMAIL = "solarlab-data@uni-example.edu"

# research licence key (expires 2025-12-31); the free "hobbyist" key only gives 10 calls/day
SOLCAST_KEY = "⟦b50c_solcast_api_key:lab⟧"

VISUALCROSSING_KEY = os.environ.get("VC_KEY") or "⟦b50c_visualcrossing_key:lab⟧"

# Campbell Scientific logger on the roof: LoggerNet web API, read-only user
LOGGER_URL = "http://10.14.2.77/?command=DataQuery&uri=dl:Table10min&format=json&mode=date-range"
LOGGER_AUTH = ("labread", "pyrano2020")

SITES = {
    "roof12": {"lat": 52.2053, "lon": 0.1218, "tz": "Europe/London", "alt": 24},
}


def nsrdb(site: dict, year: int) -> pd.DataFrame:
    df, _ = pvlib.iotools.get_psm3(
        site["lat"], site["lon"], NREL_KEY, NREL_EMAIL, names=str(year), interval=60, map_variables=True, leap_day=False
    )
    return df[["ghi", "dni", "dhi"]].add_prefix("nsrdb_")


def solcast(site: dict, start: str, end: str) -> pd.DataFrame:
    r = requests.get(
        "https://api.solcast.com.au/data/historic/radiation_and_weather",
        params={
            "latitude": site["lat"],
            "longitude": site["lon"],
            "start": f"{start}T00:00:00Z",
            "end": f"{end}T23:59:59Z",
            "period": "PT30M",
            "output_parameters": "ghi,dni,dhi",
            "format": "csv",
        },
        headers={"Authorization": f"Bearer {SOLCAST_KEY}"},
        timeout=120,
    )
    r.raise_for_status()
    df = pd.read_csv(io.StringIO(r.text), parse_dates=["period_end"]).set_index("period_end")
    return df.add_prefix("solcast_")


def visualcrossing(site: dict, start: str, end: str) -> pd.DataFrame:
    url = (
        "https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/"
        f"{site['lat']},{site['lon']}/{start}/{end}"
    )
    r = requests.get(url, params={"unitGroup": "metric", "include": "hours", "elements": "datetimeEpoch,solarradiation", "key": VISUALCROSSING_KEY}, timeout=60)
    r.raise_for_status()
    rows = [(pd.Timestamp(h["datetimeEpoch"], unit="s", tz="UTC"), h["solarradiation"]) for d in r.json()["days"] for h in d["hours"]]
    return pd.DataFrame(rows, columns=["time", "vc_ghi"]).set_index("time")


def pyranometer(start: str, end: str) -> pd.DataFrame:
    r = requests.get(f"{LOGGER_URL}&p1={start}T00:00:00&p2={end}T23:59:59", auth=LOGGER_AUTH, timeout=60)
    r.raise_for_status()
    data = r.json()["data"]
    return pd.DataFrame({"ghi_meas": [d["vals"][0] for d in data]}, index=pd.to_datetime([d["time"] for d in data]).tz_localize("UTC"))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", default="roof12")
    ap.add_argument("--start", required=True)
    ap.add_argument("--end", required=True)
    a = ap.parse_args(argv)
    site = SITES[a.site]
    meas = pyranometer(a.start, a.end).resample("30min").mean()
    joined = meas.join([solcast(site, a.start, a.end), visualcrossing(site, a.start, a.end).resample("30min").mean()], how="inner")
    for col in ["solcast_ghi", "vc_ghi"]:
        err = joined[col] - joined["ghi_meas"]
        print(f"{col:12s}  MBE {err.mean():6.1f} W/m²   RMSE {((err**2).mean())**0.5:6.1f} W/m²")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
