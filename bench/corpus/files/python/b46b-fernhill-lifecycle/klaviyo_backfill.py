#!/usr/bin/env python3
"""
Backfill "Placed Order" events into Klaviyo for orders that Shopify's native integration missed
during the 2024-02-27 outage. Idempotent: unique_id = Shopify order id.

    python klaviyo_backfill.py --from 2024-02-27 --to 2024-02-29
"""
import argparse
import time

import requests

SHOP = "fernhill-outdoor.myshopify.com"
SHOPIFY_TOKEN = "⟦shopify_admin_token⟧"          # custom app "lifecycle-backfill", read_orders only

KLAVIYO_PRIVATE_KEY = "⟦b39a_klaviyo_private_key:backfill⟧"
KLAVIYO_PUBLIC_KEY = "⟦b42b_klaviyo_public_key⟧"   # site id, same as in the storefront snippet
KLAVIYO_REVISION = "2024-02-15"


def shopify_orders(start, end):
    url = f"https://{SHOP}/admin/api/2024-01/orders.json"
    params = {"status": "any", "created_at_min": start, "created_at_max": end, "limit": 250}
    while url:
        r = requests.get(url, params=params, headers={"X-Shopify-Access-Token": SHOPIFY_TOKEN}, timeout=30)
        r.raise_for_status()
        yield from r.json()["orders"]
        url = r.links.get("next", {}).get("url")
        params = None


def push_event(order):
    payload = {
        "data": {
            "type": "event",
            "attributes": {
                "properties": {"OrderId": order["id"], "ItemNames": [li["title"] for li in order["line_items"]]},
                "time": order["created_at"],
                "value": float(order["total_price"]),
                "value_currency": order["currency"],
                "unique_id": str(order["id"]),
                "metric": {"data": {"type": "metric", "attributes": {"name": "Placed Order"}}},
                "profile": {"data": {"type": "profile", "attributes": {"email": order["email"]}}},
            },
        }
    }
    r = requests.post(
        "https://a.klaviyo.com/api/events/",
        json=payload,
        headers={
            "Authorization": f"Klaviyo-API-Key {KLAVIYO_PRIVATE_KEY}",
            "revision": KLAVIYO_REVISION,
            "accept": "application/json",
        },
        timeout=30,
    )
    if r.status_code == 429:
        time.sleep(int(r.headers.get("Retry-After", "5")))
        return push_event(order)
    r.raise_for_status()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="start", required=True)
    ap.add_argument("--to", dest="end", required=True)
    a = ap.parse_args()
    n = 0
    for o in shopify_orders(a.start, a.end):
        push_event(o)
        n += 1
    print(f"backfilled {n} orders")
