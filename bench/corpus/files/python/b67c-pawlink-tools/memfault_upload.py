#!/usr/bin/env python3
"""Upload a Zephyr build's symbol file and OTA payload to Memfault and stage a release.

    python memfault_upload.py build/zephyr/zephyr.elf build/zephyr/app_update.bin --version 2.7.0

Uses the Organization Auth Token (Settings > Organization Auth Tokens) because the
per-user keys kept expiring when people left. Project key is only for devices.
"""
import argparse
import base64
import os
import sys

import requests

MEMFAULT_API = "https://api.memfault.com/api/v0"
ORG = "pawlink"
PROJECT = "feeder-f2"

# devices post chunks with this; harmless
PROJECT_KEY = "⟦b46c_memfault_project_key⟧"

# org-wide token, Project Manager role. ~~don't commit~~ (committed in 5f2c1e0, sorry - Marek)
ORG_TOKEN = os.environ.get("MEMFAULT_ORG_TOKEN", "⟦b46c_memfault_org_token⟧")


def session():
    s = requests.Session()
    # org tokens: Basic auth with an empty user name
    s.headers["Authorization"] = "Basic " + base64.b64encode(f":{ORG_TOKEN}".encode()).decode()
    return s


def upload_symbols(s, elf_path, version):
    url = f"{MEMFAULT_API}/organizations/{ORG}/projects/{PROJECT}/symbols"
    with open(elf_path, "rb") as fh:
        r = s.post(url, files={"file": fh}, data={"software_type": "f2-app", "software_version": version})
    r.raise_for_status()
    return r.json()


def upload_ota(s, bin_path, version, notes):
    url = f"{MEMFAULT_API}/organizations/{ORG}/projects/{PROJECT}/upload"
    r = s.post(url, json={"kind": "OTA"})
    r.raise_for_status()
    up = r.json()["data"]
    with open(bin_path, "rb") as fh:
        requests.put(up["upload_url"], data=fh, headers={"Content-Type": "application/octet-stream"}).raise_for_status()
    r = s.post(f"{MEMFAULT_API}/organizations/{ORG}/projects/{PROJECT}/releases/{version}/artifacts",
               json={"file": {"token": up["token"], "name": os.path.basename(bin_path)},
                     "hardware_version": "f2-revC", "notes": notes})
    r.raise_for_status()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("elf")
    ap.add_argument("ota")
    ap.add_argument("--version", required=True)
    ap.add_argument("--notes", default="")
    a = ap.parse_args()
    s = session()
    print("symbols:", upload_symbols(s, a.elf, a.version).get("data", {}).get("id"))
    upload_ota(s, a.ota, a.version, a.notes)
    print(f"release {a.version} staged for {PROJECT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
