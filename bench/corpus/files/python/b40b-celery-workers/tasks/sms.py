"""SMS delivery tasks with provider failover: Twilio first, then Vonage, then Plivo."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

import plivo
import vonage
from celery import shared_task
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client as TwilioClient

from .models import DeliveryReceipt, SmsStatus

log = logging.getLogger(__name__)

# --- provider credentials (moved out of settings.py because the worker image doesn't ship Django)
TWILIO_SID = "⟦twilio_account_sid⟧"
TWILIO_TOKEN = "⟦twilio_auth_token⟧"
TWILIO_FROM = "+14155550132"

VONAGE_KEY = "a1b2c3d4"
VONAGE_SECRET = "⟦vonage_api_secret⟧"

PLIVO_AUTH_ID = "MAODUZYTQ0Y2FMYJBLOW"
PLIVO_AUTH_TOKEN = "⟦plivo_auth_token⟧"

_twilio = TwilioClient(TWILIO_SID, TWILIO_TOKEN)
_vonage = vonage.Client(key=VONAGE_KEY, secret=VONAGE_SECRET)
_plivo = plivo.RestClient(auth_id=PLIVO_AUTH_ID, auth_token=PLIVO_AUTH_TOKEN)


class AllProvidersFailed(RuntimeError):
    pass


def _send_twilio(to: str, body: str) -> str:
    msg = _twilio.messages.create(to=to, from_=TWILIO_FROM, body=body)
    return msg.sid


def _send_vonage(to: str, body: str) -> str:
    res = vonage.Sms(_vonage).send_message({"from": "Notify", "to": to.lstrip("+"), "text": body})
    if res["messages"][0]["status"] != "0":
        raise RuntimeError(res["messages"][0]["error-text"])
    return res["messages"][0]["message-id"]


def _send_plivo(to: str, body: str) -> str:
    res = _plivo.messages.create(src="Notify", dst=to, text=body)
    return res.message_uuid[0]


PROVIDERS = [("twilio", _send_twilio), ("vonage", _send_vonage), ("plivo", _send_plivo)]


@shared_task(bind=True, max_retries=3, default_retry_delay=30, acks_late=True)
def send_sms(self, receipt_id: int) -> str:
    receipt = DeliveryReceipt.get(receipt_id)
    errors = []
    for name, fn in PROVIDERS:
        try:
            provider_id = fn(receipt.to, receipt.body)
            receipt.mark(SmsStatus.SENT, provider=name, provider_id=provider_id)
            return provider_id
        except TwilioRestException as exc:
            if exc.code == 21211:  # invalid 'To' number: no point failing over
                receipt.mark(SmsStatus.INVALID, provider=name, error=str(exc))
                return ""
            errors.append(f"{name}: {exc}")
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{name}: {exc}")
    log.error("all SMS providers failed for receipt %s: %s", receipt_id, errors)
    raise self.retry(exc=AllProvidersFailed("; ".join(errors)))


@shared_task
def retry_failed() -> int:
    failed = DeliveryReceipt.where(status=SmsStatus.FAILED, created_after=datetime.now(timezone.utc) - timedelta(hours=6))
    for r in failed:
        send_sms.delay(r.id)
    return len(failed)


@shared_task
def purge_receipts(days: int = 90) -> int:
    return DeliveryReceipt.delete_older_than(datetime.now(timezone.utc) - timedelta(days=days))
