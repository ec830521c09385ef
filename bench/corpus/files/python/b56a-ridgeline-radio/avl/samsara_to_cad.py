#!/usr/bin/env python3
"""Feed vehicle GPS from Samsara (county fleet: plows, EMA trucks) and Geotab (ambulances) into CAD AVL.

CAD accepts NMEA-ish AVL datagrams on UDP 5005: "$AVL,<unit>,<lat>,<lon>,<speed_mph>,<heading>,<utc>*"
Runs every 10 s from systemd timer avl-fleet.timer on hc-avl01.
"""
import socket
import time
from datetime import datetime, timezone

import mygeotab
import requests

CAD_AVL = ("10.40.1.10", 5005)

SAMSARA_TOKEN = "⟦b45b_samsara_api_token:hc⟧"
SAMSARA_TAG = "CAD-AVL"                    # only vehicles with this tag are sent to CAD

GEOTAB_SERVER = "my.geotab.com"
GEOTAB_DATABASE = "tricounty_ems"
GEOTAB_USER = "avl-feed@tricountyems.org"
GEOTAB_PASSWORD = "Ge0tab-AVL-feed!"

UNIT_MAP = {
    # samsara vehicle name / geotab device name -> CAD unit id
    "EMA-1": "EMA1",
    "PLOW-07": "RD7",
    "M7 - 2022 Ford F-450": "MEDIC7",
    "M9 - 2019 Chevy G4500": "MEDIC9",
}


def samsara_positions():
    r = requests.get(
        "https://api.samsara.com/fleet/vehicles/locations",
        headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"},
        params={"tagIds": SAMSARA_TAG},
        timeout=10,
    )
    r.raise_for_status()
    for v in r.json()["data"]:
        loc = v["location"]
        yield v["name"], loc["latitude"], loc["longitude"], loc.get("speed", 0), loc.get("heading", 0), loc["time"]


_geotab = None


def geotab_positions():
    global _geotab
    if _geotab is None:
        _geotab = mygeotab.API(username=GEOTAB_USER, password=GEOTAB_PASSWORD, database=GEOTAB_DATABASE, server=GEOTAB_SERVER)
        _geotab.authenticate()
    for s in _geotab.get("DeviceStatusInfo"):
        dev = _geotab.get("Device", id=s["device"]["id"])[0]
        yield dev["name"], s["latitude"], s["longitude"], s.get("speed", 0) * 0.621371, s.get("bearing", 0), s["dateTime"]


def to_datagram(unit, lat, lon, mph, heading, ts):
    if isinstance(ts, str):
        ts = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    utc = ts.astimezone(timezone.utc).strftime("%Y%m%d%H%M%S")
    return f"$AVL,{unit},{lat:.6f},{lon:.6f},{mph:.0f},{heading:.0f},{utc}*".encode()


def main():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sent = 0
    for source in (samsara_positions, geotab_positions):
        try:
            for name, lat, lon, mph, hdg, ts in source():
                unit = UNIT_MAP.get(name)
                if unit:
                    sock.sendto(to_datagram(unit, lat, lon, mph, hdg, ts), CAD_AVL)
                    sent += 1
        except Exception as exc:  # keep the other feed alive
            print(f"{source.__name__}: {exc}")
    print(f"{time.strftime('%H:%M:%S')} sent {sent} AVL datagrams")


if __name__ == "__main__":
    main()
