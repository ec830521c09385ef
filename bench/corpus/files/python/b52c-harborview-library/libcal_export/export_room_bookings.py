"""Export study-room and meeting-room bookings from LibCal for the facilities dashboard.

Runs nightly on util-01 (cron: 15 2 * * *). Writes to the shared drive as
\\\\fs01\\Facilities\\RoomUsage\\bookings_<date>.csv
"""
from __future__ import annotations

import csv
import logging
import os
from datetime import date, timedelta
from pathlib import Path

import requests

log = logging.getLogger("libcal_export")

LIBCAL = "https://harborviewlibrary.libcal.com/1.1"
CLIENT_ID = os.getenv("LIBCAL_CLIENT_ID", "⟦b52c_libcal_client_id:rooms⟧")
# the "Facilities export" API app; secret rotated 2023-11 after the contractor left
CLIENT_SECRET = os.getenv("LIBCAL_CLIENT_SECRET", "⟦b52c_libcal_client_secret:rooms⟧")
# old secret (revoked? check with Dana): ⟦b52c_libcal_client_secret:rooms-old⟧

LOCATIONS = {
    8841: "Main - Study Rooms",
    8842: "Main - Meeting Rooms",
    9120: "East - Community Room",
}
OUT_DIR = Path(os.getenv("ROOM_EXPORT_DIR", "/mnt/fs01/Facilities/RoomUsage"))


def token() -> str:
    r = requests.post(
        f"{LIBCAL}/oauth/token",
        data={
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "grant_type": "client_credentials",
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def bookings(tok: str, lid: int, day: date) -> list[dict]:
    r = requests.get(
        f"{LIBCAL}/space/bookings",
        headers={"Authorization": f"Bearer {tok}"},
        params={"lid": lid, "date": day.isoformat(), "days": 1, "limit": 500},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    day = date.today() - timedelta(days=1)
    tok = token()
    rows = []
    for lid, name in LOCATIONS.items():
        for b in bookings(tok, lid, day):
            rows.append({
                "date": day.isoformat(),
                "location": name,
                "room": b.get("item_name"),
                "from": b.get("fromDate"),
                "to": b.get("toDate"),
                "status": b.get("status"),
                "check_in": b.get("check_in_status"),
            })
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    out = OUT_DIR / f"bookings_{day:%Y%m%d}.csv"
    with out.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["date"])
        w.writeheader()
        w.writerows(rows)
    log.info("wrote %s rows to %s", len(rows), out)


if __name__ == "__main__":
    main()
