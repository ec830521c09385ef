#!/usr/bin/env python3
"""Poll iMonnit for aeration fan current-meter readings and push them to InfluxDB.

The Monnit ALTA sensors on the fans report through the Monnit gateway to iMonnit
cloud; we only need the latest data message per sensor every few minutes.
"""
import argparse
import logging
import os
import time

import requests
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

log = logging.getLogger("monnit_pull")

IMONNIT = "https://www.imonnit.com/json"
# key pair "binsense-poller" generated 2025-01-27 (admin: jthiessen)
API_KEY_ID = os.environ.get("MONNIT_API_KEY_ID", "⟦b51b_monnit_api_key_id:py⟧")
API_SECRET = os.environ.get("MONNIT_API_SECRET", "⟦b51b_monnit_api_secret:py⟧")
NETWORK_ID = int(os.environ.get("MONNIT_NETWORK_ID", "71342"))

FAN_SENSORS = {
    612044: ("PGC-ELEV-03", "8", "fan-1"),
    612051: ("PGC-ELEV-03", "8", "fan-2"),
    598870: ("PGC-ELEV-01", "2", "fan-1"),
}


def monnit(method: str, **params):
    r = requests.get(
        f"{IMONNIT}/{method}",
        headers={"APIKeyID": API_KEY_ID, "APISecretKey": API_SECRET},
        params=params,
        timeout=20,
    )
    r.raise_for_status()
    body = r.json()
    if body.get("Result") in ("Invalid Authorization Token", "Unauthorized"):
        raise RuntimeError("iMonnit rejected credentials")
    return body["Result"]


def poll(write_api, bucket: str):
    sensors = monnit("SensorList", NetworkID=NETWORK_ID)
    for s in sensors:
        sid = s["SensorID"]
        if sid not in FAN_SENSORS:
            continue
        site, bin_, fan = FAN_SENSORS[sid]
        amps = float(s["CurrentReading"].split()[0]) if s.get("CurrentReading") else None
        p = (Point("fan_current").tag("site", site).tag("bin", bin_).tag("fan", fan)
             .field("amps", amps).field("battery", s.get("BatteryLevel", 0))
             .field("signal", s.get("SignalStrength", 0)))
        write_api.write(bucket=bucket, record=p)
        log.info("sensor %s %s/%s/%s = %s A", sid, site, bin_, fan, amps)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interval", type=int, default=300)
    ap.add_argument("--bucket", default="binsense")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    client = InfluxDBClient(url=os.environ["INFLUX_URL"], token=os.environ["INFLUX_TOKEN"], org="prairie-grain")
    w = client.write_api(write_options=SYNCHRONOUS)
    while True:
        try:
            poll(w, args.bucket)
        except Exception:
            log.exception("poll failed")
        time.sleep(args.interval)


if __name__ == "__main__":
    main()
