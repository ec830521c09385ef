"""Trigger Airbyte Cloud syncs after the upstream export lands in S3.

Invoked by the S3 event Lambda (handler = sync_trigger.handler).
"""
import json
import logging
import os
import time
import urllib.request

log = logging.getLogger()
log.setLevel(logging.INFO)

API = "https://api.airbyte.com/v1"
CLIENT_ID = os.environ.get("AIRBYTE_CLIENT_ID", "⟦uuid:abclient⟧")
CLIENT_SECRET = os.environ.get("AIRBYTE_CLIENT_SECRET", "⟦b63b_airbyte_client_secret:lambda⟧")

CONNECTIONS = {
    "exports/billing/": "2b4c6d8e-0f1a-4b3c-9d5e-7f8a9b0c1d2e",
    "exports/usage/": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
}

_token: dict = {"value": None, "exp": 0.0}


def _post(url: str, body: dict, token: str | None = None) -> dict:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST")
    req.add_header("Content-Type", "application/json")
    req.add_header("Accept", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.loads(resp.read())


def access_token() -> str:
    # tokens are short-lived (3 minutes), cache for 2
    if _token["value"] and time.time() < _token["exp"]:
        return _token["value"]
    res = _post(f"{API}/applications/token", {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "grant-type": "client_credentials",
    })
    _token.update(value=res["access_token"], exp=time.time() + 120)
    return _token["value"]


def handler(event, _ctx):
    triggered = []
    for rec in event.get("Records", []):
        key = rec["s3"]["object"]["key"]
        for prefix, conn_id in CONNECTIONS.items():
            if key.startswith(prefix):
                job = _post(f"{API}/jobs", {"connectionId": conn_id, "jobType": "sync"}, access_token())
                log.info("triggered job %s for %s", job.get("jobId"), key)
                triggered.append(job.get("jobId"))
    return {"triggered": triggered}
