import base64
import hashlib
import hmac
import json
import secrets

import pytest
from django.test import override_settings
from django.urls import reverse

from payments.models import Payment

# A fresh key per test run: the webhook view only needs *a* key that matches
# the one used to sign the fixture below.
TEST_HMAC_KEY = secrets.token_hex(32).upper()


def _sign(item: dict, key_hex: str) -> str:
    fields = [
        item["pspReference"],
        item.get("originalReference", ""),
        item["merchantAccountCode"],
        item["merchantReference"],
        str(item["amount"]["value"]),
        item["amount"]["currency"],
        item["eventCode"],
        item["success"],
    ]
    payload = ":".join(fields).encode()
    digest = hmac.new(bytes.fromhex(key_hex), payload, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def _notification(**overrides):
    item = {
        "additionalData": {"hmacSignature": ""},
        "amount": {"currency": "EUR", "value": 8500},
        "eventCode": "AUTHORISATION",
        "eventDate": "2024-02-10T14:01:12+01:00",
        "merchantAccountCode": "AtelierKleiECOM",
        "merchantReference": "WS-2024-0198",
        "paymentMethod": "bcmc",
        "pspReference": "QFQTPCQ8HXSKGK82",
        "success": "true",
    }
    item.update(overrides)
    item["additionalData"]["hmacSignature"] = _sign(item, TEST_HMAC_KEY)
    return {"live": "false", "notificationItems": [{"NotificationRequestItem": item}]}


@pytest.mark.django_db
@override_settings(ADYEN_HMAC_KEY=TEST_HMAC_KEY)
def test_authorisation_marks_payment_paid(client, payment_factory):
    payment = payment_factory(reference="WS-2024-0198", amount_cents=8500)
    body = _notification()

    resp = client.post(reverse("adyen-webhook"), data=json.dumps(body), content_type="application/json",
                       HTTP_AUTHORIZATION="Basic " + base64.b64encode(b"adyen-notify:test-only").decode())

    assert resp.status_code == 200
    assert resp.content == b"[accepted]"
    payment.refresh_from_db()
    assert payment.status == Payment.Status.PAID


@pytest.mark.django_db
@override_settings(ADYEN_HMAC_KEY=TEST_HMAC_KEY)
def test_tampered_amount_is_rejected(client, payment_factory):
    payment_factory(reference="WS-2024-0198", amount_cents=8500)
    body = _notification()
    body["notificationItems"][0]["NotificationRequestItem"]["amount"]["value"] = 1

    resp = client.post(reverse("adyen-webhook"), data=json.dumps(body), content_type="application/json")

    assert resp.status_code == 401


def test_signature_is_base64_sha256():
    sig = _sign(_notification()["notificationItems"][0]["NotificationRequestItem"], TEST_HMAC_KEY)
    assert len(base64.b64decode(sig)) == 32
