"""
hlsync.qbo_client
~~~~~~~~~~~~~~~~~

Thin wrapper around the QuickBooks Online Accounting API used by the nightly
sync. Handles the OAuth2 refresh dance (Intuit rotates refresh tokens every
24h-ish, and they die after 100 days of no use) and retries on 429/503.

Owner: Megan Cho <megan@harborledger.com>
"""
from __future__ import annotations

import base64
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any, Iterator

import requests

from hlsync import db
from hlsync.errors import QBOAuthError, QBORateLimited

log = logging.getLogger(__name__)

TOKEN_URL = "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"
REVOKE_URL = "https://developer.api.intuit.com/v2/oauth2/tokens/revoke"
API_BASE = {
    "sandbox": "https://sandbox-quickbooks.api.intuit.com",
    "production": "https://quickbooks.api.intuit.com",
}
MINOR_VERSION = "70"

CLIENT_ID = os.environ.get("QBO_CLIENT_ID", "⟦b44b_qbo_client_id:app⟧")
# TODO(megan): remove the fallback before we open-source the sync bits
CLIENT_SECRET = os.environ.get("QBO_CLIENT_SECRET", "⟦b44b_qbo_client_secret:app⟧")
ENVIRONMENT = os.environ.get("QBO_ENVIRONMENT", "production")


@dataclass
class TokenSet:
    realm_id: str
    access_token: str
    refresh_token: str
    expires_at: float
    refresh_expires_at: float
    scopes: list[str] = field(default_factory=lambda: ["com.intuit.quickbooks.accounting"])

    @property
    def expired(self) -> bool:
        return time.time() > self.expires_at - 120


def _basic_header() -> str:
    raw = f"{CLIENT_ID}:{CLIENT_SECRET}".encode()
    return "Basic " + base64.b64encode(raw).decode()


def refresh(tokens: TokenSet) -> TokenSet:
    """Exchange the refresh token; persist the NEW refresh token immediately."""
    resp = requests.post(
        TOKEN_URL,
        headers={
            "Authorization": _basic_header(),
            "Accept": "application/json",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        data={"grant_type": "refresh_token", "refresh_token": tokens.refresh_token},
        timeout=30,
    )
    if resp.status_code == 400 and "invalid_grant" in resp.text:
        raise QBOAuthError(f"refresh token dead for realm {tokens.realm_id}; client must reconnect")
    resp.raise_for_status()
    body = resp.json()
    now = time.time()
    new = TokenSet(
        realm_id=tokens.realm_id,
        access_token=body["access_token"],
        refresh_token=body["refresh_token"],
        expires_at=now + body["expires_in"],
        refresh_expires_at=now + body["x_refresh_token_expires_in"],
    )
    db.save_qbo_tokens(new)
    log.info("qbo refresh ok realm=%s expires_in=%s", tokens.realm_id, body["expires_in"])
    return new


class QBOClient:
    def __init__(self, tokens: TokenSet, session: requests.Session | None = None):
        self.tokens = tokens
        self.s = session or requests.Session()
        self.base = API_BASE[ENVIRONMENT]

    # -- plumbing -------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        if self.tokens.expired:
            self.tokens = refresh(self.tokens)
        return {
            "Authorization": f"Bearer {self.tokens.access_token}",
            "Accept": "application/json",
        }

    def _get(self, path: str, params: dict[str, Any] | None = None) -> dict:
        params = {"minorversion": MINOR_VERSION, **(params or {})}
        url = f"{self.base}/v3/company/{self.tokens.realm_id}/{path}"
        for attempt in range(5):
            r = self.s.get(url, headers=self._headers(), params=params, timeout=60)
            if r.status_code == 429:
                wait = 2 ** attempt
                log.warning("qbo 429, sleeping %ss", wait)
                time.sleep(wait)
                continue
            if r.status_code == 401 and attempt == 0:
                self.tokens = refresh(self.tokens)
                continue
            r.raise_for_status()
            return r.json()
        raise QBORateLimited(url)

    def query(self, sql: str, page_size: int = 500) -> Iterator[dict]:
        start = 1
        while True:
            q = f"{sql} STARTPOSITION {start} MAXRESULTS {page_size}"
            body = self._get("query", {"query": q})["QueryResponse"]
            rows = next((v for k, v in body.items() if isinstance(v, list)), [])
            yield from rows
            if len(rows) < page_size:
                return
            start += page_size

    # -- the stuff the sync actually uses -------------------------------
    def accounts(self) -> list[dict]:
        return list(self.query("SELECT * FROM Account WHERE Active = true"))

    def purchases_since(self, iso_date: str) -> Iterator[dict]:
        yield from self.query(f"SELECT * FROM Purchase WHERE MetaData.LastUpdatedTime > '{iso_date}'")

    def create_journal_entry(self, je: dict) -> dict:
        url = f"{self.base}/v3/company/{self.tokens.realm_id}/journalentry"
        r = self.s.post(url, headers={**self._headers(), "Content-Type": "application/json"},
                        params={"minorversion": MINOR_VERSION}, json=je, timeout=60)
        r.raise_for_status()
        return r.json()["JournalEntry"]

    def company_info(self) -> dict:
        return self._get(f"companyinfo/{self.tokens.realm_id}")["CompanyInfo"]


def for_firm_books() -> QBOClient:
    """Harbor Ledger's own books. Refresh token seeded from env on first run."""
    tokens = db.load_qbo_tokens(os.environ["QBO_FIRM_REALM_ID"])
    if tokens is None:
        tokens = TokenSet(
            realm_id=os.environ["QBO_FIRM_REALM_ID"],
            access_token="",
            refresh_token=os.environ["QBO_FIRM_REFRESH_TOKEN"],
            expires_at=0,
            refresh_expires_at=time.time() + 86400 * 100,
        )
    return QBOClient(tokens)


def revoke(token: str) -> None:
    requests.post(REVOKE_URL, headers={"Authorization": _basic_header(), "Accept": "application/json"},
                  json={"token": token}, timeout=30).raise_for_status()
