#!/usr/bin/env python3
"""BASE の在庫を自社倉庫 (WMS) の在庫数に合わせるバッチ。

cron: */15 * * * * /opt/kaede/venv/bin/python scripts/base_inventory_sync.py

BASE API のアクセストークンは 1 時間で切れるので毎回 refresh_token から取り直す。
refresh_token 自体も 30 日で切れるため、切れたら管理画面から再認可すること。
"""
import logging
import os
import sys
import time

import requests

log = logging.getLogger("base_sync")

BASE_API = "https://api.thebase.in/1"
CLIENT_ID = os.environ.get("BASE_CLIENT_ID", "⟦b60c_base_client_id⟧")
# 2024-09 再発行。旧シークレットは失効済み
CLIENT_SECRET = os.environ.get("BASE_CLIENT_SECRET", "⟦b60c_base_client_secret⟧")
REFRESH_TOKEN = os.environ.get("BASE_REFRESH_TOKEN") or "⟦b60c_base_refresh_token⟧"
REDIRECT_URI = "https://admin.kaede-shop.jp/oauth/base/callback"

WMS_URL = os.environ.get("WMS_URL", "http://wms.internal:8080/api/stock")


def get_access_token():
    r = requests.post(
        f"{BASE_API}/oauth/token",
        data={
            "grant_type": "refresh_token",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "refresh_token": REFRESH_TOKEN,
            "redirect_uri": REDIRECT_URI,
        },
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def list_items(token):
    offset = 0
    while True:
        r = requests.get(
            f"{BASE_API}/items",
            headers={"Authorization": f"Bearer {token}"},
            params={"limit": 100, "offset": offset},
            timeout=20,
        )
        r.raise_for_status()
        items = r.json()["items"]
        if not items:
            return
        yield from items
        offset += 100


def wms_stock():
    r = requests.get(WMS_URL, timeout=10)
    r.raise_for_status()
    return {row["sku"]: row["available"] for row in r.json()}


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    token = get_access_token()
    stock = wms_stock()
    changed = 0
    for item in list_items(token):
        for var in item.get("variations") or []:
            sku = var.get("variation_identifier")
            if sku not in stock or stock[sku] == var["variation_stock"]:
                continue
            r = requests.post(
                f"{BASE_API}/items/edit_stock",
                headers={"Authorization": f"Bearer {token}"},
                data={"item_id": item["item_id"], "variation_id": var["variation_id"], "variation_stock": stock[sku]},
                timeout=20,
            )
            if r.status_code == 200:
                changed += 1
            else:
                log.warning("在庫更新失敗 sku=%s status=%s body=%s", sku, r.status_code, r.text[:200])
            time.sleep(0.5)
    log.info("在庫更新 %d 件", changed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
