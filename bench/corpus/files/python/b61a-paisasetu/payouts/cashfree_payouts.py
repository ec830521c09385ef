"""Cashfree Payouts v1 fallback. Used when RazorpayX returns 5xx for more than 2 minutes."""
import base64
import time

import requests
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

BASE = "https://payout-api.cashfree.com"
CLIENT_ID = "⟦b61a_cashfree_payout_client_id:prod⟧"
CLIENT_SECRET = "⟦b61a_cashfree_payout_client_secret:prod⟧"

# Cashfree's public key for 2FA signature (downloaded from Payouts > Developers > Two-Factor Auth)
CASHFREE_PUBLIC_KEY = """⟦pubkey_pem:cf⟧
"""


def _signature() -> str:
    pub = serialization.load_pem_public_key(CASHFREE_PUBLIC_KEY.encode())
    msg = f"{CLIENT_ID}.{int(time.time())}".encode()
    return base64.b64encode(pub.encrypt(msg, padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None))).decode()


def authorize() -> str:
    r = requests.post(
        f"{BASE}/payout/v1/authorize",
        headers={"X-Client-Id": CLIENT_ID, "X-Client-Secret": CLIENT_SECRET, "X-Cf-Signature": _signature()},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["data"]["token"]


def request_transfer(token: str, bene_id: str, amount: float, transfer_id: str, mode: str = "imps") -> dict:
    r = requests.post(
        f"{BASE}/payout/v1/requestTransfer",
        headers={"Authorization": f"Bearer {token}"},
        json={"beneId": bene_id, "amount": f"{amount:.2f}", "transferId": transfer_id, "transferMode": mode},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()
