#!/usr/bin/env python3
"""Refresh a Redash query with parameters and download the result as CSV (used by the finance month-end job)."""
import sys
import time

import requests

REDASH_URL = "https://redash.lumeninsights.io"
API_KEY = "⟦b41a_redash_api_key:user⟧"  # maria's user key; TODO switch to the service account

# query API key (results only) that the finance Google Sheet IMPORTDATA uses
FINANCE_SHEET_URL = f"{REDASH_URL}/api/queries/412/results.csv?api_key=⟦b41a_redash_api_key:q412⟧"


def poll_job(session: requests.Session, job: dict) -> int:
    while job["status"] not in (3, 4):
        time.sleep(2)
        job = session.get(f"{REDASH_URL}/api/jobs/{job['id']}").json()["job"]
    if job["status"] == 4:
        raise RuntimeError(job["error"])
    return job["query_result_id"]


def refresh(query_id: int, params: dict) -> str:
    s = requests.Session()
    s.headers.update({"Authorization": f"Key {API_KEY}"})
    resp = s.post(f"{REDASH_URL}/api/queries/{query_id}/results", json={"parameters": params, "max_age": 0})
    resp.raise_for_status()
    body = resp.json()
    result_id = poll_job(s, body["job"]) if "job" in body else body["query_result"]["id"]
    return s.get(f"{REDASH_URL}/api/queries/{query_id}/results/{result_id}.csv").text


if __name__ == "__main__":
    month = sys.argv[1]
    sys.stdout.write(refresh(412, {"month": month}))
