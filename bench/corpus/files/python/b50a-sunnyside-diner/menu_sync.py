#!/usr/bin/env python3
"""Sunny Side Diner menu sync (by Jake).

Every 5 minutes (cron on the raspberry pi):
  * reads Clover inventory, writes menu_board.html for the TV
  * with --uber, marks items that are out of stock in Clover as sold out on Uber Eats
"""
import argparse
import html
import os
import sys
import time

import requests

CLOVER_BASE = "https://api.clover.com/v3/merchants"
MERCHANT_ID = "⟦b47a_clover_merchant_id:sunny⟧"
CLOVER_TOKEN = os.environ.get("CLOVER_TOKEN", "⟦b47a_clover_api_token:sunny2⟧")

UBER_CLIENT_ID = "⟦b50a_uber_client_id:sunny⟧"
UBER_CLIENT_SECRET = os.environ.get("UBER_EATS_CLIENT_SECRET", "⟦b50a_uber_client_secret:sunny⟧")
UBER_STORE_ID = "⟦uuid:sunnystore⟧"

CATEGORIES = ["Breakfast", "Griddle", "Sandwiches", "Sides", "Drinks"]


def clover_items():
    r = requests.get(
        f"{CLOVER_BASE}/{MERCHANT_ID}/items",
        params={"expand": "categories,itemStock", "limit": 500},
        headers={"Authorization": f"Bearer {CLOVER_TOKEN}"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["elements"]


def render(items):
    rows = []
    for cat in CATEGORIES:
        rows.append(f"<h2>{html.escape(cat)}</h2><ul>")
        for it in items:
            cats = [c["name"] for c in it.get("categories", {}).get("elements", [])]
            if cat not in cats or it.get("hidden"):
                continue
            sold_out = it.get("itemStock", {}).get("quantity", 1) <= 0
            price = it["price"] / 100
            cls = ' class="out"' if sold_out else ""
            rows.append(f"<li{cls}>{html.escape(it['name'])} <span>${price:.2f}</span></li>")
        rows.append("</ul>")
    return "<html><head><meta http-equiv='refresh' content='300'><link rel='stylesheet' href='board.css'></head><body>" + "".join(rows) + "</body></html>"


def uber_token():
    r = requests.post(
        "https://auth.uber.com/oauth/v2/token",
        data={
            "client_id": UBER_CLIENT_ID,
            "client_secret": UBER_CLIENT_SECRET,
            "grant_type": "client_credentials",
            "scope": "eats.store",
        },
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def uber_mark_sold_out(items, dry_run=False):
    token = uber_token()
    for it in items:
        if it.get("itemStock", {}).get("quantity", 1) > 0:
            continue
        url = f"https://api.uber.com/v2/eats/stores/{UBER_STORE_ID}/menus/items/{it['sku'] or it['id']}"
        body = {"suspension_info": {"suspension": {"suspend_until": int(time.time()) + 6 * 3600, "reason": "Sold out"}}}
        if dry_run:
            print("would suspend", it["name"])
            continue
        requests.post(url, json=body, headers={"Authorization": f"Bearer {token}"}, timeout=20)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--uber", action="store_true")
    args = ap.parse_args()
    items = clover_items()
    page = render(items)
    if args.dry_run:
        print(page[:500])
    else:
        with open("menu_board.html", "w") as fh:
            fh.write(page)
    if args.uber:
        uber_mark_sold_out(items, args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
