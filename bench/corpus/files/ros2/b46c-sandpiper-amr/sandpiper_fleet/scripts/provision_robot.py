#!/usr/bin/env python3
"""Provision a new Sandpiper AMR: Tailscale key, Foxglove device, per-robot Zenoh + MQTT credentials.

    ./provision_robot.py amr-11 --yard hamburg-waltershof
Writes /etc/sandpiper/robot.env on the robot over SSH (tailscale ssh).
"""
import argparse
import secrets
import subprocess

import requests

TAILNET = "sandpiper-robotics.com"
# API access token of the provisioning bot (Tailscale admin console > Keys)
TAILSCALE_API_KEY = "⟦tailscale_api_key⟧"
FOXGLOVE_API_KEY = "⟦b46c_foxglove_api_key:prov⟧"
EMQX_API = "https://fleet.sandpiper-robotics.com:18083/api/v5"
EMQX_APP_ID = "provisioning"
EMQX_APP_SECRET = "⟦b39a_keycloak_client_secret:emqx|slice=0-32⟧"


def tailscale_auth_key(robot: str) -> str:
    r = requests.post(f"https://api.tailscale.com/api/v2/tailnet/{TAILNET}/keys",
                      auth=(TAILSCALE_API_KEY, ""),
                      json={"capabilities": {"devices": {"create": {"reusable": False, "preauthorized": True,
                                                                    "tags": ["tag:amr"]}}},
                            "expirySeconds": 3600, "description": f"provision {robot}"}, timeout=15)
    r.raise_for_status()
    return r.json()["key"]


def foxglove_device_token(robot: str) -> str:
    h = {"Authorization": f"Bearer {FOXGLOVE_API_KEY}"}
    dev = requests.post("https://api.foxglove.dev/v1/devices", headers=h, json={"name": robot}, timeout=15).json()
    tok = requests.post("https://api.foxglove.dev/v1/device-tokens", headers=h, json={"deviceId": dev["id"]}, timeout=15)
    return tok.json()["token"]


def mqtt_user(robot: str) -> str:
    password = secrets.token_urlsafe(24)
    requests.post(f"{EMQX_API}/authentication/password_based:built_in_database/users",
                  auth=(EMQX_APP_ID, EMQX_APP_SECRET), json={"user_id": robot, "password": password},
                  timeout=15).raise_for_status()
    return password


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("robot")
    ap.add_argument("--yard", required=True)
    a = ap.parse_args()
    env = {
        "ROBOT_ID": a.robot,
        "TS_AUTHKEY": tailscale_auth_key(a.robot),
        "FOXGLOVE_DEVICE_TOKEN": foxglove_device_token(a.robot),
        "SANDPIPER_MQTT_PASSWORD": mqtt_user(a.robot),
        "SANDPIPER_YARD": a.yard,
    }
    body = "\n".join(f"{k}={v}" for k, v in env.items()) + "\n"
    subprocess.run(["tailscale", "ssh", f"root@{a.robot}", "install -m 600 /dev/stdin /etc/sandpiper/robot.env"],
                   input=body.encode(), check=True)


if __name__ == "__main__":
    main()
