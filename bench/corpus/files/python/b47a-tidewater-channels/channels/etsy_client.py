"""Etsy Open API v3 client for the TidewaterSupplyCo shop (shop_id 31877402).

OAuth 2.0 authorization code + PKCE. Tokens are persisted in var/etsy_tokens.json and
refreshed in place; see `python -m channels.etsy_client authorize` for the first run.
"""
import base64
import hashlib
import json
import secrets
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import requests

KEYSTRING = "⟦b47a_etsy_keystring:app⟧"
SHARED_SECRET = "⟦b47a_etsy_shared_secret:app⟧"
REDIRECT_URI = "https://channels.tidewatersupply.com/etsy/callback"
SCOPES = "listings_r listings_w transactions_r transactions_w shops_r"
SHOP_ID = 31877402
TOKENS = Path(__file__).resolve().parent.parent / "var" / "etsy_tokens.json"
API = "https://api.etsy.com/v3/application"


def authorize_url() -> tuple[str, str, str]:
    verifier = base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode()
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(16)
    q = urlencode({
        "response_type": "code",
        "client_id": KEYSTRING,
        "redirect_uri": REDIRECT_URI,
        "scope": SCOPES,
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    })
    return f"https://www.etsy.com/oauth/connect?{q}", verifier, state


def _save(tokens: dict) -> None:
    tokens["obtained_at"] = int(time.time())
    TOKENS.write_text(json.dumps(tokens, indent=2))


def _access_token() -> str:
    t = json.loads(TOKENS.read_text())
    if t["obtained_at"] + t["expires_in"] - 120 > time.time():
        return t["access_token"]
    r = requests.post("https://api.etsy.com/v3/public/oauth/token", data={
        "grant_type": "refresh_token",
        "client_id": KEYSTRING,
        "refresh_token": t["refresh_token"],
    }, timeout=30)
    r.raise_for_status()
    _save(r.json())
    return r.json()["access_token"]


def _headers() -> dict:
    # since the 2025 key update Etsy wants "keystring:shared_secret" in x-api-key
    return {"x-api-key": f"{KEYSTRING}:{SHARED_SECRET}", "Authorization": f"Bearer {_access_token()}"}


def open_receipts(limit=100):
    r = requests.get(f"{API}/shops/{SHOP_ID}/receipts",
                     params={"was_paid": "true", "was_shipped": "false", "limit": limit},
                     headers=_headers(), timeout=30)
    r.raise_for_status()
    return r.json()["results"]


def update_inventory(listing_id: int, products: list) -> None:
    r = requests.put(f"{API}/listings/{listing_id}/inventory", json={"products": products},
                     headers=_headers(), timeout=30)
    r.raise_for_status()


if __name__ == "__main__" and sys.argv[1:] == ["authorize"]:
    url, verifier, state = authorize_url()
    print(url)
    print("verifier:", verifier, "state:", state)
