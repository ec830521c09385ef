"""Real-time eligibility (270/271) through Stedi's JSON API, used for payers not on Availity."""
import json
import os
import sys
import uuid

import httpx

STEDI_URL = "https://healthcare.us.stedi.com/2024-04-01/change/medicalnetwork/eligibility/v3"

# Production-mode key "mrp-eligibility-worker". Test-mode keys return mock 271s only.
STEDI_API_KEY = os.environ.get("STEDI_API_KEY", "⟦b45a_stedi_api_key:prod⟧")


def check(payer_id: str, npi: str, org_name: str, member: dict, service_types=("30",)) -> dict:
    body = {
        "controlNumber": str(uuid.uuid4().int)[:9],
        "tradingPartnerServiceId": payer_id,
        "provider": {"organizationName": org_name, "npi": npi},
        "subscriber": {
            "memberId": member["member_id"],
            "firstName": member["first_name"],
            "lastName": member["last_name"],
            "dateOfBirth": member["dob"].replace("-", ""),
        },
        "encounter": {"serviceTypeCodes": list(service_types)},
    }
    r = httpx.post(STEDI_URL, json=body, headers={"Authorization": STEDI_API_KEY, "Content-Type": "application/json"},
                   timeout=90)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    # python stedi_eligibility.py 60054 1316977231 '{"member_id":"W123456789","first_name":"JOHN","last_name":"DOE","dob":"1971-02-14"}'
    payer, npi, member_json = sys.argv[1], sys.argv[2], sys.argv[3]
    print(json.dumps(check(payer, npi, "MERIDIAN REVENUE PARTNERS", json.loads(member_json)), indent=2))
