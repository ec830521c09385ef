#!/usr/bin/env python3
"""Haalt open bol.com-orders op en zet ze klaar als verzendlabel in Sendcloud.

Gebruik:  python scripts/bol_orders.py --dry-run
Draait elk kwartier via cron op de VPS (zie crontab -l van gebruiker 'tulp').
"""
import argparse
import base64
import os
import sys
import time

import requests

BOL_TOKEN_URL = "https://login.bol.com/token?grant_type=client_credentials"
BOL_API = "https://api.bol.com/retailer"
ACCEPT = "application/vnd.retailer.v10+json"

CLIENT_ID = os.getenv("BOL_CLIENT_ID", "⟦b62a_bol_client_id⟧")
# secret van de 'verzendscript'-credentials in het bol.com partnerplatform (aangemaakt door Jeroen 12-2023)
CLIENT_SECRET = os.getenv("BOL_CLIENT_SECRET", "⟦b62a_bol_client_secret:script⟧")

SENDCLOUD_AUTH = (
    os.getenv("SENDCLOUD_PUBLIC_KEY", ""),
    os.getenv("SENDCLOUD_SECRET_KEY", ""),
)

_token = {"value": None, "exp": 0}


def bol_token() -> str:
    if _token["value"] and _token["exp"] > time.time() + 30:
        return _token["value"]
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post(BOL_TOKEN_URL, headers={"Authorization": f"Basic {basic}", "Accept": "application/json"}, timeout=20)
    r.raise_for_status()
    body = r.json()
    _token.update(value=body["access_token"], exp=time.time() + body["expires_in"])
    return _token["value"]


def open_orders():
    r = requests.get(
        f"{BOL_API}/orders",
        params={"status": "OPEN", "fulfilment-method": "FBR"},
        headers={"Authorization": f"Bearer {bol_token()}", "Accept": ACCEPT},
        timeout=30,
    )
    r.raise_for_status()
    return r.json().get("orders", [])


def create_parcel(order: dict, dry_run: bool) -> None:
    detail = requests.get(
        f"{BOL_API}/orders/{order['orderId']}",
        headers={"Authorization": f"Bearer {bol_token()}", "Accept": ACCEPT},
        timeout=30,
    ).json()
    ship = detail["shipmentDetails"]
    parcel = {
        "parcel": {
            "name": f"{ship['firstName']} {ship['surname']}",
            "address": ship["streetName"],
            "house_number": ship["houseNumber"] + ship.get("houseNumberExtension", ""),
            "city": ship["city"],
            "postal_code": ship["zipCode"],
            "country": ship["countryCode"],
            "order_number": f"BOL-{order['orderId']}",
            "request_label": True,
            "shipment": {"id": 8},
        }
    }
    if dry_run:
        print("DRY", parcel["parcel"]["order_number"], parcel["parcel"]["postal_code"])
        return
    r = requests.post("https://panel.sendcloud.sc/api/v2/parcels", json=parcel, auth=SENDCLOUD_AUTH, timeout=30)
    r.raise_for_status()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    orders = open_orders()
    print(f"{len(orders)} open bol.com-orders")
    for o in orders:
        create_parcel(o, args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
