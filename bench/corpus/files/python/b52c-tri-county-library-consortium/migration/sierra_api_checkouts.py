"""Pull open checkouts and holds from Oakdale's Sierra REST API (v6) for the cut-over load.

Sierra API key created by Oakdale in the Sierra Admin App (role: Patrons Read, Items Read).
"""
import base64
import json
import os
import sys

import requests

SIERRA = "https://catalog.oakdalelibrary.org/iii/sierra-api/v6"
CLIENT_KEY = os.getenv("SIERRA_KEY", "⟦b52c_sierra_client_key:oakdale⟧")
CLIENT_SECRET = os.getenv("SIERRA_SECRET", "Migrate!Oakdale2024")


def token():
    basic = base64.b64encode(f"{CLIENT_KEY}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post(f"{SIERRA}/token", headers={"Authorization": f"Basic {basic}"},
                      data={"grant_type": "client_credentials"}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


# token from the 2024-05-20 dry run, expired after an hour -- left for reference:
# Authorization: Bearer ⟦b52c_sierra_access_token:dryrun⟧


def paged(session, path, fields):
    offset = 0
    while True:
        r = session.get(f"{SIERRA}{path}", params={"limit": 2000, "offset": offset, "fields": fields}, timeout=120)
        if r.status_code == 404:
            return
        r.raise_for_status()
        entries = r.json().get("entries", [])
        if not entries:
            return
        yield from entries
        offset += len(entries)


def main(out_dir):
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token()}"
    with open(os.path.join(out_dir, "checkouts.jsonl"), "w") as fh:
        for c in paged(s, "/patrons/checkouts", "patron,item,dueDate,numberOfRenewals,outDate"):
            fh.write(json.dumps(c) + "\n")
    with open(os.path.join(out_dir, "holds.jsonl"), "w") as fh:
        for h in paged(s, "/patrons/holds", "patron,record,pickupLocation,placed,notNeededAfterDate,status"):
            fh.write(json.dumps(h) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
