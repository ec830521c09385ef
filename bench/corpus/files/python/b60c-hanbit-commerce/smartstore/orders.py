"""네이버 스마트스토어(커머스API) 신규 주문 수집.

토큰 발급 절차:
  1. password = f"{client_id}_{timestamp}"
  2. hashed = bcrypt.hashpw(password, client_secret)   # client_secret 자체가 bcrypt salt
  3. client_secret_sign = base64(hashed)
"""
import base64
import time
from datetime import datetime, timedelta, timezone

import bcrypt
import requests

BASE = "https://api.commerce.naver.com/external"
CLIENT_ID = "⟦b60c_naver_commerce_client_id:py⟧"
CLIENT_SECRET = "⟦b60c_naver_commerce_client_secret:py⟧"
KST = timezone(timedelta(hours=9))


def issue_token():
    ts = str(int(time.time() * 1000))
    hashed = bcrypt.hashpw(f"{CLIENT_ID}_{ts}".encode(), CLIENT_SECRET.encode())
    sign = base64.b64encode(hashed).decode()
    r = requests.post(
        f"{BASE}/v1/oauth2/token",
        data={
            "client_id": CLIENT_ID,
            "timestamp": ts,
            "client_secret_sign": sign,
            "grant_type": "client_credentials",
            "type": "SELF",
        },
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def changed_orders(token, since):
    r = requests.get(
        f"{BASE}/v1/pay-order/seller/product-orders/last-changed-statuses",
        headers={"Authorization": f"Bearer {token}"},
        params={"lastChangedFrom": since.isoformat(timespec="milliseconds"), "lastChangedType": "PAYED"},
        timeout=10,
    )
    r.raise_for_status()
    data = r.json().get("data") or {}
    return [x["productOrderId"] for x in data.get("lastChangeStatuses", [])]


def order_details(token, ids):
    r = requests.post(
        f"{BASE}/v1/pay-order/seller/product-orders/query",
        headers={"Authorization": f"Bearer {token}"},
        json={"productOrderIds": ids},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["data"]


if __name__ == "__main__":
    tok = issue_token()
    ids = changed_orders(tok, datetime.now(KST) - timedelta(hours=1))
    print(f"신규 결제 {len(ids)}건")
    for chunk in (ids[i:i + 300] for i in range(0, len(ids), 300)):
        for o in order_details(tok, chunk):
            po = o["productOrder"]
            print(po["productOrderId"], po["productName"], po["quantity"], po["totalPaymentAmount"])
