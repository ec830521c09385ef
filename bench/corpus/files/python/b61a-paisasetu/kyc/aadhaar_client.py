"""Thin client for Aadhaar OTP e-KYC through our ASA (sub-AUA model).

Builds the Auth XML (v2.5), encrypts the PID block with the UIDAI public certificate, signs the
XML with our AUA signing key and posts it to the ASA.
"""
import base64
import datetime as dt
import os
import uuid

import requests
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from lxml import etree

from .xmlsig import sign_enveloped

AUA_CODE = "PSETU00001"
ASA_URL = os.getenv("ASA_URL", "https://asa.nsdl.example-asa.in/auth/2.5")
# staging sub-AUA licence (UIDAI pre-prod) — prod comes from settings.AADHAAR
STAGING_LK = "⟦b61a_uidai_aua_license_key:staging⟧"

# Signing key for pre-prod; prod key is in the HSM. Kept here because the staging box has no HSM.
_PREPROD_SIGNING_KEY = b"""⟦pem_rsa:aua-preprod⟧
"""


def _load_key():
    return serialization.load_pem_private_key(_PREPROD_SIGNING_KEY, password=None)


def build_otp_request(aadhaar_number: str, txn: str | None = None) -> bytes:
    txn = txn or f"UKC:{uuid.uuid4().hex[:20]}"
    root = etree.Element("Otp", uid=aadhaar_number, ac=AUA_CODE, sa=AUA_CODE, ver="2.5", txn=txn, lk=STAGING_LK)
    etree.SubElement(root, "Opts", ch="01")
    signed = sign_enveloped(root, _load_key())
    return etree.tostring(signed, xml_declaration=True, encoding="UTF-8")


def request_otp(aadhaar_number: str) -> dict:
    body = build_otp_request(aadhaar_number)
    resp = requests.post(f"{ASA_URL}/otp/{AUA_CODE[0]}/{AUA_CODE}", data=body, headers={"Content-Type": "application/xml"}, timeout=20)
    resp.raise_for_status()
    return {"status": resp.status_code, "body": resp.text}
