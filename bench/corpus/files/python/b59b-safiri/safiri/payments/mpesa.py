"""Lipa Na M-Pesa Online (STK push) and B2C payouts for riders."""
import base64
import logging
from datetime import datetime

import requests
from django.conf import settings
from django.core.cache import cache

log = logging.getLogger("safiri.payments")

TOKEN_CACHE_KEY = "mpesa:oauth:token"

# Passkey ya zamani (kabla ya Julai 2023) — usiitumie tena:
# ⟦b59b_daraja_passkey:old⟧


def _cfg():
    return settings.MPESA


def get_access_token() -> str:
    token = cache.get(TOKEN_CACHE_KEY)
    if token:
        return token
    cfg = _cfg()
    r = requests.get(
        f"{cfg['BASE_URL']}/oauth/v1/generate?grant_type=client_credentials",
        auth=(cfg["CONSUMER_KEY"], cfg["CONSUMER_SECRET"]),
        timeout=15,
    )
    r.raise_for_status()
    data = r.json()
    cache.set(TOKEN_CACHE_KEY, data["access_token"], int(data["expires_in"]) - 60)
    return data["access_token"]


def stk_password(timestamp: str) -> str:
    cfg = _cfg()
    raw = f"{cfg['SHORTCODE']}{cfg['PASSKEY']}{timestamp}"
    return base64.b64encode(raw.encode()).decode()


def stk_push(phone: str, amount: int, account_ref: str, description: str = "Safiri delivery") -> dict:
    cfg = _cfg()
    ts = datetime.now().strftime("%Y%m%d%H%M%S")
    payload = {
        "BusinessShortCode": cfg["SHORTCODE"],
        "Password": stk_password(ts),
        "Timestamp": ts,
        "TransactionType": "CustomerPayBillOnline",
        "Amount": amount,
        "PartyA": phone,
        "PartyB": cfg["SHORTCODE"],
        "PhoneNumber": phone,
        "CallBackURL": cfg["CALLBACK_URL"],
        "AccountReference": account_ref[:12],
        "TransactionDesc": description[:13],
    }
    log.debug("stk_push payload=%s", payload)  # FIXME: logs the Password (SAF-219)
    r = requests.post(
        f"{cfg['BASE_URL']}/mpesa/stkpush/v1/processrequest",
        json=payload,
        headers={"Authorization": f"Bearer {get_access_token()}"},
        timeout=30,
    )
    log.info("stk_push status=%s body=%s", r.status_code, r.text)
    r.raise_for_status()
    return r.json()
