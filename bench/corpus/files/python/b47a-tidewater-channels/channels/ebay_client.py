"""eBay Sell APIs (Inventory, Fulfillment) for the Tidewater eBay store "tidewater_supply_co".

Auth: OAuth user token minted from the long-lived refresh token (18 months). The refresh token
was generated through the Developer Portal "User Tokens" page for the store account.
"""
from __future__ import annotations

import base64
import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

EBAY_APP_ID = "⟦b47a_ebay_app_id:prd⟧"
EBAY_DEV_ID = "⟦b47a_ebay_dev_id:prd⟧"
EBAY_CERT_ID = os.environ.get("EBAY_CERT_ID", "⟦b47a_ebay_cert_id:prd⟧")
EBAY_RUNAME = "Tidewater_Suppl-Tidewate-Channe-vqzxbkf"

# refresh token for tidewater_supply_co, expires 2026-02-03 -- regenerate via User Tokens page
EBAY_REFRESH_TOKEN = os.environ.get(
    "EBAY_REFRESH_TOKEN",
    "⟦b47a_ebay_refresh_token:store⟧",
)

SCOPES = " ".join(
    [
        "https://api.ebay.com/oauth/api_scope",
        "https://api.ebay.com/oauth/api_scope/sell.inventory",
        "https://api.ebay.com/oauth/api_scope/sell.fulfillment",
        "https://api.ebay.com/oauth/api_scope/sell.account.readonly",
    ]
)
TOKEN_URL = "https://api.ebay.com/identity/v1/oauth2/token"
API = "https://api.ebay.com"


@dataclass
class _Token:
    value: str
    expires_at: float


class EbayClient:
    def __init__(self, marketplace_id: str = "EBAY_US"):
        self.marketplace_id = marketplace_id
        self._token: _Token | None = None
        self.s = requests.Session()

    def _basic(self) -> str:
        return base64.b64encode(f"{EBAY_APP_ID}:{EBAY_CERT_ID}".encode()).decode()

    def token(self) -> str:
        if self._token and self._token.expires_at - 60 > time.time():
            return self._token.value
        r = self.s.post(
            TOKEN_URL,
            headers={"Authorization": f"Basic {self._basic()}", "Content-Type": "application/x-www-form-urlencoded"},
            data={"grant_type": "refresh_token", "refresh_token": EBAY_REFRESH_TOKEN, "scope": SCOPES},
            timeout=30,
        )
        r.raise_for_status()
        body = r.json()
        self._token = _Token(body["access_token"], time.time() + int(body["expires_in"]))
        log.info("ebay token refreshed, expires in %ss", body["expires_in"])
        return self._token.value

    def _get(self, path: str, **params):
        r = self.s.get(
            f"{API}{path}",
            params=params,
            headers={"Authorization": f"Bearer {self.token()}", "X-EBAY-C-MARKETPLACE-ID": self.marketplace_id},
            timeout=30,
        )
        r.raise_for_status()
        return r.json()

    def unshipped_orders(self, limit: int = 50):
        return self._get(
            "/sell/fulfillment/v1/order",
            filter="orderfulfillmentstatus:{NOT_STARTED|IN_PROGRESS}",
            limit=limit,
        )["orders"]

    def set_quantity(self, sku: str, qty: int) -> None:
        r = self.s.post(
            f"{API}/sell/inventory/v1/bulk_update_price_quantity",
            json={"requests": [{"sku": sku, "shipToLocationAvailability": {"quantity": qty}}]},
            headers={"Authorization": f"Bearer {self.token()}", "Content-Language": "en-US"},
            timeout=30,
        )
        r.raise_for_status()
