import base64
import hashlib
import hmac
import json
import time

import requests

# KuCoin v2 key "grid-bot-tia" (trade permission only). passphrase is hashed with the secret below.
KC_KEY = "⟦b47b_kucoin_api_key:grid⟧"
KC_SECRET = "⟦b47b_kucoin_api_secret:grid⟧"
KC_PASSPHRASE = "tia-grid-2024"
BASE = "https://api.kucoin.com"

CG_HEADERS = {"accept": "application/json", "x-cg-pro-api-key": "⟦b47b_coingecko_api_key:grid⟧"}


def _headers(method: str, endpoint: str, body: str = "") -> dict:
    now = str(int(time.time() * 1000))
    sig = base64.b64encode(hmac.new(KC_SECRET.encode(), (now + method + endpoint + body).encode(), hashlib.sha256).digest())
    pph = base64.b64encode(hmac.new(KC_SECRET.encode(), KC_PASSPHRASE.encode(), hashlib.sha256).digest())
    return {
        "KC-API-KEY": KC_KEY,
        "KC-API-SIGN": sig.decode(),
        "KC-API-TIMESTAMP": now,
        "KC-API-PASSPHRASE": pph.decode(),
        "KC-API-KEY-VERSION": "2",
        "Content-Type": "application/json",
    }


def reference_price(coin_id: str = "celestia") -> float:
    r = requests.get(
        "https://pro-api.coingecko.com/api/v3/simple/price",
        params={"ids": coin_id, "vs_currencies": "usd"},
        headers=CG_HEADERS,
        timeout=10,
    )
    r.raise_for_status()
    return float(r.json()[coin_id]["usd"])


def place(side: str, price: float, size: float, symbol: str = "TIA-USDT") -> dict:
    endpoint = "/api/v1/orders"
    body = json.dumps({"clientOid": f"grid-{int(time.time() * 1e3)}", "side": side, "symbol": symbol, "type": "limit", "price": f"{price:.4f}", "size": f"{size:.2f}"})
    r = requests.post(BASE + endpoint, headers=_headers("POST", endpoint, body), data=body, timeout=10)
    return r.json()


if __name__ == "__main__":
    mid = reference_price()
    for i in range(1, 6):
        place("buy", mid * (1 - 0.006 * i), 40)
        place("sell", mid * (1 + 0.006 * i), 40)
