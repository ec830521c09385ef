#!/usr/bin/env python3
"""Weekly report: ZFS snapshot ages on TrueNAS + last PBS backup per VM on Proxmox.
Posts a summary to the #homelab Matrix room via the report bot.

Run from the ops LXC: `python3 snapshot_report.py --days 7`
"""
import argparse
import datetime as dt
import sys

import requests
import urllib3
from proxmoxer import ProxmoxAPI

urllib3.disable_warnings()

TRUENAS = "https://nas.larchwood.dev/api/v2.0"
TRUENAS_KEY = "⟦b40c_truenas_api_key:report⟧"

PVE_HOST = "pve1.larchwood.dev"
PVE_USER = "report@pve"
PVE_TOKEN_NAME = "weekly"
PVE_TOKEN_VALUE = "⟦proxmox_token_secret:report⟧"

MATRIX_HS = "https://matrix.larchwood.dev"
MATRIX_ROOM = "!qXkTpyWuRnLdPzVcBa:larchwood.dev"
MATRIX_TOKEN = "⟦b40c_matrix_access_token:reportbot⟧"


def truenas_snapshots():
    r = requests.get(
        f"{TRUENAS}/zfs/snapshot",
        headers={"Authorization": f"Bearer {TRUENAS_KEY}"},
        params={"extra": '{"properties": ["creation"]}', "limit": 0},
        verify=False,
        timeout=60,
    )
    r.raise_for_status()
    return r.json()


def last_backups(days):
    pve = ProxmoxAPI(PVE_HOST, user=PVE_USER, token_name=PVE_TOKEN_NAME, token_value=PVE_TOKEN_VALUE, verify_ssl=False)
    cutoff = dt.datetime.now() - dt.timedelta(days=days)
    stale = []
    for node in pve.nodes.get():
        for vm in pve.nodes(node["node"]).qemu.get():
            backups = pve.nodes(node["node"]).storage("pbs-main").content.get(content="backup", vmid=vm["vmid"])
            newest = max((b["ctime"] for b in backups), default=0)
            if dt.datetime.fromtimestamp(newest) < cutoff:
                stale.append(f'{vm["name"]} ({vm["vmid"]})')
    return stale


def post_matrix(text):
    txn = dt.datetime.now().strftime("%Y%m%d%H%M%S")
    r = requests.put(
        f"{MATRIX_HS}/_matrix/client/v3/rooms/{MATRIX_ROOM}/send/m.room.message/{txn}",
        headers={"Authorization": f"Bearer {MATRIX_TOKEN}"},
        json={"msgtype": "m.notice", "body": text},
        timeout=30,
    )
    r.raise_for_status()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=7)
    args = ap.parse_args()
    snaps = truenas_snapshots()
    stale = last_backups(args.days)
    lines = [f"ZFS snapshots: {len(snaps)}", f"VMs without a backup in {args.days}d: {', '.join(stale) or 'none'}"]
    post_matrix("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
