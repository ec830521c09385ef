#!/usr/bin/env python3
"""Backfill a day of arrivals/departures for LHR and LGW from the OpenSky REST API into
the SkyWatch stats DB, so the "busiest hour" charts have data for days our feeders were down.

OpenSky switched to OAuth2 client credentials (basic auth is gone), see
https://openskynetwork.github.io/opensky-api/rest.html#authentication
"""
import argparse
import datetime as dt
import os
import sqlite3
import time

import requests

TOKEN_URL = "https://auth.opensky-network.org/auth/realms/opensky-network/protocol/openid-connect/token"
API = "https://opensky-network.org/api"

CLIENT_ID = os.environ.get("OPENSKY_CLIENT_ID", "skywatch-lhrwest-api-client")
CLIENT_SECRET = os.environ.get("OPENSKY_CLIENT_SECRET", "⟦b53a_opensky_client_secret:backfill⟧")

AIRPORTS = ["EGLL", "EGKK"]


def token() -> str:
    r = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def fetch(kind: str, airport: str, begin: int, end: int, bearer: str) -> list[dict]:
    r = requests.get(
        f"{API}/flights/{kind}",
        params={"airport": airport, "begin": begin, "end": end},
        headers={"Authorization": f"Bearer {bearer}"},
        timeout=60,
    )
    if r.status_code == 404:
        return []
    r.raise_for_status()
    return r.json()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--day", required=True, type=dt.date.fromisoformat)
    ap.add_argument("--db", default="/var/lib/skywatch/stats.sqlite")
    args = ap.parse_args()

    start = int(dt.datetime.combine(args.day, dt.time(), dt.timezone.utc).timestamp())
    bearer = token()
    db = sqlite3.connect(args.db)
    for airport in AIRPORTS:
        for kind in ("arrival", "departure"):
            for h in range(0, 24, 2):  # API limits arrival/departure windows
                rows = fetch(kind, airport, start + h * 3600, start + (h + 2) * 3600, bearer)
                db.executemany(
                    "INSERT OR IGNORE INTO movements(icao24, callsign, airport, kind, ts) VALUES (?,?,?,?,?)",
                    [(f["icao24"], (f["callsign"] or "").strip(), airport, kind,
                      f["lastSeen"] if kind == "arrival" else f["firstSeen"]) for f in rows],
                )
                time.sleep(1)
    db.commit()
    print("done", args.day)


if __name__ == "__main__":
    main()
