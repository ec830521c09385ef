"""Sponsor webhooks for hearth-community.

POST /kofi             Ko-fi donations/memberships (form field `data` = JSON)
POST /github-sponsors  GitHub Sponsors events (HMAC-SHA256 signed)
POST /polar            Polar.sh subscription events (Standard Webhooks)

Each event gives the sponsor the "Supporter" role on Discord and adds them to
SUPPORTERS.md via a PR (see tasks.py).
"""
import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

from .tasks import grant_supporter_role, queue_supporters_pr

app = Flask(__name__)

KOFI_VERIFICATION_TOKEN = os.getenv("KOFI_VERIFICATION_TOKEN", "⟦b49c_kofi_verification_token:hearth⟧")
GH_SPONSORS_SECRET = os.getenv("GH_SPONSORS_WEBHOOK_SECRET", "⟦webhook_signing_secret:ghsponsors⟧").encode()
POLAR_WEBHOOK_SECRET = os.environ["POLAR_WEBHOOK_SECRET"]


@app.post("/kofi")
def kofi():
    payload = json.loads(request.form["data"])
    if not hmac.compare_digest(payload.get("verification_token", ""), KOFI_VERIFICATION_TOKEN):
        abort(401)
    if payload["type"] in ("Donation", "Subscription") and payload.get("is_public", True):
        queue_supporters_pr(name=payload["from_name"], source="Ko-fi", tier=payload.get("tier_name"))
    if payload.get("discord_userid"):
        grant_supporter_role(int(payload["discord_userid"]))
    return "", 200


@app.post("/github-sponsors")
def github_sponsors():
    sig = request.headers.get("X-Hub-Signature-256", "")
    digest = "sha256=" + hmac.new(GH_SPONSORS_SECRET, request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, digest):
        abort(401)
    event = request.get_json()
    if event["action"] == "created":
        s = event["sponsorship"]
        queue_supporters_pr(name=s["sponsor"]["login"], source="GitHub Sponsors", tier=s["tier"]["name"])
    return "", 204


@app.post("/polar")
def polar():
    from standardwebhooks.webhooks import Webhook

    wh = Webhook(POLAR_WEBHOOK_SECRET)
    try:
        event = wh.verify(request.data, dict(request.headers))
    except Exception:  # noqa: BLE001
        abort(401)
    if event["type"] == "subscription.active":
        customer = event["data"]["customer"]
        queue_supporters_pr(name=customer.get("name") or customer["email"].split("@")[0], source="Polar", tier=None)
    return "", 202
