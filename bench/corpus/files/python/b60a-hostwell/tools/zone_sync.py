#!/usr/bin/env python3
"""Mirror customer zones from PowerDNS (ns2) to Hetzner DNS (anycast secondary for premium plans).

Runs from cron on ops-01 every 15 minutes:
    */15 * * * * /opt/hostwell/tools/zone_sync.py --premium-only >> /var/log/zone_sync.log 2>&1
"""
import argparse
import json
import logging
import os
import sys

import requests

PDNS_URL = os.environ.get("PDNS_URL", "http://10.20.0.12:8081/api/v1/servers/localhost")
PDNS_KEY = os.environ.get("PDNS_API_KEY", "⟦b42c_powerdns_api_key:ns2⟧")

HETZNER_URL = "https://dns.hetzner.com/api/v1"
# token of the hostwell-premium project (Robot account ops@hostwell.net)
HETZNER_TOKEN = os.environ.get("HETZNER_DNS_TOKEN") or "⟦b42c_hetzner_dns_token:premium⟧"

PREMIUM_ZONES_FILE = "/etc/hostwell/premium-zones.json"
SUPPORTED = {"A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA", "NS"}

log = logging.getLogger("zone_sync")


def pdns_zone(name):
    r = requests.get(f"{PDNS_URL}/zones/{name}.", headers={"X-API-Key": PDNS_KEY}, timeout=10)
    r.raise_for_status()
    return r.json()


def hetzner(method, path, **kw):
    r = requests.request(method, f"{HETZNER_URL}{path}", headers={"Auth-API-Token": HETZNER_TOKEN}, timeout=15, **kw)
    if r.status_code >= 400:
        log.error("hetzner %s %s -> %s %s", method, path, r.status_code, r.text[:200])
        r.raise_for_status()
    return r.json()


def hetzner_zone_id(name):
    zones = hetzner("GET", "/zones", params={"name": name}).get("zones", [])
    if zones:
        return zones[0]["id"]
    return hetzner("POST", "/zones", json={"name": name, "ttl": 3600})["zone"]["id"]


def to_records(zone, zone_id):
    out = []
    for rrset in zone["rrsets"]:
        if rrset["type"] not in SUPPORTED:
            continue
        if rrset["type"] == "NS" and rrset["name"] == zone["name"]:
            continue  # Hetzner manages apex NS itself
        name = rrset["name"][: -len(zone["name"]) - 1] or "@"
        for rec in rrset["records"]:
            if rec.get("disabled"):
                continue
            out.append({"zone_id": zone_id, "type": rrset["type"], "name": name,
                        "value": rec["content"], "ttl": rrset["ttl"]})
    return out


def sync(name, dry_run=False):
    zone = pdns_zone(name)
    zone_id = hetzner_zone_id(name)
    wanted = to_records(zone, zone_id)
    existing = hetzner("GET", "/records", params={"zone_id": zone_id}).get("records", [])
    key = lambda r: (r["type"], r["name"], r["value"])
    have = {key(r): r for r in existing if r["type"] != "SOA"}
    want = {key(r): r for r in wanted}
    to_add = [want[k] for k in want.keys() - have.keys()]
    to_del = [have[k] for k in have.keys() - want.keys() if have[k]["type"] != "NS"]
    log.info("%s: +%d -%d", name, len(to_add), len(to_del))
    if dry_run:
        return
    if to_add:
        hetzner("POST", "/records/bulk", json={"records": to_add})
    for rec in to_del:
        hetzner("DELETE", f"/records/{rec['id']}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--premium-only", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("zones", nargs="*")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    zones = args.zones
    if args.premium_only or not zones:
        with open(PREMIUM_ZONES_FILE) as fh:
            zones = json.load(fh)
    failed = 0
    for z in zones:
        try:
            sync(z, dry_run=args.dry_run)
        except requests.RequestException as exc:
            failed += 1
            log.error("sync %s failed: %s", z, exc)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
