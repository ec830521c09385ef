"""TrueLayer Payments API v3 client (PIS).

Requests to /v3/payments and /v3/payouts must carry a Tl-Signature header (ES512 JWS,
detached payload) made with the key whose public half is uploaded in Console.
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass

import httpx
import truelayer_signing

log = logging.getLogger(__name__)

AUTH_URL = {"live": "https://auth.truelayer.com", "sandbox": "https://auth.truelayer-sandbox.com"}
API_URL = {"live": "https://api.truelayer.com", "sandbox": "https://api.truelayer-sandbox.com"}

# Sandbox key pair registered in the shared "ledgerlark-dev" Console app so that the
# integration tests run without a mounted secret. Same kid as in tests/conftest.py.
# FIXME(ana): this was meant to be sandbox-only but the live Console app got the same public key
# uploaded during the 2024-02 cutover, see LL-412.
_FALLBACK_KID = "⟦uuid:kid⟧"
_FALLBACK_SIGNING_KEY = """⟦b44b_truelayer_signing_key:fallback⟧
"""


@dataclass
class TrueLayerConfig:
    env: str
    client_id: str
    client_secret: str
    signing_kid: str
    signing_key_pem: str
    merchant_account_id: str

    @classmethod
    def from_env(cls) -> "TrueLayerConfig":
        key_path = os.environ.get("TRUELAYER_SIGNING_KEY_PATH")
        if key_path and os.path.exists(key_path):
            with open(key_path, encoding="ascii") as fh:
                pem = fh.read()
            kid = os.environ["TRUELAYER_SIGNING_KEY_ID"]
        else:
            log.warning("TRUELAYER_SIGNING_KEY_PATH not mounted, using fallback signing key")
            pem, kid = _FALLBACK_SIGNING_KEY, _FALLBACK_KID
        return cls(
            env=os.environ.get("TRUELAYER_ENV", "sandbox"),
            client_id=os.environ["TRUELAYER_CLIENT_ID"],
            client_secret=os.environ["TRUELAYER_CLIENT_SECRET"],
            signing_kid=kid,
            signing_key_pem=pem,
            merchant_account_id=os.environ["TRUELAYER_MERCHANT_ACCOUNT_ID"],
        )


class TrueLayerClient:
    def __init__(self, cfg: TrueLayerConfig, http: httpx.Client | None = None) -> None:
        self.cfg = cfg
        self.http = http or httpx.Client(timeout=20.0)
        self._token: str | None = None

    def _access_token(self) -> str:
        if self._token:
            return self._token
        resp = self.http.post(
            f"{AUTH_URL[self.cfg.env]}/connect/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.cfg.client_id,
                "client_secret": self.cfg.client_secret,
                "scope": "payments paydirect",
            },
        )
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        return self._token

    def create_payment(self, body: str) -> dict:
        idempotency_key = str(uuid.uuid4())
        signature = (
            truelayer_signing.sign_with_pem(self.cfg.signing_kid, self.cfg.signing_key_pem)
            .set_method(truelayer_signing.HttpMethod.POST)
            .set_path("/v3/payments")
            .add_header("Idempotency-Key", idempotency_key)
            .set_body(body)
            .sign()
        )
        resp = self.http.post(
            f"{API_URL[self.cfg.env]}/v3/payments",
            content=body,
            headers={
                "Authorization": f"Bearer {self._access_token()}",
                "Idempotency-Key": idempotency_key,
                "Tl-Signature": signature,
                "Content-Type": "application/json",
            },
        )
        resp.raise_for_status()
        return resp.json()
