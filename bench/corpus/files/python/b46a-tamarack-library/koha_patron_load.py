#!/usr/bin/env python3
"""Load continuing-ed patrons into the Koha instance used by the Law Library (koha.law.tamarack.edu).

Koha REST API, OAuth2 client credentials (Koha > Patrons > svc_patronload > More > Manage API keys).
"""
import csv
import sys

import requests

KOHA = "https://koha-staff.law.tamarack.edu/api/v1"
CLIENT_ID = "⟦uuid:koha_id⟧"
CLIENT_SECRET = "⟦b46a_koha_client_secret:patronload⟧"
LIBRARY_ID = "LAW"
CATEGORY = "CE"


def token() -> str:
    r = requests.post(f"{KOHA}/oauth/token", data={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def main(path: str) -> None:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token()}"
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            body = {
                "cardnumber": row["tsu_id"],
                "surname": row["last"],
                "firstname": row["first"],
                "email": row["email"],
                "library_id": LIBRARY_ID,
                "category_id": CATEGORY,
                "expiry_date": row["end_date"],
            }
            r = s.post(f"{KOHA}/patrons", json=body, timeout=30)
            if r.status_code == 409:
                print("exists:", row["tsu_id"])
            else:
                r.raise_for_status()


if __name__ == "__main__":
    main(sys.argv[1])
