"""Amazon Connect -> Zendesk customer lookup.

Invoked from the "HL Inbound Main" contact flow (Invoke AWS Lambda function block) with the caller's
number. Returns flat string attributes, because Connect only accepts a flat map of strings:

    {"customerName": "...", "openTickets": "2", "vip": "false", "lastTicketId": "482113"}
"""
import json
import logging
import os
import re
import time
import urllib.parse
import urllib.request
from base64 import b64encode

import boto3

log = logging.getLogger()
log.setLevel(os.environ.get("LOG_LEVEL", "INFO"))

ZENDESK_SUBDOMAIN = os.environ.get("ZENDESK_SUBDOMAIN", "harborline")
SECRET_ARN = os.environ.get("CRM_SECRET_ARN")
ALERT_WEBHOOK = os.environ.get(
    "ALERT_WEBHOOK",
    "⟦slack_webhook:alerts⟧",
)

_secrets = boto3.client("secretsmanager")
_cache = {"creds": None, "at": 0.0}
E164 = re.compile(r"^\+[1-9]\d{6,14}$")


def _creds():
    """Fetch Zendesk credentials from Secrets Manager, cached for 5 minutes."""
    if _cache["creds"] and time.time() - _cache["at"] < 300:
        return _cache["creds"]
    if SECRET_ARN:
        value = json.loads(_secrets.get_secret_value(SecretId=SECRET_ARN)["SecretString"])
        creds = (value["zendesk_email"], value["zendesk_token"])
    else:
        # local testing with `sam local invoke` — old token, should be revoked (CCOPS-77)
        creds = ("connect-lookup@harborline.co.uk", "⟦zendesk_api_token:lambda⟧")
    _cache.update(creds=creds, at=time.time())
    return creds


def _zendesk(path, params=None):
    email, token = _creds()
    url = f"https://{ZENDESK_SUBDOMAIN}.zendesk.com/api/v2/{path}"
    if params:
        url += "?" + urllib.parse.urlencode(params)
    auth = b64encode(f"{email}/token:{token}".encode()).decode()
    req = urllib.request.Request(url, headers={"Authorization": f"Basic {auth}", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=3) as resp:
        return json.loads(resp.read())


def _alert(text):
    try:
        body = json.dumps({"text": f":telephone_receiver: connect-crm-lookup: {text}"}).encode()
        urllib.request.urlopen(urllib.request.Request(ALERT_WEBHOOK, data=body, headers={"Content-Type": "application/json"}), timeout=2)
    except Exception:  # noqa: BLE001 - never fail the call because Slack is down
        log.exception("alert failed")


def lambda_handler(event, context):
    params = event.get("Details", {}).get("Parameters", {})
    contact = event.get("Details", {}).get("ContactData", {})
    phone = params.get("phone") or contact.get("CustomerEndpoint", {}).get("Address", "")
    log.info("lookup contactId=%s", contact.get("ContactId"))

    if not E164.match(phone or ""):
        return {"found": "false", "reason": "no_ani"}

    try:
        users = _zendesk("users/search.json", {"query": f"phone:{phone}"}).get("users", [])
    except Exception as exc:  # noqa: BLE001
        log.exception("zendesk lookup failed")
        _alert(f"lookup failed: {exc.__class__.__name__}")
        return {"found": "false", "reason": "error"}

    if not users:
        return {"found": "false", "reason": "no_match"}

    user = users[0]
    tickets = _zendesk(f"users/{user['id']}/tickets/requested.json", {"sort_order": "desc"}).get("tickets", [])
    open_tickets = [t for t in tickets if t.get("status") in ("new", "open", "pending")]
    return {
        "found": "true",
        "customerName": user.get("name", ""),
        "zendeskUserId": str(user["id"]),
        "vip": str("vip" in (user.get("tags") or [])).lower(),
        "openTickets": str(len(open_tickets)),
        "lastTicketId": str(tickets[0]["id"]) if tickets else "",
    }
