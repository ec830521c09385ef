"""Garmin Health API (OAuth 1.0a) — pull summaries after a ping notification.

Garmin pushes "ping" notifications with a callbackURL; we fetch it signed with the consumer
credentials and the user's access token/secret.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
import time
import urllib.parse

import httpx

from stridelab.crypto import decrypt_user_secret
from stridelab.settings import get_settings

log = logging.getLogger(__name__)

HEALTH_API = "https://apis.garmin.com/wellness-api/rest"


def _pct(s: str) -> str:
    return urllib.parse.quote(s, safe="~")


def sign(method: str, url: str, params: dict[str, str], consumer_secret: str, token_secret: str) -> str:
    base_params = "&".join(f"{_pct(k)}={_pct(v)}" for k, v in sorted(params.items()))
    base = "&".join([method.upper(), _pct(url), _pct(base_params)])
    key = f"{_pct(consumer_secret)}&{_pct(token_secret)}".encode()
    return base64.b64encode(hmac.new(key, base.encode(), hashlib.sha1).digest()).decode()


def auth_header(method: str, url: str, query: dict[str, str], user_token: str, token_secret: str) -> str:
    s = get_settings().garmin
    oauth = {
        "oauth_consumer_key": s.consumer_key,
        "oauth_token": user_token,
        "oauth_nonce": secrets.token_hex(8),
        "oauth_timestamp": str(int(time.time())),
        "oauth_signature_method": "HMAC-SHA1",
        "oauth_version": "1.0",
    }
    oauth["oauth_signature"] = sign(method, url, {**query, **oauth}, s.consumer_secret, token_secret)
    return "OAuth " + ", ".join(f'{k}="{_pct(v)}"' for k, v in oauth.items())


async def fetch_callback(callback_url: str, user_token: str, encrypted_secret: bytes) -> list[dict]:
    parsed = urllib.parse.urlsplit(callback_url)
    query = dict(urllib.parse.parse_qsl(parsed.query))
    url = f"{parsed.scheme}://{parsed.netloc}{parsed.path}"
    token_secret = decrypt_user_secret(encrypted_secret)
    async with httpx.AsyncClient(timeout=20) as client:
        r = await client.get(url, params=query, headers={"Authorization": auth_header("GET", url, query, user_token, token_secret)})
        r.raise_for_status()
        return r.json()


if __name__ == "__main__":
    # Manual check against the evaluation environment with Tomás's test watch (Forerunner 265).
    import asyncio
    import json

    TEST_USER_TOKEN = "⟦b51a_garmin_user_token:tomas⟧"
    TEST_TOKEN_SECRET = "⟦b51a_garmin_token_secret:tomas⟧"
    now = int(time.time())
    url = f"{HEALTH_API}/dailies"
    q = {"uploadStartTimeInSeconds": str(now - 86400), "uploadEndTimeInSeconds": str(now)}

    async def main() -> None:
        async with httpx.AsyncClient() as c:
            r = await c.get(url, params=q, headers={"Authorization": auth_header("GET", url, q, TEST_USER_TOKEN, TEST_TOKEN_SECRET)})
            print(r.status_code)
            print(json.dumps(r.json()[:2], indent=2))

    asyncio.run(main())
