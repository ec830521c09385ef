"""Minimal BigCommerce v3 catalog client (only what feedsync needs)."""
from __future__ import annotations

import logging
from collections.abc import Iterator

import requests

log = logging.getLogger(__name__)


class BigCommerce:
    def __init__(self, store_hash: str, access_token: str, client_id: str | None = None):
        self.base = f"https://api.bigcommerce.com/stores/{store_hash}/v3"
        self.s = requests.Session()
        self.s.headers.update({
            "X-Auth-Token": access_token,
            "Accept": "application/json",
            "Content-Type": "application/json",
        })
        if client_id:
            self.s.headers["X-Auth-Client"] = client_id

    def products(self, page_size: int = 250) -> Iterator[dict]:
        page = 1
        while True:
            r = self.s.get(f"{self.base}/catalog/products", params={
                "include": "variants,images,custom_fields",
                "is_visible": "true",
                "limit": page_size,
                "page": page,
            }, timeout=30)
            r.raise_for_status()
            body = r.json()
            yield from body["data"]
            if page >= body["meta"]["pagination"]["total_pages"]:
                return
            page += 1


if __name__ == "__main__":
    # quick manual check against the Fjellgear sandbox store
    logging.basicConfig(level=logging.DEBUG)
    bc = BigCommerce("⟦b42b_bigcommerce_store_hash:sbx⟧", "⟦b42b_bigcommerce_access_token:sbx⟧")
    print(sum(1 for _ in bc.products()))
