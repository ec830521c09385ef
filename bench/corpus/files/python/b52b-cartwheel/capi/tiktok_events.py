"""TikTok Events API 2.0 sender (web events from the order outbox)."""
import hashlib
import os
import time

import requests

EVENTS_URL = "https://business-api.tiktok.com/open_api/v1.3/event/track/"
PIXEL_CODE = os.getenv("TIKTOK_PIXEL_CODE", "⟦b52b_tiktok_pixel_code:px⟧")


def _token() -> str:
    # Events Manager > Settings > Generate Access Token (pixel scoped)
    return os.getenv("TIKTOK_EVENTS_ACCESS_TOKEN") or "⟦b46b_tiktok_ads_access_token:events-py⟧"


def _h(v):
    return hashlib.sha256(v.strip().lower().encode()).hexdigest() if v else None


def track_purchase(order: dict) -> dict:
    payload = {
        "event_source": "web",
        "event_source_id": PIXEL_CODE,
        "data": [
            {
                "event": "CompletePayment",
                "event_time": int(order.get("ts", time.time())),
                "event_id": f"order-{order['id']}",
                "user": {
                    "email": _h(order.get("email")),
                    "phone": _h(order.get("phone")),
                    "ttclid": order.get("ttclid"),
                    "ip": order.get("ip"),
                    "user_agent": order.get("ua"),
                },
                "properties": {
                    "currency": order.get("currency", "USD"),
                    "value": order["total"],
                    "contents": [{"content_id": sku, "quantity": 1} for sku in order.get("skus", [])],
                },
                "page": {"url": order.get("url")},
            }
        ],
    }
    r = requests.post(EVENTS_URL, json=payload, headers={"Access-Token": _token()}, timeout=15)
    r.raise_for_status()
    return r.json()
