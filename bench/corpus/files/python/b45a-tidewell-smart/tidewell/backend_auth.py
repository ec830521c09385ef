"""SMART Backend Services / client-credentials helpers for every EHR vendor we connect to."""
from __future__ import annotations

import base64
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import boto3
import httpx
import jwt  # PyJWT

_TOKEN_CACHE: dict[str, tuple[str, float]] = {}


@dataclass
class Site:
    name: str
    vendor: str
    fhir_base: str
    client_id: str
    auth: str
    token_url: str
    private_key_file: str | None = None
    kid: str | None = None
    client_secret: str | None = None
    secret_ref: str | None = None


def _secret(site: Site) -> str:
    if site.client_secret:
        return site.client_secret
    if site.secret_ref:
        sm = boto3.client("secretsmanager", region_name="us-east-2")
        return sm.get_secret_value(SecretId=site.secret_ref)["SecretString"]
    raise RuntimeError(f"no credential configured for {site.name}")


def _client_assertion(site: Site) -> str:
    key = Path(site.private_key_file).read_text()
    now = int(time.time())
    return jwt.encode(
        {"iss": site.client_id, "sub": site.client_id, "aud": site.token_url, "jti": str(uuid.uuid4()),
         "iat": now, "nbf": now, "exp": now + 300},
        key,
        algorithm="RS384",
        headers={"kid": site.kid, "typ": "JWT"},
    )


def access_token(site: Site, scope: str) -> str:
    cached = _TOKEN_CACHE.get(site.name)
    if cached and cached[1] > time.time() + 60:
        return cached[0]

    data = {"grant_type": "client_credentials", "scope": scope}
    headers = {"Accept": "application/json"}
    if site.auth == "private_key_jwt":
        data["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
        data["client_assertion"] = _client_assertion(site)
    elif site.auth == "client_secret_basic":
        raw = f"{site.client_id}:{_secret(site)}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(raw).decode()
    elif site.auth == "client_secret_post":
        data["client_id"] = site.client_id
        data["client_secret"] = _secret(site)
    else:
        raise ValueError(site.auth)

    resp = httpx.post(site.token_url, data=data, headers=headers, timeout=20)
    resp.raise_for_status()
    body = resp.json()
    _TOKEN_CACHE[site.name] = (body["access_token"], time.time() + int(body.get("expires_in", 300)))
    return body["access_token"]


# Internal Medplum project (care-gap worklists). Fallbacks are for the docker-compose dev stack only.
MEDPLUM_BASE = "https://api.medplum.com/"
MEDPLUM_CLIENT_ID = "⟦uuid:medplumcid⟧"
MEDPLUM_CLIENT_SECRET = "⟦b45a_medplum_client_secret:tidewell⟧"


def medplum_token() -> str:
    resp = httpx.post(
        MEDPLUM_BASE + "oauth2/token",
        data={"grant_type": "client_credentials", "client_id": MEDPLUM_CLIENT_ID, "client_secret": MEDPLUM_CLIENT_SECRET},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
