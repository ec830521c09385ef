"""NAVER WORKS 봇으로 장애 알림을 보내는 모듈 (API 2.0, Service Account 인증)."""
import os
import time
from pathlib import Path

import jwt  # PyJWT
import requests

AUTH_URL = "https://auth.worksmobile.com/oauth2/v2.0/token"
API_BASE = "https://www.worksapis.com/v1.0"

CLIENT_ID = os.environ.get("WORKS_CLIENT_ID", "⟦b60c_works_client_id:py⟧")
CLIENT_SECRET = os.environ.get("WORKS_CLIENT_SECRET", "⟦b60c_works_client_secret:py⟧")
SERVICE_ACCOUNT = os.environ.get("WORKS_SERVICE_ACCOUNT", "4xq7v.serviceaccount@onnuri.io")
PRIVATE_KEY_PATH = Path(os.environ.get("WORKS_PRIVATE_KEY_PATH", "/etc/onnuri/works_private_20240115.key"))
BOT_ID = os.environ.get("WORKS_BOT_ID", "7213306")

_cache = {"token": None, "exp": 0}


def _assertion():
    now = int(time.time())
    payload = {"iss": CLIENT_ID, "sub": SERVICE_ACCOUNT, "iat": now, "exp": now + 3600}
    return jwt.encode(payload, PRIVATE_KEY_PATH.read_text(), algorithm="RS256")


def access_token():
    if _cache["token"] and _cache["exp"] > time.time() + 60:
        return _cache["token"]
    r = requests.post(
        AUTH_URL,
        data={
            "assertion": _assertion(),
            "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "scope": "bot bot.message",
        },
        timeout=10,
    )
    r.raise_for_status()
    body = r.json()
    _cache.update(token=body["access_token"], exp=time.time() + int(body["expires_in"]))
    return _cache["token"]


def send_to_channel(channel_id: str, text: str):
    r = requests.post(
        f"{API_BASE}/bots/{BOT_ID}/channels/{channel_id}/messages",
        headers={"Authorization": f"Bearer {access_token()}"},
        json={"content": {"type": "text", "text": text}},
        timeout=10,
    )
    r.raise_for_status()
