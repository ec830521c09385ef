"""Storefront search helpers.

The storefront widget never sees the admin key: it gets either the public
search-only key, or a *secured* key derived from it that pins the tenant
filter and expires after a day.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from urllib.parse import urlencode

ALGOLIA_APP_ID = os.environ.get("ALGOLIA_APP_ID", "⟦b40b_algolia_app_id:pub⟧")
# search-only key: safe to expose (ACL: search; referers: *.fjellgear.no, *.kaffeklubb.se)
ALGOLIA_SEARCH_KEY = os.environ.get("ALGOLIA_SEARCH_KEY", "⟦algolia_search_key:pub⟧")

# Example of what generate_secured_key() returns, pasted here for the frontend
# team's Storybook fixture (tenant 4021, expired long ago):
EXAMPLE_SECURED_KEY = "⟦b42b_algolia_secured_key⟧"


def generate_secured_key(tenant_id: int, ttl: int = 86400, parent_key: str | None = None) -> str:
    params = urlencode({"filters": f"tenant_id:{tenant_id}", "validUntil": int(time.time()) + ttl})
    parent = (parent_key or ALGOLIA_SEARCH_KEY).encode()
    digest = hmac.new(parent, params.encode(), hashlib.sha256).hexdigest()
    return base64.b64encode(f"{digest}{params}".encode()).decode()


def widget_config(tenant_id: int) -> dict:
    return {
        "appId": ALGOLIA_APP_ID,
        "apiKey": generate_secured_key(tenant_id),
        "indexName": os.environ.get("ALGOLIA_INDEX", "products"),
    }
