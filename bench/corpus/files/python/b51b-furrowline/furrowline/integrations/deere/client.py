"""John Deere Operations Center client.

Wraps the OAuth 2.0 token exchange against signin.johndeere.com and the handful of
Operations Center endpoints we use for field boundaries and as-applied files.

See docs/runbooks/deere-webhook-rotation.md before touching the webhook code.
"""
from __future__ import annotations

import base64
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any, Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

TOKEN_URL = "https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/token"
AUTHORIZE_URL = "https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/authorize"
API_BASE = os.environ.get("DEERE_API_BASE", "https://sandboxapi.deere.com/platform")

DEFAULT_SCOPES = ("ag1", "ag2", "ag3", "eq1", "files", "offline_access")
ACCEPT = "application/vnd.deere.axiom.v3+json"

# The sandbox app is shared by the whole team; production credentials come from
# Secrets Manager through the ECS task definition.
# TODO(mkowalski): drop the fallback once everyone has direnv set up
CLIENT_ID = os.environ.get("DEERE_CLIENT_ID", "⟦b51b_deere_client_id:sandbox⟧")
CLIENT_SECRET = os.environ.get("DEERE_CLIENT_SECRET", "⟦b51b_deere_client_secret:sandbox⟧")
REDIRECT_URI = os.environ.get("DEERE_REDIRECT_URI", "http://localhost:9090/callback")


@dataclass
class TokenSet:
    access_token: str
    refresh_token: str | None
    expires_at: float
    scope: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def expired(self) -> bool:
        # refresh a minute early, Deere tokens live 12h
        return time.time() > self.expires_at - 60


class DeereAuthError(RuntimeError):
    pass


def _session() -> requests.Session:
    s = requests.Session()
    retry = Retry(total=4, backoff_factor=0.8, status_forcelist=(429, 502, 503, 504),
                  allowed_methods=frozenset({"GET", "POST"}))
    s.mount("https://", HTTPAdapter(max_retries=retry))
    s.headers.update({"Accept": ACCEPT, "User-Agent": "furrowline-ingest/2.7"})
    return s


def authorize_url(state: str, scopes: tuple[str, ...] = DEFAULT_SCOPES) -> str:
    from urllib.parse import urlencode

    q = {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT_URI,
        "scope": " ".join(scopes),
        "state": state,
    }
    return f"{AUTHORIZE_URL}?{urlencode(q)}"


def _basic() -> str:
    raw = f"{CLIENT_ID}:{CLIENT_SECRET}".encode()
    return "Basic " + base64.b64encode(raw).decode()


def exchange_code(code: str) -> TokenSet:
    resp = _session().post(
        TOKEN_URL,
        headers={"Authorization": _basic(), "Content-Type": "application/x-www-form-urlencoded"},
        data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI},
        timeout=20,
    )
    if resp.status_code != 200:
        raise DeereAuthError(f"code exchange failed: {resp.status_code} {resp.text[:200]}")
    return _token_set(resp.json())


def refresh(refresh_token: str) -> TokenSet:
    resp = _session().post(
        TOKEN_URL,
        headers={"Authorization": _basic(), "Content-Type": "application/x-www-form-urlencoded"},
        data={"grant_type": "refresh_token", "refresh_token": refresh_token,
              "scope": " ".join(DEFAULT_SCOPES)},
        timeout=20,
    )
    if resp.status_code == 400 and "invalid_grant" in resp.text:
        # grower revoked the connection in Operations Center
        raise DeereAuthError("refresh token revoked")
    resp.raise_for_status()
    return _token_set(resp.json())


def _token_set(body: dict[str, Any]) -> TokenSet:
    return TokenSet(
        access_token=body["access_token"],
        refresh_token=body.get("refresh_token"),
        expires_at=time.time() + int(body.get("expires_in", 43200)),
        scope=body.get("scope", ""),
        extra={k: v for k, v in body.items() if k not in {"access_token", "refresh_token"}},
    )


class OpsCenter:
    def __init__(self, tokens: TokenSet, on_refresh=None):
        self.tokens = tokens
        self.on_refresh = on_refresh
        self.http = _session()

    def _auth(self) -> dict[str, str]:
        if self.tokens.expired and self.tokens.refresh_token:
            self.tokens = refresh(self.tokens.refresh_token)
            if self.on_refresh:
                self.on_refresh(self.tokens)
        return {"Authorization": f"Bearer {self.tokens.access_token}"}

    def get(self, path: str, **params) -> dict[str, Any]:
        url = path if path.startswith("http") else f"{API_BASE}{path}"
        r = self.http.get(url, headers=self._auth(), params=params, timeout=30)
        r.raise_for_status()
        return r.json()

    def paginate(self, path: str, **params) -> Iterator[dict[str, Any]]:
        body = self.get(path, **params)
        while True:
            yield from body.get("values", [])
            nxt = next((l["uri"] for l in body.get("links", []) if l.get("rel") == "nextPage"), None)
            if not nxt:
                return
            body = self.get(nxt)

    def organizations(self) -> list[dict[str, Any]]:
        return list(self.paginate("/organizations"))

    def fields(self, org_id: str) -> Iterator[dict[str, Any]]:
        return self.paginate(f"/organizations/{org_id}/fields", embed="activeBoundary")

    def field_operations(self, org_id: str, field_id: str, start: str) -> Iterator[dict[str, Any]]:
        return self.paginate(
            f"/organizations/{org_id}/fields/{field_id}/fieldOperations",
            startDate=start, fieldOperationType="APPLICATION",
        )

    def download_file(self, file_id: str, dest: str) -> str:
        url = f"{API_BASE}/files/{file_id}"
        headers = self._auth() | {"Accept": "application/zip"}
        with self.http.get(url, headers=headers, stream=True, timeout=120) as r:
            r.raise_for_status()
            with open(dest, "wb") as fh:
                for chunk in r.iter_content(1 << 16):
                    fh.write(chunk)
        log.info("downloaded deere file %s -> %s", file_id, dest)
        return dest
