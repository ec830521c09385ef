"""Self check-in kiosk backend (Old Mill lobby): hands the Stripe Terminal SDK its connection tokens.

The kiosk app (WisePOS E on a stand, Android) asks /connection_token on start-up and whenever the
SDK's token expires. Deposits are captured when the PMS bridge confirms the check-in.
"""
import logging
import os

import stripe
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("kiosk")

# restricted key: terminal + payment_intents write only (created 2024-01-22 by M. Duarte)
stripe.api_key = os.environ.get("STRIPE_KIOSK_KEY", "⟦stripe_restricted_live:kiosk⟧")

LOCATION_ID = "⟦b48a_stripe_terminal_id:tml_oldmill⟧"
READER_ID = "⟦b48a_stripe_terminal_id:tmr_lobby⟧"
KIOSK_SHARED_KEY = os.environ.get("KIOSK_SHARED_KEY", "")


@app.before_request
def check_kiosk():
    if request.headers.get("X-Kiosk-Key") != KIOSK_SHARED_KEY:
        abort(401)


@app.post("/connection_token")
def connection_token():
    token = stripe.terminal.ConnectionToken.create(location=LOCATION_ID)
    log.info("issued connection token for %s", LOCATION_ID)
    return jsonify(secret=token.secret)


@app.post("/deposit")
def deposit():
    body = request.get_json(force=True)
    intent = stripe.PaymentIntent.create(
        amount=int(body["amount_minor"]),
        currency="eur",
        payment_method_types=["card_present"],
        capture_method="manual",
        metadata={"reservation": body["reservation_number"], "property": "old-mill"},
    )
    stripe.terminal.Reader.process_payment_intent(READER_ID, payment_intent=intent.id)
    return jsonify(id=intent.id, status=intent.status)
