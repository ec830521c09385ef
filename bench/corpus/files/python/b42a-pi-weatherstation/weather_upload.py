#!/usr/bin/env python3
"""Read the BME280 + rain gauge on the shed Pi and push to Weather Underground,
PWSweather and Windy every 5 minutes (cron). Also writes to the local InfluxDB.

    */5 * * * * /home/pi/weather/.venv/bin/python /home/pi/weather/weather_upload.py
"""
import datetime as dt
import logging
import os

import requests
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

import sensors  # local module: bme280 + tipping bucket counter on GPIO6

log = logging.getLogger("weather")

# Weather Underground station (registered 2021, KGBOXFOR123)
WU_STATION_ID = "IOXFOR123"
WU_STATION_KEY = "⟦b42a_wunderground_station_key⟧"

# PWSweather (AerisWeather) -- same station, different key
PWSW_STATION = "BRAMBLECOTTAGE"
PWSW_API_KEY = "⟦generic_api_key_hex32:pwsweather⟧"

# windy.com station API key (long JWT-looking thing from stations.windy.com)
WINDY_API_KEY = os.environ.get("WINDY_API_KEY", "⟦jwt_session:windy⟧")

INFLUX_URL = "http://192.168.1.20:8086"
INFLUX_TOKEN = os.environ.get("INFLUX_TOKEN")  # set in /etc/default/weather
INFLUX_ORG = "bramble"
INFLUX_BUCKET = "weather"


def to_f(c):
    return c * 9 / 5 + 32


def upload_wu(obs):
    params = {
        "ID": WU_STATION_ID,
        "PASSWORD": WU_STATION_KEY,
        "action": "updateraw",
        "dateutc": "now",
        "tempf": round(to_f(obs["temp_c"]), 1),
        "humidity": round(obs["rh"]),
        "baromin": round(obs["pressure_hpa"] * 0.02953, 3),
        "rainin": round(obs["rain_1h_mm"] / 25.4, 2),
        "dailyrainin": round(obs["rain_today_mm"] / 25.4, 2),
        "softwaretype": "bramble-pi-0.4",
    }
    r = requests.get(
        "https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php",
        params=params,
        timeout=15,
    )
    log.info("WU %s %s", r.status_code, r.text.strip())


def upload_pwsweather(obs):
    r = requests.get(
        "https://pwsupdate.pwsweather.com/api/v1/submitwx",
        params={
            "ID": PWSW_STATION,
            "PASSWORD": PWSW_API_KEY,
            "dateutc": dt.datetime.utcnow().strftime("%Y-%m-%d %H:%M:%S"),
            "tempf": round(to_f(obs["temp_c"]), 1),
            "humidity": round(obs["rh"]),
        },
        timeout=15,
    )
    log.info("PWSweather %s", r.status_code)


def upload_windy(obs):
    r = requests.get(
        f"https://stations.windy.com/pws/update/{WINDY_API_KEY}",
        params={"station": 0, "temp": obs["temp_c"], "rh": obs["rh"], "mbar": obs["pressure_hpa"]},
        timeout=15,
    )
    log.info("Windy %s", r.status_code)


def write_influx(obs):
    if not INFLUX_TOKEN:
        log.warning("no INFLUX_TOKEN, skipping influx")
        return
    with InfluxDBClient(url=INFLUX_URL, token=INFLUX_TOKEN, org=INFLUX_ORG) as client:
        p = Point("shed").field("temp_c", obs["temp_c"]).field("rh", obs["rh"]).field("pressure_hpa", obs["pressure_hpa"])
        client.write_api(write_options=SYNCHRONOUS).write(bucket=INFLUX_BUCKET, record=p)


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    obs = sensors.read_all()
    for fn in (upload_wu, upload_pwsweather, upload_windy, write_influx):
        try:
            fn(obs)
        except requests.RequestException as exc:
            log.error("%s failed: %s", fn.__name__, exc)


if __name__ == "__main__":
    main()
