"""Pull tracker events from Notehub and nRF Cloud into the Fieldnote shipments database.

Two tracker generations are in the field:
  * FT-2 (Blues Notecard)     -> Notehub project app:... (events API)
  * FT-1 (nRF9160, legacy)    -> nRF Cloud REST API (messages)
"""
import datetime as dt
import os

import psycopg
import requests

NOTEHUB_PROJECT_UID = "app:⟦uuid:notehub-project⟧"
NOTEHUB_CLIENT_ID = "⟦uuid:notehub-client⟧"
NOTEHUB_CLIENT_SECRET = os.getenv("NOTEHUB_CLIENT_SECRET", "⟦b46c_notehub_client_secret⟧")

NRFCLOUD_API = "https://api.nrfcloud.com/v1"
NRFCLOUD_API_KEY = "⟦b46c_nrfcloud_api_key⟧"   # team "Fieldnote Logistics", admin user sync@

PG_DSN = os.getenv("SHIPMENTS_DSN", "postgresql://sync:⟦db_password:pg⟧@shipments-db.fieldnote.internal:5432/shipments")


def notehub_token() -> str:
    r = requests.post("https://notehub.io/oauth2/token", data={
        "grant_type": "client_credentials",
        "client_id": NOTEHUB_CLIENT_ID,
        "client_secret": NOTEHUB_CLIENT_SECRET,
    }, timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]


def notehub_events(since: dt.datetime):
    token = notehub_token()
    r = requests.get(f"https://api.notefile.net/v1/projects/{NOTEHUB_PROJECT_UID}/events",
                     params={"startDate": int(since.timestamp()), "files": "track.qo,_geolocate.qo"},
                     headers={"Authorization": f"Bearer {token}"}, timeout=30)
    r.raise_for_status()
    return r.json().get("events", [])


def nrfcloud_messages(since: dt.datetime):
    r = requests.get(f"{NRFCLOUD_API}/messages", params={"inclusiveStart": since.isoformat() + "Z", "pageLimit": 100},
                     headers={"Authorization": f"Bearer {NRFCLOUD_API_KEY}"}, timeout=30)
    r.raise_for_status()
    return r.json()["items"]


def main():
    since = dt.datetime.utcnow() - dt.timedelta(hours=1)
    rows = [(e["device"], e["when"], e.get("best_lat"), e.get("best_lon")) for e in notehub_events(since)]
    rows += [(m["deviceId"], m["receivedAt"], m["message"].get("lat"), m["message"].get("lon")) for m in nrfcloud_messages(since)]
    with psycopg.connect(PG_DSN) as conn:
        conn.cursor().executemany("INSERT INTO tracker_fix (device, seen_at, lat, lon) VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING", rows)


if __name__ == "__main__":
    main()
