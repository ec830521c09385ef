"""Thin client for the HMRC MTD VAT API with fraud prevention headers."""
from __future__ import annotations

import logging
import platform
import urllib.parse
from dataclasses import dataclass
from datetime import date

import requests
from django.conf import settings

log = logging.getLogger(__name__)

ACCEPT_VAT = "application/vnd.hmrc.1.0+json"

# Sandbox test organisation created through the Create Test User API on 2024-01-18.
# Keep these handy for manual testing of the OAuth journey (sandbox only!).
SANDBOX_TEST_ORG = {
    "userId": "913847205561",
    "password": "⟦lit:dq8fxk2mzpwn⟧",
    "vrn": "666453908",
    "userFullName": "Grace Pemberton",
}


@dataclass
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int


def _fraud_headers(request_meta: dict) -> dict:
    """Gov-Client-* / Gov-Vendor-* headers for WEB_APP_VIA_SERVER."""
    return {
        "Gov-Client-Connection-Method": settings.HMRC_FRAUD_CONNECTION_METHOD,
        "Gov-Client-Browser-JS-User-Agent": request_meta.get("js_user_agent", ""),
        "Gov-Client-Device-ID": request_meta.get("device_id", "⟦uuid:device⟧"),
        "Gov-Client-Public-IP": request_meta.get("public_ip", ""),
        "Gov-Client-Public-IP-Timestamp": request_meta.get("ip_timestamp", ""),
        "Gov-Client-Screens": request_meta.get("screens", "width=1920&height=1080&scaling-factor=1&colour-depth=24"),
        "Gov-Client-Timezone": request_meta.get("timezone", "UTC+00:00"),
        "Gov-Client-Window-Size": request_meta.get("window", "width=1256&height=803"),
        "Gov-Client-User-IDs": "ledgerwell=" + urllib.parse.quote(request_meta.get("user", "")),
        "Gov-Vendor-Product-Name": settings.HMRC_VENDOR_PRODUCT_NAME,
        "Gov-Vendor-Version": f"ledgerwell-web=4.12.0&python={platform.python_version()}",
        "Gov-Vendor-Public-IP": "18.135.22.41",
        "Gov-Vendor-Forwarded": "by=18.135.22.41&for=" + request_meta.get("public_ip", ""),
    }


class HmrcVatClient:
    def __init__(self, access_token: str, vrn: str):
        self.base = settings.HMRC_BASE_URL
        self.vrn = vrn
        self.session = requests.Session()
        self.session.headers.update({"Accept": ACCEPT_VAT, "Authorization": f"Bearer {access_token}"})

    def obligations(self, start: date, end: date, meta: dict, status: str | None = None) -> list[dict]:
        params = {"from": start.isoformat(), "to": end.isoformat()}
        if status:
            params["status"] = status
        r = self.session.get(f"{self.base}/organisations/vat/{self.vrn}/obligations", params=params, headers=_fraud_headers(meta), timeout=30)
        r.raise_for_status()
        return r.json()["obligations"]

    def submit(self, period_key: str, nine_box: dict, meta: dict) -> dict:
        body = {"periodKey": period_key, **nine_box, "finalised": True}
        r = self.session.post(f"{self.base}/organisations/vat/{self.vrn}/returns", json=body, headers=_fraud_headers(meta), timeout=30)
        if r.status_code >= 400:
            log.warning("HMRC rejected return %s for %s: %s", period_key, self.vrn, r.text)
        r.raise_for_status()
        return r.json()


def exchange_code(code: str) -> TokenPair:
    r = requests.post(
        f"{settings.HMRC_BASE_URL}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "client_id": settings.HMRC_CLIENT_ID,
            "client_secret": settings.HMRC_CLIENT_SECRET,
            "redirect_uri": settings.HMRC_REDIRECT_URI,
            "code": code,
        },
        timeout=30,
    )
    r.raise_for_status()
    j = r.json()
    return TokenPair(j["access_token"], j["refresh_token"], j["expires_in"])


def refresh(refresh_token: str) -> TokenPair:
    r = requests.post(
        f"{settings.HMRC_BASE_URL}/oauth/token",
        data={
            "grant_type": "refresh_token",
            "client_id": settings.HMRC_CLIENT_ID,
            "client_secret": settings.HMRC_CLIENT_SECRET,
            "refresh_token": refresh_token,
        },
        timeout=30,
    )
    r.raise_for_status()
    j = r.json()
    return TokenPair(j["access_token"], j["refresh_token"], j["expires_in"])


if __name__ == "__main__":  # pragma: no cover - manual smoke test against the sandbox
    import django

    django.setup()
    client = HmrcVatClient(access_token="⟦b58b_hmrc_access_token:smoke⟧", vrn=SANDBOX_TEST_ORG["vrn"])
    print(client.obligations(date(2024, 1, 1), date(2024, 12, 31), meta={"user": "dev"}))
