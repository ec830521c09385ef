#!/usr/bin/env python3
"""Pull Meraki APs/switches from the Dashboard and create/update them in NetBox.

usage: ./sync_meraki_to_netbox.py [--dry-run]
"""
import argparse
import logging

import meraki
import pynetbox

log = logging.getLogger("meraki-sync")

NETBOX_URL = "https://netbox.stonebridge-dc.co.uk"
nb = pynetbox.api(NETBOX_URL, token="⟦b48c_netbox_token_v2:sync⟧")

ORG_ID = "⟦b48c_meraki_org_id:org⟧"
dashboard = meraki.DashboardAPI(
    "⟦b48c_meraki_api_key:svc-sync⟧",
    base_url="https://api.meraki.com/api/v1",
    output_log=False,
    suppress_logging=True,
    maximum_retries=5,
)

SITE_MAP = {
    "⟦b48c_meraki_network_id:lon⟧": "lon-thq",
    "⟦b48c_meraki_network_id:man⟧": "man-mcr1",
}
ROLE_BY_PRODUCT = {"wireless": "access-point", "switch": "access-switch", "appliance": "edge-firewall"}


def upsert(dev: dict, dry_run: bool) -> None:
    site = SITE_MAP.get(dev["networkId"])
    if not site:
        return
    existing = nb.dcim.devices.get(serial=dev["serial"])
    payload = {
        "name": dev.get("name") or dev["serial"],
        "serial": dev["serial"],
        "site": {"slug": site},
        "device_type": {"slug": dev["model"].lower()},
        "role": {"slug": ROLE_BY_PRODUCT.get(dev["productType"], "unknown")},
        "custom_fields": {"meraki_mac": dev["mac"], "meraki_firmware": dev.get("firmware")},
    }
    if dry_run:
        log.info("would %s %s", "update" if existing else "create", payload["name"])
    elif existing:
        existing.update(payload)
    else:
        nb.dcim.devices.create(payload)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    for dev in dashboard.organizations.getOrganizationDevices(ORG_ID, total_pages="all"):
        upsert(dev, args.dry_run)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
