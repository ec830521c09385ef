"""Webhook signature tests for the Lithic and Marqeta receivers.

All secrets here are throwaway fixtures generated for the test run; nothing
below is valid against a real processor.
"""
import hashlib
import hmac
import json
import time

import pytest

from webhooks.lithic import verify_lithic_signature
from webhooks.marqeta import verify_basic_auth

FIXTURE_SECRET = "whsec_dGVzdC1zZWNyZXQtbm90LXJlYWw="  # base64("test-secret-not-real")
TEST_CARD_PAN = "4111111111111111"          # Visa test PAN from the sandbox docs
TEST_CARD_LAST_FOUR = "1111"


def _sign(secret: str, msg_id: str, ts: int, body: bytes) -> str:
    key = secret.split("_", 1)[1].encode()
    mac = hmac.new(key, f"{msg_id}.{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return f"v1,{mac}"


@pytest.fixture
def card_event():
    return {
        "event_type": "card.created",
        "payload": {
            "token": "7ef7d65c-9023-4da3-b113-3b8583fd7951",
            "last_four": TEST_CARD_LAST_FOUR,
            "state": "OPEN",
            "type": "VIRTUAL",
            "spend_limit": 50000,
        },
    }


def test_valid_signature(card_event):
    body = json.dumps(card_event).encode()
    ts = int(time.time())
    sig = _sign(FIXTURE_SECRET, "msg_2Qz", ts, body)
    assert verify_lithic_signature(FIXTURE_SECRET, "msg_2Qz", ts, body, sig)


def test_replayed_timestamp_rejected(card_event):
    body = json.dumps(card_event).encode()
    ts = int(time.time()) - 3600
    sig = _sign(FIXTURE_SECRET, "msg_2Qz", ts, body)
    assert not verify_lithic_signature(FIXTURE_SECRET, "msg_2Qz", ts, body, sig)


def test_marqeta_basic_auth_rejects_wrong_password(settings):
    settings.JIT_GATEWAY = {"USERNAME": "marqeta-jit", "PASSWORD": "correct-horse"}
    header = "Basic bWFycWV0YS1qaXQ6d3JvbmctcGFzc3dvcmQ="  # marqeta-jit:wrong-password
    assert verify_basic_auth(header) is False


def test_pan_never_logged(caplog, card_event):
    card_event["payload"]["pan"] = TEST_CARD_PAN
    from webhooks.redact import redact
    out = redact(card_event)
    assert out["payload"]["pan"] == "411111******1111"
