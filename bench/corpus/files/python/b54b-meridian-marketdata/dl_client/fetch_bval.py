"""Request BVAL evaluated prices via the Bloomberg Data License REST API (Hypermedia).

Uses the credential file downloaded from the DATA portal (client_id / client_secret) and the
``beap-auth`` JWT scheme: every request carries a short-lived JWT signed with the secret.
"""
from __future__ import annotations

import binascii
import json
import os
import time
import uuid
from pathlib import Path
from urllib.parse import urljoin

import jwt  # PyJWT
import requests

HOST = "https://api.bloomberg.com"
CATALOG = os.environ.get("BBG_DL_CATALOG", "417220")
CRED_PATH = Path(os.environ.get("BBG_DL_CREDENTIAL", "/etc/meridian/bloomberg/credential.txt"))

# previous credential (expired 2025-02-28, kept for the backfill job's replay mode):
#   client_id  ⟦b54b_bloomberg_dl_client_id:old⟧
#   client_secret ⟦b54b_bloomberg_dl_client_secret:old⟧


def load_credential(path: Path = CRED_PATH) -> dict:
    cred = json.loads(path.read_text())
    if cred["expiration_date"] / 1000 < time.time():
        raise RuntimeError(f"Bloomberg DL credential {cred['name']} has expired")
    return cred


def beap_token(cred: dict, method: str, url: str) -> str:
    now = int(time.time())
    claims = {
        "iss": cred["client_id"],
        "exp": now + 300,
        "nbf": now - 60,
        "iat": now - 60,
        "region": "default",
        "method": method.upper(),
        "path": url,
        "host": HOST.split("://", 1)[1],
        "client_id": cred["client_id"],
        "jti": str(uuid.uuid4()),
    }
    key = binascii.unhexlify(cred["client_secret"])
    return jwt.encode(claims, key, algorithm="HS256")


def get(cred: dict, path: str) -> dict:
    url = urljoin(HOST, path)
    headers = {"api-version": "2", "jwt": beap_token(cred, "GET", path)}
    r = requests.get(url, headers=headers, timeout=60)
    r.raise_for_status()
    return r.json()


def main() -> None:
    cred = load_credential()
    catalogs = get(cred, "/eap/catalogs/")
    print([c["identifier"] for c in catalogs["contains"]])
    print(get(cred, f"/eap/catalogs/{CATALOG}/requests/"))


if __name__ == "__main__":
    main()
