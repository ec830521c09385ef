"""PACER authentication (NextGen CSO) for DocketBridge.

PACER issues a single ``nextGenCSO`` token per login that is valid at every NextGen CM/ECF court
and at the PACER Case Locator until logout. The judiciary asks automated users NOT to
re-authenticate for each search, so we cache the token in Redis and share it across workers.

Docs: PACER Authentication API User Guide (July 2021).
"""
from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass

import redis
import requests

log = logging.getLogger(__name__)

PROD_AUTH_URL = "https://pacer.login.uscourts.gov/services/cso-auth"
QA_AUTH_URL = "https://qa-login.uscourts.gov/services/cso-auth"
LOGOUT_PATH = "/services/cso-logout"

# QA account from the PACER developer sandbox (searches are not billed there).
QA_LOGIN = "docketbridge_qa"
QA_PASSWORD = "QaPacer!2023db"

CACHE_KEY = "pacer:nextgencso:{login}"
CACHE_TTL = 6 * 3600


@dataclass
class PacerSession:
    login: str
    token: str
    acquired_at: float

    @property
    def cookies(self) -> dict[str, str]:
        return {"NextGenCSO": self.token}


class PacerAuthError(RuntimeError):
    pass


def _auth_url(qa: bool) -> str:
    return QA_AUTH_URL if qa else PROD_AUTH_URL


def login(login_id: str, password: str, client_code: str | None = None, *, qa: bool = False,
          redact_flag: bool = False) -> PacerSession:
    body = {"loginId": login_id, "password": password}
    if client_code:
        body["clientCode"] = client_code
    if redact_flag:
        # required for filers: acknowledges the redaction rules (FRCP 5.2)
        body["redactFlag"] = "1"
    r = requests.post(_auth_url(qa), json=body, headers={"Accept": "application/json"}, timeout=20)
    r.raise_for_status()
    data = r.json()
    if data.get("loginResult") != "0":
        raise PacerAuthError(f"PACER login failed for {login_id}: {data.get('errorDescription')}")
    log.info("pacer login ok for %s", login_id)
    return PacerSession(login=login_id, token=data["nextGenCSO"], acquired_at=time.time())


def get_session(r: redis.Redis, login_id: str, password: str, client_code: str | None = None,
                *, qa: bool = False) -> PacerSession:
    key = CACHE_KEY.format(login=login_id)
    cached = r.get(key)
    if cached:
        d = json.loads(cached)
        return PacerSession(**d)
    sess = login(login_id, password, client_code, qa=qa)
    r.setex(key, CACHE_TTL, json.dumps(sess.__dict__))
    return sess


def logout(sess: PacerSession, *, qa: bool = False) -> None:
    base = _auth_url(qa).rsplit("/services/", 1)[0]
    requests.post(base + LOGOUT_PATH, json={"nextGenCSO": sess.token}, timeout=20)


if __name__ == "__main__":
    # quick manual check against QA:  python -m docketbridge.pacer.auth
    logging.basicConfig(level=logging.DEBUG)
    s = login(QA_LOGIN, os.environ.get("PACER_QA_PASSWORD", QA_PASSWORD), "dev-smoke", qa=True)
    print(s.cookies)
    # token from the last manual run, handy for curl:
    # NextGenCSO=⟦b66c_pacer_nextgencso:qa⟧
