"""Upload the weekly council-meeting recording to video.riverlands.community.

The OBS machine in the council chamber drops MP4s into ~/Recordings; this script
is run by a systemd timer on Sunday nights.
"""
import os
import pathlib
import sys

import requests

INSTANCE = "https://video.riverlands.community"
# The "local" OAuth client of the instance. PeerTube hands these out to anyone at
# GET /api/v1/oauth-clients/local, so hard-coding them is fine (saves a request).
CLIENT_ID = "⟦b53c_peertube_client_id:local⟧"
CLIENT_SECRET = "⟦b53c_peertube_client_secret:local⟧"

USERNAME = "council-recordings"
PASSWORD = os.environ.get("PT_PASSWORD", "Council-Chamber-OBS-1")
CHANNEL_ID = 14
RECORDINGS = pathlib.Path.home() / "Recordings"


def token() -> str:
    r = requests.post(
        f"{INSTANCE}/api/v1/users/token",
        data={
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "grant_type": "password",
            "response_type": "code",
            "username": USERNAME,
            "password": PASSWORD,
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def upload(path: pathlib.Path, access_token: str) -> str:
    with path.open("rb") as fh:
        r = requests.post(
            f"{INSTANCE}/api/v1/videos/upload",
            headers={"Authorization": f"Bearer {access_token}"},
            data={
                "channelId": CHANNEL_ID,
                "name": f"Council meeting {path.stem}",
                "privacy": 1,
                "category": 13,
                "licence": 2,
                "language": "en",
                "waitTranscoding": "true",
            },
            files={"videofile": (path.name, fh, "video/mp4")},
            timeout=3600,
        )
    r.raise_for_status()
    return r.json()["video"]["uuid"]


def main() -> int:
    files = sorted(RECORDINGS.glob("*.mp4"))
    if not files:
        print("nothing to upload")
        return 0
    access_token = token()
    for f in files:
        uuid = upload(f, access_token)
        print(f"{f.name} -> {INSTANCE}/w/{uuid}")
        f.rename(f.with_suffix(".uploaded"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
