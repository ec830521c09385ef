"""RemoteLock (formerly LockState) webhook receiver + access-guest sync for short-term rentals.

Flow: Guesty reservation confirmed -> we create an access_guest on the unit's RemoteLock device
with starts_at/ends_at = check-in/check-out -> RemoteLock notifies us (webhook) when the guest
first unlocks, which we forward to the host's Slack.
"""
import hashlib
import hmac
import os
import time

import requests
from flask import Flask, abort, request

app = Flask(__name__)

RL_API = "https://api.remotelock.com"
RL_TOKEN_URL = "https://connect.remotelock.com/oauth/token"
RL_CLIENT_ID = os.environ.get("RL_CLIENT_ID", "⟦b49b_remotelock_client_id:prod⟧")
RL_CLIENT_SECRET = os.environ.get("RL_CLIENT_SECRET", "⟦b49b_remotelock_client_secret:prod⟧")

# shared secret set on the RemoteLock notification subscriber (webhook) -- used to verify X-Secret
RL_WEBHOOK_SECRET = "⟦webhook_signing_secret:rl⟧"

_token = {"value": None, "exp": 0}


def token() -> str:
    if _token["value"] and _token["exp"] > time.time() + 60:
        return _token["value"]
    r = requests.post(RL_TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": RL_CLIENT_ID,
        "client_secret": RL_CLIENT_SECRET,
    }, timeout=20)
    r.raise_for_status()
    body = r.json()
    _token.update(value=body["access_token"], exp=time.time() + body["expires_in"])
    return _token["value"]


def create_guest(device_id: str, name: str, starts_at: str, ends_at: str, pin: str) -> dict:
    r = requests.post(
        f"{RL_API}/access_persons",
        headers={"Authorization": f"Bearer {token()}", "Accept": "application/vnd.lockstate+json; version=1"},
        json={"type": "access_guest", "attributes": {"name": name, "starts_at": starts_at, "ends_at": ends_at, "pin": pin}},
        timeout=20,
    )
    r.raise_for_status()
    guest = r.json()["data"]
    requests.post(
        f"{RL_API}/access_persons/{guest['id']}/accesses",
        headers={"Authorization": f"Bearer {token()}", "Accept": "application/vnd.lockstate+json; version=1"},
        json={"attributes": {"accessible_id": device_id, "accessible_type": "lock"}},
        timeout=20,
    ).raise_for_status()
    return guest


@app.post("/hooks/remotelock")
def remotelock_hook():
    if not hmac.compare_digest(request.headers.get("X-Secret", ""), RL_WEBHOOK_SECRET):
        abort(401)
    event = request.get_json(force=True)
    if event.get("data", {}).get("type") == "unlocked_event":
        attrs = event["data"]["attributes"]
        app.logger.info("first unlock %s at %s", attrs.get("associated_resource_id"), attrs.get("occurred_at"))
    return "", 204


def _digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()
