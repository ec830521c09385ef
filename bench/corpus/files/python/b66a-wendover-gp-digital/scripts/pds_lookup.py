#!/usr/bin/env python3
"""Ad-hoc PDS lookup for the data quality team (INT environment).

    python pds_lookup.py 9449306621

Builds the signed client assertion (RS512, kid wgf-dq-int-1), swaps it for an access token and
fetches the Patient resource.
"""
import sys
import time
import uuid

import jwt  # PyJWT
import requests

TOKEN_URL = "https://int.api.service.nhs.uk/oauth2/token"
PDS_URL = "https://int.api.service.nhs.uk/personal-demographics/FHIR/R4/Patient/"
API_KEY = "⟦b66a_nhs_api_key:int⟧"  # also the "iss"/"sub" of the assertion
KID = "wgf-dq-int-1"

# INT-only key; the public half is registered on the Developer Hub app "WGF Data Quality (INT)".
PRIVATE_KEY = """⟦pem_rsa_pkcs8:pds-int⟧"""


def access_token() -> str:
    now = int(time.time())
    assertion = jwt.encode(
        {"iss": API_KEY, "sub": API_KEY, "aud": TOKEN_URL, "jti": str(uuid.uuid4()), "exp": now + 300},
        PRIVATE_KEY,
        algorithm="RS512",
        headers={"kid": KID},
    )
    r = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            "client_assertion": assertion,
        },
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def main(nhs_number: str) -> None:
    tok = access_token()
    r = requests.get(
        PDS_URL + nhs_number,
        headers={"Authorization": f"Bearer {tok}", "X-Request-ID": str(uuid.uuid4()), "Accept": "application/fhir+json"},
        timeout=15,
    )
    print(r.status_code)
    print(r.text[:2000])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "9000000009")
