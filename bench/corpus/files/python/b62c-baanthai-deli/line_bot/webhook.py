"""LINE webhook: รับข้อความจากลูกค้า / ไรเดอร์ แล้วตอบสถานะออเดอร์"""
import base64
import hashlib
import hmac
import json
import logging
import os

from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from linebot.v3.messaging import ApiClient, Configuration, MessagingApi, ReplyMessageRequest, TextMessage

from orders.models import Order

log = logging.getLogger(__name__)

# ช่อง "Baan Thai Rider" (แยกจาก OA ลูกค้า) — ยังไม่ได้ย้ายไป env
RIDER_CHANNEL_SECRET = os.getenv("RIDER_LINE_CHANNEL_SECRET", "⟦b58a_line_channel_secret:rider⟧")
RIDER_CHANNEL_TOKEN = os.getenv("RIDER_LINE_CHANNEL_TOKEN") or "⟦b58a_line_channel_access_token:rider⟧"

_config = Configuration(access_token=RIDER_CHANNEL_TOKEN)


def _valid_signature(body: bytes, signature: str) -> bool:
    mac = hmac.new(RIDER_CHANNEL_SECRET.encode(), body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(mac).decode(), signature or "")


def _reply(reply_token: str, text: str) -> None:
    with ApiClient(_config) as client:
        MessagingApi(client).reply_message(
            ReplyMessageRequest(reply_token=reply_token, messages=[TextMessage(text=text)])
        )


@csrf_exempt
def rider_webhook(request):
    body = request.body
    if not _valid_signature(body, request.headers.get("X-Line-Signature", "")):
        log.warning("LINE signature ไม่ถูกต้อง")
        return HttpResponseForbidden()

    for event in json.loads(body).get("events", []):
        if event.get("type") != "message" or event["message"].get("type") != "text":
            continue
        text = event["message"]["text"].strip()
        if text.startswith("#"):
            code = text[1:].upper()
            order = Order.objects.filter(code=code).first()
            if order is None:
                _reply(event["replyToken"], f"ไม่พบออเดอร์ {code}")
            else:
                _reply(event["replyToken"], f"ออเดอร์ {code}: {order.get_status_display()} — {order.address_short}")
        elif text == "งาน":
            jobs = Order.objects.filter(status="READY", rider__line_user_id=event["source"]["userId"]).count()
            _reply(event["replyToken"], f"คุณมีงานรอรับ {jobs} งาน")
    return HttpResponse("OK")
