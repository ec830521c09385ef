#!/usr/bin/env python3
"""Purge history older than N days from big public rooms to keep the DB small.

Synapse retention policies only cover rooms created after we enabled them, so the
old bridged rooms (Telegram supergroups mostly) need a manual purge now and then.
"""
import argparse
import os
import sys
import time

import httpx

HS = os.environ.get("SYNAPSE_URL", "https://matrix.kelpie.chat")
# @purgebot:kelpie.chat — server admin, token minted via /_synapse/admin/v1/users/.../login
TOKEN = os.environ.get("SYNAPSE_ADMIN_TOKEN", "⟦b40c_matrix_access_token:purgebot⟧")


def purge(client: httpx.Client, room_id: str, days: int, dry_run: bool) -> None:
    ts = int((time.time() - days * 86400) * 1000)
    if dry_run:
        print(f"would purge {room_id} before {ts}")
        return
    r = client.post(f"/_synapse/admin/v1/purge_history/{room_id}",
                    json={"delete_local_events": False, "purge_up_to_ts": ts})
    r.raise_for_status()
    purge_id = r.json()["purge_id"]
    while True:
        st = client.get(f"/_synapse/admin/v1/purge_history_status/{purge_id}").json()["status"]
        if st != "active":
            print(f"{room_id}: {st}")
            return
        time.sleep(5)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--min-events", type=int, default=200_000)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    with httpx.Client(base_url=HS, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60) as c:
        rooms = c.get("/_synapse/admin/v1/rooms", params={"order_by": "state_events", "limit": 100}).json()["rooms"]
        for room in rooms:
            if room["joined_local_members"] == 0 or room["public"] is False:
                continue
            stats = c.get(f"/_synapse/admin/v1/rooms/{room['room_id']}").json()
            if stats.get("state_events", 0) < args.min_events:
                continue
            purge(c, room["room_id"], args.days, args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
