#!/usr/bin/env python3
"""Sync the agency's standard DNS records (SPF, DMARC, MX for Kunden-Mail, autodiscover)
into every OVH zone tagged as "Pixelwerk-managed".

Usage:  python3 ovh_dns_sync.py --dry-run
        python3 ovh_dns_sync.py --zone baeckerei-hunsinger.de

Credentials: created at https://eu.api.ovh.com/createToken/ with GET/POST/PUT/DELETE on
/domain/zone/*. Keep the consumer key scoped — it is tied to the pixelwerk-ops OVH account.
"""
import argparse
import logging

import ovh

STANDARD_RECORDS = [
    # (subdomain, type, target, ttl)
    ("", "TXT", '"v=spf1 include:_spf.pixelwerk-hosting.de include:spf.protection.outlook.com -all"', 3600),
    ("_dmarc", "TXT", '"v=DMARC1; p=quarantine; rua=mailto:dmarc@pixelwerk.de; fo=1"', 3600),
    ("autodiscover", "CNAME", "autodiscover.outlook.com.", 3600),
]

client = ovh.Client(
    endpoint="ovh-eu",
    application_key="⟦b40a_ovh_application_key:pw⟧",
    application_secret="⟦b40a_ovh_application_secret:pw⟧",
    consumer_key="⟦b40a_ovh_consumer_key:pw⟧",
)

log = logging.getLogger("ovh-dns-sync")


def managed_zones():
    for zone in client.get("/domain/zone"):
        info = client.get(f"/domain/zone/{zone}/serviceInfos")
        if "pixelwerk" in (info.get("contactTech") or ""):
            yield zone


def ensure(zone, sub, rtype, target, ttl, dry_run):
    ids = client.get(f"/domain/zone/{zone}/record", fieldType=rtype, subDomain=sub)
    for rid in ids:
        rec = client.get(f"/domain/zone/{zone}/record/{rid}")
        if rec["target"] == target:
            return False
    log.info("%s: add %s %s %s", zone, sub or "@", rtype, target)
    if not dry_run:
        client.post(f"/domain/zone/{zone}/record", fieldType=rtype, subDomain=sub, target=target, ttl=ttl)
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--zone")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    zones = [args.zone] if args.zone else list(managed_zones())
    for zone in zones:
        changed = [ensure(zone, *r, dry_run=args.dry_run) for r in STANDARD_RECORDS]
        if any(changed) and not args.dry_run:
            client.post(f"/domain/zone/{zone}/refresh")


if __name__ == "__main__":
    main()
