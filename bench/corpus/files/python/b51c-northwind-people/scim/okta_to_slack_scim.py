#!/usr/bin/env python3
"""
Reconcile Slack Enterprise Grid users with Okta group membership via Slack's SCIM API.

Okta's native Slack provisioning can't map our "contractor" flag to Slack multi-channel guests,
so this runs every 15 minutes (cron on nwp-integ01) and:
  * deactivates Slack users whose Okta user is DEPROVISIONED/SUSPENDED
  * flips contractors to guests (urn:ietf:params:scim:schemas:extension:slack:guest:2.0:User)

Usage: okta_to_slack_scim.py [--dry-run]
"""
import argparse
import logging
import os
import sys

import requests

OKTA_ORG = "https://northwind-people.okta.com"
OKTA_TOKEN = os.environ.get("OKTA_API_TOKEN") or "⟦okta_api_token:scim⟧"

SLACK_SCIM = "https://api.slack.com/scim/v2"
# org-level user token of the "SCIM Provisioning" app (admin scope); needs Org Owner to reissue
SLACK_SCIM_TOKEN = "⟦slack_user_token:scim⟧"

CONTRACTOR_GROUP = "00g1ab2cd3EF4gh5i697"  # Okta group "ALL-Contractors"
GUEST_SCHEMA = "urn:ietf:params:scim:schemas:extension:slack:guest:2.0:User"

log = logging.getLogger("okta_to_slack_scim")


def okta_get(path, params=None):
    url = f"{OKTA_ORG}/api/v1{path}"
    while url:
        r = requests.get(url, headers={"Authorization": f"SSWS {OKTA_TOKEN}", "Accept": "application/json"},
                         params=params, timeout=30)
        r.raise_for_status()
        yield from r.json()
        url = r.links.get("next", {}).get("url")
        params = None


def slack_users():
    start = 1
    while True:
        r = requests.get(f"{SLACK_SCIM}/Users", params={"startIndex": start, "count": 1000},
                         headers={"Authorization": f"Bearer {SLACK_SCIM_TOKEN}"}, timeout=60)
        r.raise_for_status()
        page = r.json()
        yield from page["Resources"]
        start += page["itemsPerPage"]
        if start > page["totalResults"]:
            return


def slack_patch(user_id, ops, dry_run):
    body = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": ops}
    if dry_run:
        log.info("DRY RUN patch %s %s", user_id, ops)
        return
    r = requests.patch(f"{SLACK_SCIM}/Users/{user_id}", json=body,
                       headers={"Authorization": f"Bearer {SLACK_SCIM_TOKEN}"}, timeout=30)
    r.raise_for_status()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    inactive = {u["profile"]["email"].lower() for u in okta_get("/users", {"filter": 'status eq "DEPROVISIONED" or status eq "SUSPENDED"'})}
    contractors = {u["profile"]["email"].lower() for u in okta_get(f"/groups/{CONTRACTOR_GROUP}/users")}
    log.info("okta: %d inactive, %d contractors", len(inactive), len(contractors))

    for su in slack_users():
        email = (su.get("emails") or [{}])[0].get("value", "").lower()
        if not email:
            continue
        if su.get("active") and email in inactive:
            log.info("deactivate %s", email)
            slack_patch(su["id"], [{"op": "replace", "path": "active", "value": False}], args.dry_run)
        elif su.get("active") and email in contractors and GUEST_SCHEMA not in su.get("schemas", []):
            log.info("convert to guest %s", email)
            slack_patch(su["id"], [{"op": "add", "path": GUEST_SCHEMA, "value": {"type": "multi"}}], args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
