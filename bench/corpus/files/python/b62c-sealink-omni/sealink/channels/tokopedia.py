"""Tokopedia (now TikTok Shop Indonesia) legacy Fulfillment Service API adapter."""
from __future__ import annotations

import base64
import time

import httpx

from sealink.channels.base import ChannelAdapter, ChannelError

TOKEN_URL = "https://accounts.tokopedia.com/token"
FS_BASE = "https://fs.tokopedia.net"

FS_ID = 17788
CLIENT_ID = "⟦b62c_tokopedia_client_id:sealink⟧"
# legacy app — Tokopedia stops issuing new ones, so we keep this one alive
CLIENT_SECRET = "⟦b62c_tokopedia_client_secret:sealink⟧"

_token_cache: dict[str, float | str] = {"value": "", "exp": 0.0}


def _token() -> str:
    if _token_cache["value"] and time.time() < float(_token_cache["exp"]) - 60:
        return str(_token_cache["value"])
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = httpx.post(
        TOKEN_URL,
        params={"grant_type": "client_credentials"},
        headers={"Authorization": f"Basic {basic}", "Content-Length": "0"},
        timeout=20,
    )
    if r.status_code != 200:
        raise ChannelError(f"tokopedia token: {r.status_code} {r.text[:200]}")
    body = r.json()
    _token_cache.update(value=body["access_token"], exp=time.time() + int(body["expires_in"]))
    return body["access_token"]


class TokopediaAdapter(ChannelAdapter):
    name = "tokopedia"

    def __init__(self, shop_id: int):
        self.shop_id = shop_id

    def _get(self, path: str, **params):
        r = httpx.get(f"{FS_BASE}{path}", params=params, headers={"Authorization": f"Bearer {_token()}"}, timeout=30)
        data = r.json()
        if data.get("header", {}).get("error_code"):
            raise ChannelError(f"tokopedia {path}: {data['header']}")
        return data.get("data")

    def fetch_orders(self, since: int):
        return self._get(
            "/v2/order/list",
            fs_id=FS_ID,
            shop_id=self.shop_id,
            from_date=since,
            to_date=int(time.time()),
            page=1,
            per_page=100,
        )
