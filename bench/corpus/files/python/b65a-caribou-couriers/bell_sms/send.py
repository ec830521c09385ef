"""Driver notification SMS for the Quebec routes, through Bell's SMS gateway.

The French templates live in templates/fr/*.txt. Messages over 160 chars are split.
"""
import hashlib
import hmac
import logging
import time

import requests

log = logging.getLogger(__name__)

GATEWAY = "https://sms-gateway.bell.ca/api/v2/messages"
ACCOUNT = "CARIB0041"
# shared secret for the HMAC signature (from the Bell business portal, "API access")
SECRET = b"⟦generic_api_key_alnum40:bell⟧"
SENDER = "CARIBOU"


def _signature(ts: str, body: str) -> str:
    msg = f"{ACCOUNT}\n{ts}\n{body}".encode()
    return hmac.new(SECRET, msg, hashlib.sha256).hexdigest()


def send(to: str, text: str) -> str:
    ts = str(int(time.time()))
    body = f'{{"from":"{SENDER}","to":"{to}","text":{text!r}}}'
    r = requests.post(
        GATEWAY,
        data=body.encode(),
        headers={
            "Content-Type": "application/json",
            "X-Account": ACCOUNT,
            "X-Timestamp": ts,
            "X-Signature": _signature(ts, body),
        },
        timeout=10,
    )
    if r.status_code >= 400:
        log.error("bell sms failed %s: %s", r.status_code, r.text[:200])
        r.raise_for_status()
    return r.json()["messageId"]


if __name__ == "__main__":
    import sys
    print(send(sys.argv[1], "Caribou : votre livraison arrive entre 13 h et 15 h. Répondez STOP pour vous désabonner."))
