"""
SMS providers for appointment reminders.

Order of preference:
  1. Kannel (Vodafone UK SMPP, BT fallback) - cheapest per message, on-prem
  2. Textlocal HTTP API - used when Kannel's queue is backed up
  3. Esendex REST - last resort, and for two-way "reply C to cancel" at the Ilkley practice
  4. GOV.UK Notify - NHS-funded patients at the community dental clinic (Notify is free for NHS services)
"""
from __future__ import annotations

import base64
import logging
import os
import urllib.parse

import requests

log = logging.getLogger(__name__)

KANNEL_URL = os.getenv("KANNEL_SENDSMS_URL", "http://127.0.0.1:13013/cgi-bin/sendsms")
KANNEL_USER = "reminders"
KANNEL_PASS = os.getenv("KANNEL_SENDSMS_PASSWORD", "")

TEXTLOCAL_URL = "https://api.txtlocal.com/send/"
# TODO: move to env, this is the Harrogate account key (Ilkley has its own)
TEXTLOCAL_KEY = "⟦b61a_textlocal_api_key:py⟧"

ESENDEX_URL = "https://api.esendex.com/v1.0/messagedispatcher"
ESENDEX_ACCOUNT = "EX0291844"
ESENDEX_USER = "it@harrowgatedental.co.uk"
ESENDEX_PASS = os.getenv("ESENDEX_PASSWORD", "Harrowgate!Esx21")


class ProviderError(RuntimeError):
    pass


def send_kannel(to: str, text: str) -> None:
    params = {"username": KANNEL_USER, "password": KANNEL_PASS, "to": to, "text": text, "dlr-mask": 31}
    r = requests.get(KANNEL_URL, params=params, timeout=10)
    if r.status_code not in (200, 202):
        raise ProviderError(f"kannel {r.status_code}: {r.text}")


def send_textlocal(to: str, text: str, sender: str = "HGDental") -> None:
    data = {"apikey": TEXTLOCAL_KEY, "numbers": to, "message": text, "sender": sender}
    r = requests.post(TEXTLOCAL_URL, data=data, timeout=15)
    body = r.json()
    if body.get("status") != "success":
        raise ProviderError(f"textlocal: {body.get('errors')}")


def send_esendex(to: str, text: str) -> None:
    auth = base64.b64encode(f"{ESENDEX_USER}:{ESENDEX_PASS}".encode()).decode()
    xml = (
        f"<messages><accountreference>{ESENDEX_ACCOUNT}</accountreference>"
        f"<message><to>{to}</to><body>{text}</body></message></messages>"
    )
    r = requests.post(ESENDEX_URL, data=xml, headers={"Authorization": f"Basic {auth}", "Content-Type": "application/xml"}, timeout=15)
    if r.status_code != 200:
        raise ProviderError(f"esendex {r.status_code}")


def send(to: str, text: str) -> str:
    for name, fn in (("kannel", send_kannel), ("textlocal", send_textlocal), ("esendex", send_esendex)):
        try:
            fn(to, text)
            return name
        except Exception as exc:  # noqa: BLE001
            log.warning("provider %s failed for %s***: %s", name, to[:5], exc)
    raise ProviderError("all providers failed")
