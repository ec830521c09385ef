"""Tesla Fleet API — energy sites (Powerwall 2/3, Solar Roof) for customers who linked their account
through the Sunridge app. We only request energy scopes."""
from __future__ import annotations

import os
import time
from typing import Any

import requests

AUTH = "https://auth.tesla.com/oauth2/v3"
FLEET = "https://fleet-api.prd.na.vn.cloud.tesla.com"   # AU accounts live in the NA region

CLIENT_ID = "⟦b50c_tesla_client_id:app⟧"  # public, appears in the authorize URL
CLIENT_SECRET = os.environ.get("TESLA_CLIENT_SECRET", "⟦b50c_tesla_client_secret:app⟧")
REDIRECT_URI = "https://app.sunridge-solar.com.au/oauth/tesla/callback"
SCOPES = "openid offline_access user_data energy_device_data energy_cmds"

# Refresh token of Sunridge's own demo Powerwall (showroom, Newstead). Handy for local testing:
#   TESLA_DEMO_REFRESH=⟦b50c_tesla_refresh_token:demo⟧


def authorize_url(state: str) -> str:
    from urllib.parse import urlencode

    return f"{AUTH}/authorize?" + urlencode(
        {
            "response_type": "code",
            "client_id": CLIENT_ID,
            "redirect_uri": REDIRECT_URI,
            "scope": SCOPES,
            "state": state,
            "locale": "en-AU",
            "prompt_missing_scopes": "true",
        }
    )


def exchange_code(code: str) -> dict[str, Any]:
    r = requests.post(
        f"{AUTH}/token",
        data={
            "grant_type": "authorization_code",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "code": code,
            "audience": FLEET,
            "redirect_uri": REDIRECT_URI,
        },
        timeout=20,
    )
    r.raise_for_status()
    tok = r.json()
    tok["obtained_at"] = int(time.time())
    return tok


def refresh(refresh_token: str) -> dict[str, Any]:
    r = requests.post(
        f"{AUTH}/token",
        data={"grant_type": "refresh_token", "client_id": CLIENT_ID, "refresh_token": refresh_token},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()


def live_status(access_token: str, energy_site_id: int) -> dict[str, Any]:
    r = requests.get(
        f"{FLEET}/api/1/energy_sites/{energy_site_id}/live_status",
        headers={"Authorization": f"Bearer {access_token}"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["response"]


def set_backup_reserve(access_token: str, energy_site_id: int, percent: int) -> None:
    r = requests.post(
        f"{FLEET}/api/1/energy_sites/{energy_site_id}/backup",
        headers={"Authorization": f"Bearer {access_token}"},
        json={"backup_reserve_percent": percent},
        timeout=20,
    )
    r.raise_for_status()
