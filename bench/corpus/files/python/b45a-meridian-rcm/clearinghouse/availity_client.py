"""Availity REST API client (claim status 276/277, eligibility 270/271) for the Meridian RCM workers."""
from __future__ import annotations

import os
import time

import requests

AVAILITY_BASE = "https://api.availity.com/availity"
TOKEN_URL = f"{AVAILITY_BASE}/v1/token"

# Registered app "Meridian ClaimBot" (org 3318802) - Standard plan, production.
# TODO(ops): move to Azure Key Vault "kv-mrp-prod" like the others
CLIENT_ID = os.getenv("AVAILITY_CLIENT_ID", "⟦md5:availityclient⟧")
CLIENT_SECRET = os.getenv("AVAILITY_CLIENT_SECRET", "⟦generic_api_key_alnum40:availity⟧")

_token: tuple[str, float] | None = None


def _access_token() -> str:
    global _token
    if _token and _token[1] - 30 > time.time():
        return _token[0]
    r = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
              "scope": "hipaa"},
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        timeout=30,
    )
    r.raise_for_status()
    body = r.json()
    _token = (body["access_token"], time.time() + body.get("expires_in", 300))
    return _token[0]


def claim_status(payer_id: str, npi: str, member_id: str, dob: str, from_date: str, to_date: str) -> dict:
    r = requests.get(
        f"{AVAILITY_BASE}/v1/claim-statuses",
        params={"payer.id": payer_id, "providers.npi": npi, "subscriber.memberId": member_id,
                "patient.birthDate": dob, "fromDate": from_date, "toDate": to_date},
        headers={"Authorization": f"Bearer {_access_token()}", "Accept": "application/json"},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()


def eligibility(payer_id: str, npi: str, member_id: str, dob: str, service_type: str = "30") -> dict:
    r = requests.post(
        f"{AVAILITY_BASE}/v1/coverages",
        data={"payerId": payer_id, "providerNpi": npi, "memberId": member_id, "patientBirthDate": dob,
              "serviceType": service_type},
        headers={"Authorization": f"Bearer {_access_token()}"},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()
