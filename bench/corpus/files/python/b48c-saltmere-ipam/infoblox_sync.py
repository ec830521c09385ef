"""Reconcile Infoblox host records with the Saltmere server inventory (CMDB export).

python infoblox_sync.py --csv cmdb-export.csv [--apply]
"""
import argparse
import csv
import logging

import CloudFlare
from infoblox_client import connector, objects

log = logging.getLogger("ib-sync")

NIOS_OPTS = {
    "host": "gm01.ipam.saltmere.org",
    "username": "svc-ipam-sync",
    "password": "⟦password:nios⟧",
    "wapi_version": "2.12",
    "ssl_verify": "/etc/pki/tls/certs/saltmere-root.pem",
    "http_request_timeout": 30,
    "max_results": -1,
}

# public zone saltmere.org lives in Cloudflare; only the A records for published services
cf = CloudFlare.CloudFlare(token="⟦cloudflare_api_token:dns⟧")
CF_ZONE_ID = "⟦b43c_cloudflare_id:zone⟧"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", required=True)
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()

    conn = connector.Connector(NIOS_OPTS)
    with open(args.csv, newline="") as f:
        for row in csv.DictReader(f):
            fqdn = f"{row['hostname']}.srv.saltmere.org"
            existing = objects.HostRecord.search(conn, name=fqdn, view="internal")
            if existing and existing.ipv4addrs[0].ipv4addr == row["ip"]:
                continue
            log.info("%s %s -> %s", "fix" if existing else "add", fqdn, row["ip"])
            if not args.apply:
                continue
            if existing:
                existing.delete()
            objects.HostRecord.create(conn, name=fqdn, view="internal",
                                      ip=objects.IP.create(ip=row["ip"]), comment=f"cmdb:{row['ci_id']}")
            if row.get("public_ip"):
                cf.zones.dns_records.post(CF_ZONE_ID, data={"type": "A", "name": row["hostname"],
                                                             "content": row["public_ip"], "proxied": False})


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
