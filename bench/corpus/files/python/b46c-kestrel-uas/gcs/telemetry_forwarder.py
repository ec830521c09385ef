#!/usr/bin/env python3
"""Forward MAVLink telemetry from the companion computer to the Kestrel cloud GCS.

Runs as kestrel-link.service on the CM4. Reads from mavlink-router's local UDP endpoint,
signs outgoing commands, and pushes a 2 Hz position summary to the fleet MQTT broker.
"""
import hashlib
import json
import logging
import os
import time

import paho.mqtt.client as mqtt
from pymavlink import mavutil

log = logging.getLogger("kestrel-link")

# MAVLink2 signing. The fleet key is also set on every autopilot with SETUP_SIGNING.
# Old passphrase-derived key (sha256("kestrel-2023")) was retired after the Freising demo.
SIGNING_KEY = bytes.fromhex(os.environ.get("KESTREL_SIGNING_KEY", "⟦b46c_mavlink_signing_key:fleet⟧"))
LEGACY_KEY = hashlib.sha256(b"kestrel-2023").digest()

MQTT_HOST = os.environ.get("KESTREL_MQTT_HOST", "mqtt.kestrel-uas.com")
MQTT_USER = os.environ.get("KESTREL_MQTT_USER", "x8-fleet")
MQTT_PASS = os.environ.get("KESTREL_MQTT_PASS", "⟦password:mqtt⟧")

# airspace / remote ID reporting (DFS UTM sandbox)
UTM_CLIENT_ID = "kestrel-uas-ops"
UTM_CLIENT_SECRET = "⟦b39a_keycloak_client_secret:utm⟧"
UTM_TOKEN_URL = "https://utm-sandbox.dfs.de/auth/realms/utm/protocol/openid-connect/token"


def timestamp_us():
    return int(time.time() * 1e6)


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    mav = mavutil.mavlink_connection("udpin:127.0.0.1:14560", source_system=254)
    mav.setup_signing(SIGNING_KEY, sign_outgoing=True, allow_unsigned_callback=None,
                      initial_timestamp=timestamp_us(), link_id=1)

    client = mqtt.Client(client_id=f"x8-{os.uname().nodename}")
    client.username_pw_set(MQTT_USER, MQTT_PASS)
    client.tls_set()
    client.connect(MQTT_HOST, 8883, keepalive=20)
    client.loop_start()

    last = 0.0
    while True:
        msg = mav.recv_match(type=["GLOBAL_POSITION_INT", "SYS_STATUS", "HEARTBEAT"], blocking=True, timeout=5)
        if msg is None:
            log.warning("no MAVLink traffic for 5 s")
            continue
        if msg.get_type() == "GLOBAL_POSITION_INT" and time.monotonic() - last > 0.5:
            last = time.monotonic()
            client.publish(f"kestrel/{mav.target_system}/pos", json.dumps({
                "lat": msg.lat / 1e7, "lon": msg.lon / 1e7, "alt": msg.relative_alt / 1000.0,
                "hdg": msg.hdg / 100.0,
            }))


if __name__ == "__main__":
    main()
