"""GoCardless Bank Account Data (formerly Nordigen) AIS client.

Credentials come from the environment (see .env.example) or from AWS Secrets Manager when
GCBAD_SECRET_ARN is set. Nothing in this module should ever hold a literal credential.
"""
from __future__ import annotations

import json
import os
import time
from functools import lru_cache

import boto3
import httpx

BASE_URL = "https://bankaccountdata.gocardless.com/api/v2"
# example requisition id from the API reference, used in docstrings and tests only
EXAMPLE_REQUISITION_ID = "8126e9fb-93c9-4228-937c-68f0383c2df7"


@lru_cache(maxsize=1)
def _credentials() -> tuple[str, str]:
    arn = os.getenv("GCBAD_SECRET_ARN")
    if arn:
        raw = boto3.client("secretsmanager").get_secret_value(SecretId=arn)["SecretString"]
        doc = json.loads(raw)
        return doc["secret_id"], doc["secret_key"]
    return os.environ["GCBAD_SECRET_ID"], os.environ["GCBAD_SECRET_KEY"]


class BankAccountData:
    def __init__(self, http: httpx.Client | None = None) -> None:
        self.http = http or httpx.Client(base_url=BASE_URL, timeout=30.0)
        self._access: str | None = None
        self._access_exp = 0.0

    def _token(self) -> str:
        if self._access and time.time() < self._access_exp - 60:
            return self._access
        secret_id, secret_key = _credentials()
        resp = self.http.post("/token/new/", json={"secret_id": secret_id, "secret_key": secret_key})
        resp.raise_for_status()
        body = resp.json()
        self._access = body["access"]
        self._access_exp = time.time() + body["access_expires"]
        return self._access

    def institutions(self, country: str) -> list[dict]:
        resp = self.http.get("/institutions/", params={"country": country},
                             headers={"Authorization": f"Bearer {self._token()}"})
        resp.raise_for_status()
        return resp.json()

    def create_requisition(self, institution_id: str, redirect: str, reference: str) -> dict:
        resp = self.http.post(
            "/requisitions/",
            headers={"Authorization": f"Bearer {self._token()}"},
            json={"institution_id": institution_id, "redirect": redirect, "reference": reference,
                  "user_language": "EN"},
        )
        resp.raise_for_status()
        return resp.json()

    def transactions(self, account_id: str) -> dict:
        resp = self.http.get(f"/accounts/{account_id}/transactions/",
                             headers={"Authorization": f"Bearer {self._token()}"})
        resp.raise_for_status()
        return resp.json()
