"""Create ClearPass guest accounts for conference delegates from the events CSV.

Runs on the events team's request; see wiki page "Conference Wi-Fi".
"""
import csv
import secrets
import string
import sys

import requests

CPPM = "https://cppm.wrenfield.ac.uk"
CLIENT_ID = "events-guest-sync"
CLIENT_SECRET = "⟦b48c_clearpass_client_secret:events⟧"
GUEST_ROLE_ID = 2  # [Guest]


def token() -> str:
    r = requests.post(
        f"{CPPM}/api/oauth",
        json={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def random_password(n: int = 10) -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(n))


def main(path: str) -> None:
    headers = {"Authorization": f"Bearer {token()}", "Content-Type": "application/json"}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            body = {
                "username": row["email"].lower(),
                "password": random_password(),
                "role_id": GUEST_ROLE_ID,
                "visitor_name": row["name"],
                "sponsor_name": "Events Office",
                "expire_time": row["expires_epoch"],
                "enabled": True,
            }
            r = requests.post(f"{CPPM}/api/guest", json=body, headers=headers, timeout=15)
            print(row["email"], r.status_code)


if __name__ == "__main__":
    main(sys.argv[1])
