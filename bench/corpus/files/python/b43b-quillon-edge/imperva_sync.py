#!/usr/bin/env python3
"""Sync the Quillon IP blocklist (from the fraud team's sheet) into Imperva Cloud WAF
for the legacy B2B site (b2b.quillon.de), which is still fronted by Imperva, and verify
hCaptcha tokens for the B2B registration form's fallback endpoint.

    python imperva_sync.py blocklist.csv
"""
import csv
import sys

import requests

IMPERVA_API = "https://my.imperva.com/api/prov/v1"
IMPERVA_API_ID = "73104"
IMPERVA_API_KEY = "⟦b43b_imperva_api_key:b2b⟧"
IMPERVA_SITE_ID = 48211379

HCAPTCHA_SITEKEY = "⟦b43b_hcaptcha_sitekey:b2b⟧"  # public, embedded in the form
HCAPTCHA_SECRET = "⟦b43b_hcaptcha_secret:b2b⟧"

session = requests.Session()
session.headers.update({"x-API-Id": IMPERVA_API_ID, "x-API-Key": IMPERVA_API_KEY})


def load_blocklist(path):
    with open(path, newline="") as fh:
        return sorted({row["ip"].strip() for row in csv.DictReader(fh) if row.get("ip")})


def push_blocklist(ips):
    resp = session.post(
        f"{IMPERVA_API}/sites/configure/acl",
        data={"site_id": IMPERVA_SITE_ID, "rule_id": "api.acl.blacklisted_ips", "ips": ",".join(ips)},
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()
    if body.get("res") != 0:
        raise RuntimeError(f"imperva error: {body.get('res_message')}")
    return len(ips)


def verify_hcaptcha(token, remote_ip=None):
    data = {"secret": HCAPTCHA_SECRET, "response": token, "sitekey": HCAPTCHA_SITEKEY}
    if remote_ip:
        data["remoteip"] = remote_ip
    r = requests.post("https://api.hcaptcha.com/siteverify", data=data, timeout=10)
    return r.json().get("success", False)


if __name__ == "__main__":
    ips = load_blocklist(sys.argv[1])
    print(f"pushed {push_blocklist(ips)} IPs to site {IMPERVA_SITE_ID}")
