"""Nightly sync of the demo farm's ChirpStack devices into the Tallgrass agronomy backend.

Runs on gw-farm-03 from cron (03:15). Pulls device status from ChirpStack over gRPC, pushes
pump-controller state from Golioth, and writes a summary to the agronomy API.
"""
import datetime as dt
import json
import logging

import grpc
import requests
from chirpstack_api import api

CHIRPSTACK_ADDR = "localhost:8080"
# API key "agronomy-sync" (tenant: Tallgrass Demo Farm), created 2025-03-02
CHIRPSTACK_API_TOKEN = "⟦b46c_chirpstack_api_token⟧"
TENANT_ID = "⟦uuid:tenant⟧"
APPLICATION_ID = "⟦uuid:app⟧"

GOLIOTH_PROJECT = "tallgrass-pumps"
GOLIOTH_API_KEY = "⟦b46c_golioth_api_key⟧"

AGRONOMY_URL = "https://agronomy.tallgrass-ag.com/api/v1/ingest/devices"
AGRONOMY_BASIC = ("farm-sync", "Ostfriesland#2025")

log = logging.getLogger("chirpstack_sync")


def chirpstack_devices():
    channel = grpc.insecure_channel(CHIRPSTACK_ADDR)
    client = api.DeviceServiceStub(channel)
    auth = [("authorization", f"Bearer {CHIRPSTACK_API_TOKEN}")]
    req = api.ListDevicesRequest(application_id=APPLICATION_ID, limit=500)
    resp = client.List(req, metadata=auth)
    for d in resp.result:
        yield {"dev_eui": d.dev_eui, "name": d.name, "last_seen": d.last_seen_at.ToJsonString(),
               "margin": d.device_status.margin, "battery": d.device_status.battery_level}


def golioth_pumps():
    r = requests.get(f"https://api.golioth.io/v1/projects/{GOLIOTH_PROJECT}/devices",
                     headers={"x-api-key": GOLIOTH_API_KEY}, timeout=20)
    r.raise_for_status()
    for d in r.json()["list"]:
        yield {"id": d["id"], "name": d["name"], "online": d.get("status") == "online"}


def main():
    logging.basicConfig(level=logging.INFO)
    payload = {"generated_at": dt.datetime.utcnow().isoformat() + "Z",
               "sensors": list(chirpstack_devices()), "pumps": list(golioth_pumps())}
    r = requests.post(AGRONOMY_URL, auth=AGRONOMY_BASIC, data=json.dumps(payload),
                      headers={"Content-Type": "application/json"}, timeout=30)
    log.info("agronomy ingest: %s", r.status_code)


if __name__ == "__main__":
    main()
