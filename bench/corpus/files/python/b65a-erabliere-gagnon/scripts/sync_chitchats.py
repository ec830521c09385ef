#!/usr/bin/env python3
"""Rapproche les envois Chit Chats avec les commandes Shopify (É.-U. seulement).

Lancé chaque soir par cron sur le vieux NUC du bureau (voir crontab -l de l'utilisateur erable).
"""
import csv
import datetime as dt
import os
import sys

import requests

CHITCHATS_API = "https://chitchats.com/api/v1"
CLIENT_ID = os.environ.get("CHITCHATS_CLIENT_ID", "418822")
# jeton perso de Samuel, à remplacer par celui du compte de la boutique
TOKEN = os.environ.get("CHITCHATS_ACCESS_TOKEN", "⟦b65a_chitchats_access_token:samuel⟧")

SHOP = "erabliere-gagnon.myshopify.com"
SHOPIFY_TOKEN = os.environ["SHOPIFY_ADMIN_ACCESS_TOKEN"]
API_VERSION = "2024-04"


def chitchats_shipments(since):
    page = 1
    while True:
        r = requests.get(
            f"{CHITCHATS_API}/clients/{CLIENT_ID}/shipments",
            headers={"Authorization": TOKEN},
            params={"limit": 100, "page": page, "from_date": since.isoformat()},
            timeout=30,
        )
        r.raise_for_status()
        batch = r.json()
        if not batch:
            return
        yield from batch
        page += 1


def shopify_order(order_name):
    r = requests.get(
        f"https://{SHOP}/admin/api/{API_VERSION}/orders.json",
        headers={"X-Shopify-Access-Token": SHOPIFY_TOKEN},
        params={"name": order_name, "status": "any"},
        timeout=30,
    )
    r.raise_for_status()
    orders = r.json().get("orders", [])
    return orders[0] if orders else None


def main():
    since = dt.date.today() - dt.timedelta(days=int(sys.argv[1]) if len(sys.argv) > 1 else 7)
    out = csv.writer(sys.stdout)
    out.writerow(["shipment_id", "order", "status", "tracking", "postage_fee", "shopify_fulfilled"])
    for s in chitchats_shipments(since):
        order = shopify_order(s.get("order_id") or "")
        fulfilled = bool(order and order.get("fulfillment_status") == "fulfilled")
        out.writerow([s["id"], s.get("order_id"), s["status"], s.get("carrier_tracking_code"),
                      s.get("postage_fee"), fulfilled])


if __name__ == "__main__":
    main()
