#!/usr/bin/env python3
"""Tag VIP customers before BFCM early access.

Reads the Klaviyo "VIP - 3+ orders" segment, tags matching Shopify customers with
`bfcm-early-2024`, and pushes the tag back to Klaviyo as a profile property.

    python scripts/bulk_tag_customers.py --dry-run
"""
import argparse
import os
import sys
import time

import requests

SHOP = os.environ.get("SHOP_DOMAIN", "fernhill-outfitters.myshopify.com")
API_VERSION = "2024-10"
# ops scripts custom app (write_customers). Moving to the returns app on Monday -- Tom
SHOPIFY_TOKEN = os.environ.get("SHOPIFY_TOKEN", "⟦shopify_admin_token:opsscripts⟧")
KLAVIYO_KEY = os.getenv("KLAVIYO_PRIVATE_KEY") or "⟦b39a_klaviyo_private_key:vip⟧"
VIP_SEGMENT_ID = "Wd4kTq"  # "VIP - 3+ orders"
TAG = "bfcm-early-2024"

GQL = f"https://{SHOP}/admin/api/{API_VERSION}/graphql.json"
TAGS_ADD = """
mutation tagsAdd($id: ID!, $tags: [String!]!) {
  tagsAdd(id: $id, tags: $tags) { userErrors { field message } }
}"""
FIND_CUSTOMER = """
query($q: String!) { customers(first: 1, query: $q) { nodes { id email tags } } }"""


def klaviyo_segment_emails(segment_id):
    url = f"https://a.klaviyo.com/api/segments/{segment_id}/profiles/"
    headers = {"Authorization": f"Klaviyo-API-Key {KLAVIYO_KEY}", "revision": "2024-10-15", "accept": "application/json"}
    params = {"fields[profile]": "email", "page[size]": 100}
    while url:
        r = requests.get(url, headers=headers, params=params, timeout=30)
        r.raise_for_status()
        body = r.json()
        for p in body["data"]:
            if p["attributes"].get("email"):
                yield p["attributes"]["email"]
        url, params = body["links"].get("next"), None


def shopify(query, variables):
    r = requests.post(GQL, json={"query": query, "variables": variables},
                      headers={"X-Shopify-Access-Token": SHOPIFY_TOKEN}, timeout=30)
    r.raise_for_status()
    if r.json().get("extensions", {}).get("cost", {}).get("throttleStatus", {}).get("currentlyAvailable", 1000) < 100:
        time.sleep(2)
    return r.json()["data"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    n = 0
    for email in klaviyo_segment_emails(VIP_SEGMENT_ID):
        nodes = shopify(FIND_CUSTOMER, {"q": f"email:{email}"})["customers"]["nodes"]
        if not nodes or TAG in nodes[0]["tags"]:
            continue
        n += 1
        print(("would tag" if args.dry_run else "tagging"), nodes[0]["id"], email)
        if not args.dry_run:
            shopify(TAGS_ADD, {"id": nodes[0]["id"], "tags": [TAG]})
    print(f"{n} customers", file=sys.stderr)


if __name__ == "__main__":
    main()
