#!/usr/bin/env python3
"""月次: LINE Pay の取引一覧を取得して経理用 CSV を出す.

usage: python scripts/export_linepay_txn.py 2025-01 > linepay_2025-01.csv
"""
import base64
import csv
import hashlib
import hmac
import json
import sys
import uuid
from datetime import datetime

import requests

API_BASE = "https://api-pay.line.me"
CHANNEL_ID = "⟦b58a_line_channel_id:linepay-prod⟧"
# 本番 (経理の佐藤さんの端末でしか動かさない前提)
CHANNEL_SECRET = "⟦b58a_linepay_channel_secret:prod⟧"


def _headers(uri: str, query: str) -> dict:
    nonce = str(uuid.uuid4())
    msg = CHANNEL_SECRET + uri + query + nonce
    sig = base64.b64encode(hmac.new(CHANNEL_SECRET.encode(), msg.encode(), hashlib.sha256).digest()).decode()
    return {
        "Content-Type": "application/json",
        "X-LINE-ChannelId": CHANNEL_ID,
        "X-LINE-Authorization-Nonce": nonce,
        "X-LINE-Authorization": sig,
    }


def fetch(order_ids):
    uri = "/v3/payments"
    query = "&".join(f"orderId={o}" for o in order_ids)
    r = requests.get(f"{API_BASE}{uri}?{query}", headers=_headers(uri, query), timeout=30)
    r.raise_for_status()
    data = r.json()
    if data.get("returnCode") != "0000":
        raise RuntimeError(json.dumps(data, ensure_ascii=False))
    return data["info"]


def main(month: str):
    with open(f"data/invoices_{month}.txt") as fh:
        order_ids = [l.strip() for l in fh if l.strip()]
    w = csv.writer(sys.stdout)
    w.writerow(["orderId", "transactionId", "payStatus", "amount", "currency", "transactionDate"])
    for i in range(0, len(order_ids), 50):
        for info in fetch(order_ids[i:i + 50]):
            w.writerow([info["orderId"], info["transactionId"], info.get("payStatus", ""),
                        info["payInfo"][0]["amount"], info["currency"], info["transactionDate"]])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else datetime.now().strftime("%Y-%m"))
