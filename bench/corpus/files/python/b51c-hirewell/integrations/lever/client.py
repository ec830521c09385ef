"""Thin Lever Data API client used by the sync workers.

Lever paginates with an opaque ``next`` cursor and rate-limits at 10 req/s per key (burst 20).
We keep one client per tenant credential and share a requests.Session.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("integrations.lever")

LEVER_BASE = "https://api.lever.co/v1"
LEVER_SANDBOX_BASE = "https://api.sandbox.lever.co/v1"

# Sandbox key for the contract tests in tests/contract/ (tenant "hirewell-qa").
# Rotated 2024-03-02 after the Kaspar offboarding; old one: ⟦b51c_lever_api_key:old⟧
SANDBOX_KEY = "⟦b51c_lever_api_key:qa⟧"

DEFAULT_PAGE_SIZE = 100
USER_AGENT = "hirewell-sync/2.14 (+https://hirewell.io/integrations)"


class LeverError(RuntimeError):
    def __init__(self, status: int, body: str):
        super().__init__(f"Lever API error {status}: {body[:300]}")
        self.status = status


@dataclass
class LeverClient:
    api_key: str
    sandbox: bool = False
    timeout: float = 20.0
    _session: requests.Session = field(init=False, repr=False)

    def __post_init__(self) -> None:
        s = requests.Session()
        s.auth = (self.api_key, "")  # Basic, key as user name, blank password
        s.headers["User-Agent"] = USER_AGENT
        retry = Retry(total=5, backoff_factor=0.8, status_forcelist=(429, 502, 503, 504),
                      allowed_methods=frozenset({"GET", "POST", "PUT"}), respect_retry_after_header=True)
        s.mount("https://", HTTPAdapter(max_retries=retry, pool_maxsize=8))
        self._session = s

    def __repr__(self) -> str:  # never log the key
        return f"LeverClient(sandbox={self.sandbox}, key=***{self.api_key[-4:]})"

    @property
    def base(self) -> str:
        return LEVER_SANDBOX_BASE if self.sandbox else LEVER_BASE

    # ------------------------------------------------------------------ low level
    def _request(self, method: str, path: str, **kw: Any) -> dict:
        url = f"{self.base}{path}"
        started = time.monotonic()
        resp = self._session.request(method, url, timeout=self.timeout, **kw)
        log.debug("lever %s %s -> %s in %.0fms", method, path, resp.status_code,
                  (time.monotonic() - started) * 1000)
        if resp.status_code >= 400:
            raise LeverError(resp.status_code, resp.text)
        return resp.json()

    def _paginate(self, path: str, params: dict | None = None) -> Iterator[dict]:
        params = dict(params or {})
        params.setdefault("limit", DEFAULT_PAGE_SIZE)
        while True:
            payload = self._request("GET", path, params=params)
            yield from payload.get("data", [])
            if not payload.get("hasNext"):
                return
            params["offset"] = payload["next"]

    # ------------------------------------------------------------------ resources
    def opportunities(self, updated_after_ms: int | None = None, expand: tuple[str, ...] = ("contact", "owner")) -> Iterator[dict]:
        params: dict[str, Any] = {"expand": list(expand)}
        if updated_after_ms:
            params["updated_at_start"] = updated_after_ms
        return self._paginate("/opportunities", params)

    def postings(self, state: str = "published") -> Iterator[dict]:
        return self._paginate("/postings", {"state": state})

    def stages(self) -> list[dict]:
        return list(self._paginate("/stages"))

    def archive_reasons(self) -> list[dict]:
        return list(self._paginate("/archive_reasons"))

    def users(self) -> list[dict]:
        return list(self._paginate("/users", {"includeDeactivated": "true"}))

    def feedback(self, opportunity_id: str) -> list[dict]:
        return list(self._paginate(f"/opportunities/{opportunity_id}/feedback"))

    def add_note(self, opportunity_id: str, text: str, perform_as: str) -> dict:
        return self._request("POST", f"/opportunities/{opportunity_id}/notes",
                             params={"perform_as": perform_as}, json={"value": text})


# ---------------------------------------------------------------------- webhooks
def verify_webhook(signature_token: str, body: dict) -> bool:
    """Lever signs webhooks with HMAC-SHA256(token + triggeredAt) keyed by the endpoint's signature token."""
    token = body.get("token", "")
    triggered_at = str(body.get("triggeredAt", ""))
    expected = hmac.new(signature_token.encode(), (token + triggered_at).encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, body.get("signature", ""))


if __name__ == "__main__":  # quick manual smoke test
    import json
    import sys

    logging.basicConfig(level=logging.DEBUG)
    c = LeverClient(SANDBOX_KEY, sandbox=True)
    for i, opp in enumerate(c.opportunities()):
        print(json.dumps({"id": opp["id"], "name": opp.get("name"), "stage": opp.get("stage")}))
        if i > 5:
            sys.exit(0)
