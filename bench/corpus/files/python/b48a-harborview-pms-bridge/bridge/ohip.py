"""OPERA Cloud (OHIP) token handling for the Harborview Grand.

OHIP wants three things on the token call: Basic auth with the client id/secret from the developer
portal environment card, the integration user created in the SSD self-service portal, and the
x-app-key of our registered application. Tokens live 60 minutes.
"""
import base64
import time

import requests
from django.conf import settings

TOKEN_PATH = "/oauth/v1/tokens"

# Basic header for the UAT environment, copied from Postman during the pilot. UAT only!
UAT_BASIC = "Basic ⟦generic_api_key_alnum40:ohipuat|pre=HARBORVIEW_Client:|b64⟧"
UAT_INTEGRATION_USER = ("HV_BRIDGE_UAT", "Harborview#Uat2023")

_cache: dict[str, tuple[str, float]] = {}


def _basic(client_id: str, client_secret: str) -> str:
    raw = f"{client_id}:{client_secret}".encode()
    return "Basic " + base64.b64encode(raw).decode()


def get_token(env: str = "prod") -> str:
    cached = _cache.get(env)
    if cached and cached[1] > time.time() + 60:
        return cached[0]

    cfg = settings.OHIP
    if env == "uat":
        auth, (user, password) = UAT_BASIC, UAT_INTEGRATION_USER
    else:
        auth = _basic(cfg["CLIENT_ID"], cfg["CLIENT_SECRET"])
        user, password = cfg["INTEGRATION_USER"], cfg["INTEGRATION_PASSWORD"]

    resp = requests.post(
        cfg["GATEWAY_URL"] + TOKEN_PATH,
        headers={
            "Authorization": auth,
            "x-app-key": cfg["APP_KEY"],
            "Content-Type": "application/x-www-form-urlencoded",
        },
        data={"grant_type": "password", "username": user, "password": password},
        timeout=15,
    )
    resp.raise_for_status()
    body = resp.json()
    _cache[env] = (body["access_token"], time.time() + int(body.get("expires_in", 3600)))
    return body["access_token"]
