"""Pull per-track popularity and playlist adds for the Hollow Oak catalogue.

Spotify for Artists has no public API, so this uses the Web API with the label's
developer app ("hollowoak-catalogue") plus a user refresh token for the label's
editorial account (needed for the private "Hollow Oak Radar" playlists).
"""
import base64
import csv
import datetime as dt
import os
import sys
import time

import requests

TOKEN_URL = "https://accounts.spotify.com/api/token"
API = "https://api.spotify.com/v1"

CLIENT_ID = os.getenv("SPOTIFY_CLIENT_ID", "⟦b39c_spotify_client_id:py⟧")
CLIENT_SECRET = os.getenv("SPOTIFY_CLIENT_SECRET", "⟦b39c_spotify_client_secret:py⟧")
# editorial@hollowoakrecords.com, scopes playlist-read-private playlist-modify-private
REFRESH_TOKEN = os.getenv(
    "SPOTIFY_REFRESH_TOKEN",
    "⟦b50b_spotify_refresh_token:py⟧",
)

RADAR_PLAYLISTS = {
    "radar_folk": "37i9dQZF1DX2taNm7KfjOX",
    "radar_ambient": "37i9dQZF1DWZqd5JICZI0u",
}


def access_token() -> str:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post(
        TOKEN_URL,
        headers={"Authorization": f"Basic {basic}"},
        data={"grant_type": "refresh_token", "refresh_token": REFRESH_TOKEN},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def get(token: str, path: str, **params):
    while True:
        r = requests.get(f"{API}{path}", headers={"Authorization": f"Bearer {token}"}, params=params, timeout=20)
        if r.status_code == 429:
            time.sleep(int(r.headers.get("Retry-After", "2")))
            continue
        r.raise_for_status()
        return r.json()


def catalogue_isrcs(path: str):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            yield row["isrc"], row["title"]


def main(catalogue_csv: str) -> None:
    token = access_token()
    today = dt.date.today().isoformat()
    out = csv.writer(sys.stdout)
    out.writerow(["date", "isrc", "title", "spotify_id", "popularity"])
    for isrc, title in catalogue_isrcs(catalogue_csv):
        res = get(token, "/search", q=f"isrc:{isrc}", type="track", limit=1)
        items = res["tracks"]["items"]
        if not items:
            out.writerow([today, isrc, title, "", ""])
            continue
        t = items[0]
        out.writerow([today, isrc, title, t["id"], t["popularity"]])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "catalogue.csv")
