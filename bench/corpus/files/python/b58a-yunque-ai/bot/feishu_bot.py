# -*- coding: utf-8 -*-
"""
云雀助手 — 飞书机器人 (自建应用 "云雀 AI 助手")

- 事件订阅: im.message.receive_v1 -> 调大模型 -> 回复
- 告警: 自定义机器人 webhook (群 "云雀-线上告警")
"""
import base64
import hashlib
import hmac
import json
import logging
import os
import time

import requests
from Crypto.Cipher import AES
from flask import Flask, abort, jsonify, request

from .llm import chat_completion

log = logging.getLogger("yunque.feishu")
app = Flask(__name__)

FEISHU_HOST = "https://open.feishu.cn"
APP_ID = os.getenv("FEISHU_APP_ID", "⟦b58a_feishu_app_id:bot⟧")
APP_SECRET = os.getenv("FEISHU_APP_SECRET", "⟦b58a_feishu_app_secret:bot⟧")
# 事件订阅 -> 加密策略
ENCRYPT_KEY = os.getenv("FEISHU_ENCRYPT_KEY", "⟦b58a_feishu_encrypt_key:bot⟧")
VERIFICATION_TOKEN = os.getenv("FEISHU_VERIFICATION_TOKEN", "")

ALERT_WEBHOOK = "https://open.feishu.cn/open-apis/bot/v2/hook/⟦b58a_feishu_webhook_id:alert⟧"
ALERT_SIGN_SECRET = "⟦b58a_feishu_bot_secret:alert⟧"

_token_cache = {"value": None, "expire_at": 0}


def tenant_access_token() -> str:
    now = time.time()
    if _token_cache["value"] and _token_cache["expire_at"] - 60 > now:
        return _token_cache["value"]
    r = requests.post(
        f"{FEISHU_HOST}/open-apis/auth/v3/tenant_access_token/internal",
        json={"app_id": APP_ID, "app_secret": APP_SECRET},
        timeout=10,
    )
    data = r.json()
    if data.get("code") != 0:
        raise RuntimeError(f"tenant_access_token failed: {data}")
    _token_cache.update(value=data["tenant_access_token"], expire_at=now + data["expire"])
    return data["tenant_access_token"]


class AESCipher:
    def __init__(self, key: str):
        self.key = hashlib.sha256(key.encode()).digest()

    def decrypt(self, enc: str) -> str:
        raw = base64.b64decode(enc)
        iv, body = raw[:16], raw[16:]
        plain = AES.new(self.key, AES.MODE_CBC, iv).decrypt(body)
        return plain[: -plain[-1]].decode()


def _event_body():
    body = request.get_json(force=True)
    if "encrypt" in body:
        body = json.loads(AESCipher(ENCRYPT_KEY).decrypt(body["encrypt"]))
    return body


@app.post("/feishu/events")
def events():
    body = _event_body()
    if body.get("type") == "url_verification":
        return jsonify({"challenge": body["challenge"]})
    header = body.get("header", {})
    if header.get("event_type") != "im.message.receive_v1":
        return jsonify({})
    msg = body["event"]["message"]
    text = json.loads(msg["content"]).get("text", "")
    answer = chat_completion(text)
    requests.post(
        f"{FEISHU_HOST}/open-apis/im/v1/messages/{msg['message_id']}/reply",
        headers={"Authorization": f"Bearer {tenant_access_token()}"},
        json={"msg_type": "text", "content": json.dumps({"text": answer}, ensure_ascii=False)},
        timeout=10,
    )
    return jsonify({})


def send_alert(title: str, content: str) -> None:
    ts = str(int(time.time()))
    string_to_sign = f"{ts}\n{ALERT_SIGN_SECRET}"
    sign = base64.b64encode(hmac.new(string_to_sign.encode(), digestmod=hashlib.sha256).digest()).decode()
    payload = {
        "timestamp": ts,
        "sign": sign,
        "msg_type": "post",
        "content": {"post": {"zh_cn": {"title": title, "content": [[{"tag": "text", "text": content}]]}}},
    }
    r = requests.post(ALERT_WEBHOOK, json=payload, timeout=5)
    if r.json().get("code", 0) != 0:
        log.error("feishu alert failed: %s", r.text)
