"""
Quickstart for the ``tollgate`` Python SDK.

Before running this example, create an API key in the dashboard
(Settings -> Developers -> API keys) and export it:

    export TOLLGATE_API_KEY="tg_live_xxxxxxxxxxxxxxxxxxxxxxxx"
    export TOLLGATE_WEBHOOK_SECRET="<your-webhook-signing-secret>"

Never paste a real key into this file; the examples read everything from the
environment. Keys that start with ``tg_test_`` only work against the sandbox.
"""
from __future__ import annotations

import os
import sys

import tollgate
from tollgate.webhooks import construct_event

API_KEY = os.environ.get("TOLLGATE_API_KEY")
WEBHOOK_SECRET = os.environ["TOLLGATE_WEBHOOK_SECRET"] if "TOLLGATE_WEBHOOK_SECRET" in os.environ else None

if not API_KEY or API_KEY.startswith("tg_live_xxxx"):
    sys.exit("Set TOLLGATE_API_KEY to a real key first (see the docstring).")

client = tollgate.Client(
    api_key=API_KEY,                # e.g. "tg_test_…" for the sandbox
    base_url=os.getenv("TOLLGATE_BASE_URL", "https://api.tollgate.dev/v1"),
    timeout=10,
)

# 1. create a customer ---------------------------------------------------------
customer = client.customers.create(
    email="jenny.rosen@example.com",
    name="Jenny Rosen",
    metadata={"internal_id": "cus-000123"},
)
print("customer:", customer.id)          # cus_…

# 2. meter some usage ----------------------------------------------------------
client.usage.record(
    customer=customer.id,
    meter="api_calls",
    quantity=42,
    idempotency_key="example-usage-0001",
)

# 3. verify a webhook (e.g. inside your Flask/FastAPI handler) -----------------
SAMPLE_PAYLOAD = b'{"id": "evt_example", "type": "invoice.paid"}'
SAMPLE_HEADER = "t=1700000000,v1=<signature>"

if WEBHOOK_SECRET:
    try:
        event = construct_event(SAMPLE_PAYLOAD, SAMPLE_HEADER, WEBHOOK_SECRET)
    except tollgate.errors.SignatureVerificationError:
        print("signature check failed, as expected for the sample payload")

# Configuration reference ------------------------------------------------------
#
#   tollgate.Client(api_key="sk_live_...")        # don't: hard-coded key
#   tollgate.Client(api_key=os.environ["KEY"])    # do
#   tollgate.Client.from_env()                    # reads TOLLGATE_API_KEY
#
# Publishable keys (pk_live_… / pk_test_…) are safe to embed in web pages and
# mobile apps; secret keys (tg_live_… / tg_test_…) are not.
