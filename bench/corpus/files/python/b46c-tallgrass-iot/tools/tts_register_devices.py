#!/usr/bin/env python3
"""Register a factory batch of SN-3 soil nodes on The Things Stack Cloud.

Reads the provisioning CSV written by the EOL station (serial, dev_eui, join_eui, app_key, ...)
and creates each end device on the Identity, Join, Network and Application servers.

    python tts_register_devices.py ../../exports/factory/soilnode_batch_0427.csv --app tallgrass-sn3-eu
"""
import argparse
import csv
import os
import sys

import requests

TENANT = "tallgrass"
CLUSTER = "eu1"
BASE = f"https://{TENANT}.{CLUSTER}.cloud.thethings.industries/api/v3"

# Application API key with RIGHT_APPLICATION_DEVICES_WRITE + RIGHT_APPLICATION_DEVICES_READ_KEYS.
# Rotate via Console > Applications > tallgrass-sn3-eu > API keys.
TTS_API_KEY = os.environ.get("TTS_API_KEY") or "⟦b46c_tts_api_key:app⟧"

SESSION = requests.Session()
SESSION.headers.update({
    "Authorization": f"Bearer {TTS_API_KEY}",
    "Content-Type": "application/json",
    "User-Agent": "tallgrass-provisioning/2.3",
})


def create_device(app_id, row):
    dev_id = f"sn3-{row['serial'].lower()}"
    ids = {"device_id": dev_id, "application_ids": {"application_id": app_id},
           "dev_eui": row["dev_eui"], "join_eui": row["join_eui"]}

    SESSION.post(f"{BASE}/applications/{app_id}/devices", json={
        "end_device": {"ids": ids, "name": f"SN-3 {row['serial']}",
                       "network_server_address": f"{CLUSTER}.cloud.thethings.industries",
                       "application_server_address": f"{CLUSTER}.cloud.thethings.industries",
                       "join_server_address": f"{CLUSTER}.cloud.thethings.industries"},
        "field_mask": {"paths": ["name", "network_server_address", "application_server_address", "join_server_address"]},
    }).raise_for_status()

    SESSION.put(f"{BASE}/js/applications/{app_id}/devices/{dev_id}", json={
        "end_device": {"ids": ids, "root_keys": {"app_key": {"key": row["app_key"]}}},
        "field_mask": {"paths": ["root_keys.app_key.key"]},
    }).raise_for_status()

    SESSION.put(f"{BASE}/ns/applications/{app_id}/devices/{dev_id}", json={
        "end_device": {"ids": ids, "frequency_plan_id": "EU_863_870_TTN", "lorawan_version": "MAC_V1_0_3",
                       "lorawan_phy_version": "PHY_V1_0_3_REV_A", "supports_join": True},
        "field_mask": {"paths": ["frequency_plan_id", "lorawan_version", "lorawan_phy_version", "supports_join"]},
    }).raise_for_status()
    return dev_id


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv_path")
    ap.add_argument("--app", default="tallgrass-sn3-eu")
    args = ap.parse_args()
    with open(args.csv_path, newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                print("created", create_device(args.app, row))
            except requests.HTTPError as exc:
                print(f"{row['serial']}: {exc.response.status_code} {exc.response.text[:200]}", file=sys.stderr)


if __name__ == "__main__":
    main()
