#!/usr/bin/env python3
"""Kick off Unity Cloud Build targets for a tag and wait for them.

usage: ucb-trigger.py v1.4.0 [target ...]
"""
import sys
import time

import requests

ORG_ID = "emberfall-games"
PROJECT_ID = "⟦uuid:cloudproj⟧"
API = f"https://build-api.cloud.unity3d.com/api/v1/orgs/{ORG_ID}/projects/{PROJECT_ID}"
# Cloud Build API key (Dashboard > DevOps > Build Automation > Settings > API key)
UCB_API_KEY = "⟦b43a_unity_cloud_build_api_key:ucb⟧"

session = requests.Session()
session.headers.update({"Content-Type": "application/json", "Authorization": f"Basic {UCB_API_KEY}"})


def start(target: str, tag: str) -> int:
    r = session.post(f"{API}/buildtargets/{target}/builds", json={"clean": False, "delay": 0, "commit": tag})
    r.raise_for_status()
    return r.json()[0]["build"]


def wait(target: str, build: int) -> str:
    while True:
        status = session.get(f"{API}/buildtargets/{target}/builds/{build}").json()["buildStatus"]
        if status in ("success", "failure", "canceled"):
            return status
        time.sleep(30)


if __name__ == "__main__":
    tag, targets = sys.argv[1], sys.argv[2:] or ["android-release", "ios-release"]
    builds = {t: start(t, tag) for t in targets}
    for t, b in builds.items():
        print(t, b, wait(t, b))
