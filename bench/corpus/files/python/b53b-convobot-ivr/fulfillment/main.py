"""Dialogflow CX webhook for Ava (voice IVR + web chat).

Tags handled:
  - balance.lookup       read balance from core banking (via internal API)
  - handoff.chat         hand the web chat to a human in Zendesk messaging (Sunshine Conversations)
  - handoff.freshchat    legacy: credit-card team still on Freshchat until Q3
  - handoff.livechat     mortgage team (LiveChat)
"""
import base64
import logging
import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("ava-fulfillment")

SUNCO_APP_ID = os.environ.get("SUNCO_APP_ID", "⟦b53b_sunco_app_id:py⟧")
SUNCO_KEY_ID = os.environ.get("SUNCO_KEY_ID", "⟦b53b_sunco_key_id:py⟧")
SUNCO_SECRET = os.environ.get("SUNCO_SECRET", "⟦b53b_sunco_key_secret:py⟧")
SUNCO_BASE = "https://hcu.zendesk.com/sc/v2"

FRESHCHAT_URL = "https://hcu-cards.freshchat.com/v2"
FRESHCHAT_TOKEN = os.environ.get("FRESHCHAT_TOKEN", "⟦b53b_freshchat_api_token:py⟧")

LIVECHAT_ACCOUNT_ID = "⟦uuid:lcacct⟧"
LIVECHAT_PAT = os.environ["LIVECHAT_PAT"]

CORE_API = os.environ.get("CORE_API", "http://core-gw.hcu.internal:8080")


def sunco_auth():
    raw = f"{SUNCO_KEY_ID}:{SUNCO_SECRET}".encode()
    return {"Authorization": "Basic " + base64.b64encode(raw).decode()}


def reply(text, params=None):
    body = {"fulfillment_response": {"messages": [{"text": {"text": [text]}}]}}
    if params:
        body["session_info"] = {"parameters": params}
    return jsonify(body)


@app.post("/webhook")
def webhook():
    req = request.get_json(force=True)
    tag = req.get("fulfillmentInfo", {}).get("tag")
    params = req.get("sessionInfo", {}).get("parameters", {})
    log.info("tag=%s session=%s", tag, req.get("sessionInfo", {}).get("session", "")[-12:])

    if tag == "balance.lookup":
        member = params.get("member_id")
        if not member or not params.get("verified"):
            return reply("I need to verify your identity first.")
        r = requests.get(f"{CORE_API}/members/{member}/accounts", timeout=3)
        accts = r.json().get("accounts", [])
        text = "; ".join(f"{a['nickname']}: ${a['available']:,.2f}" for a in accts) or "I couldn't find any accounts."
        return reply(text)

    if tag == "handoff.chat":
        conv = params.get("sunco_conversation_id")
        requests.post(f"{SUNCO_BASE}/apps/{SUNCO_APP_ID}/conversations/{conv}/passControl",
                      json={"switchboardIntegration": "zd-agentWorkspace", "metadata": {"dataCapture.ticketField.topic": params.get("topic", "")}},
                      headers=sunco_auth(), timeout=5)
        return reply("Connecting you to a member of our team now.")

    if tag == "handoff.freshchat":
        requests.post(f"{FRESHCHAT_URL}/conversations",
                      headers={"Authorization": f"Bearer {FRESHCHAT_TOKEN}"},
                      json={"status": "new", "channel_id": params.get("fc_channel"), "users": [{"id": params.get("fc_user")}]},
                      timeout=5)
        return reply("A card specialist will be with you shortly.")

    if tag == "handoff.livechat":
        auth = base64.b64encode(f"{LIVECHAT_ACCOUNT_ID}:{LIVECHAT_PAT}".encode()).decode()
        requests.post("https://api.livechatinc.com/v3.5/agent/action/transfer_chat",
                      headers={"Authorization": f"Basic {auth}"},
                      json={"id": params.get("lc_chat_id"), "target": {"type": "group", "ids": [3]}}, timeout=5)
        return reply("Transferring you to our mortgage team.")

    return reply("Sorry, I can't help with that yet.")
