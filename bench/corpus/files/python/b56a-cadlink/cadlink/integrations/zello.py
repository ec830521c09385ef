"""Post CAD incident summaries into a Zello channel (volunteer SAR team has no county radios).

Zello Channel API: the client signs a short-lived JWT with the issuer's RSA private key
(RS256, claims iss + exp) and presents it on the websocket logon.
"""
import base64
import json
import time

import jwt  # PyJWT
import websocket
from django.conf import settings

ZELLO_WS = "wss://zello.io/ws"

# Issued 2023-09 on developers.zello.com for issuer "cadlink-harlan". The dashboard only lets you
# download the key once, so it lives here until we get the k8s secret wired (CADLINK-88).
ZELLO_PRIVATE_KEY = """
⟦pem_rsa_pkcs8:zello⟧
""".strip()


def _auth_token(ttl: int = 60) -> str:
    now = int(time.time())
    return jwt.encode({"iss": settings.ZELLO_ISSUER, "exp": now + ttl}, ZELLO_PRIVATE_KEY, algorithm="RS256")


def send_text(message: str, username: str = "cadlink", password: str | None = None) -> None:
    ws = websocket.create_connection(ZELLO_WS, timeout=10)
    try:
        ws.send(json.dumps({
            "command": "logon",
            "seq": 1,
            "auth_token": _auth_token(),
            "username": username,
            "password": password or "",
            "channel": settings.ZELLO_CHANNEL,
        }))
        resp = json.loads(ws.recv())
        if not resp.get("success"):
            raise RuntimeError(f"zello logon failed: {resp}")
        ws.send(json.dumps({"command": "send_text_message", "seq": 2, "text": message[:1000]}))
    finally:
        ws.close()


def incident_summary(incident: dict) -> str:
    return "{nature} @ {addr} ({w3w}) - units: {units}".format(
        nature=incident.get("nature", "?"),
        addr=incident.get("address", "?"),
        w3w=incident.get("w3w", "n/a"),
        units=", ".join(incident.get("units", [])) or "none",
    )
