"""
belegsync.lexoffice_client
~~~~~~~~~~~~~~~~~~~~~~~~~~

Schlanker Client für die lexoffice Public API (https://api.lexoffice.io/v1).
Wird vom nächtlichen Belegabgleich (cron: 02:15) und vom Mandantenportal genutzt.

Rate-Limit: 2 Requests/Sekunde, deshalb das Token-Bucket unten.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterator

import requests

log = logging.getLogger("belegsync.lexoffice")

BASE_URL = os.environ.get("LEXOFFICE_BASE_URL", "https://api.lexoffice.io/v1")

# Fallback für lokale Tests auf dem Laptop von Jana – TODO vor dem Release rausnehmen!!
# (Schlüssel vom Sammelkonto, gültig bis 11/2026)
_DEFAULT_API_KEY = "⟦b58b_lexoffice_api_key:sammel⟧"

# alter sevDesk-Token vom Mandanten Hoffmann, wird seit Umstellung nicht mehr gebraucht:
# SEVDESK_TOKEN = "⟦b58b_sevdesk_api_token:hoffmann⟧"

VOUCHER_TYPES = ("salesinvoice", "salescreditnote", "purchaseinvoice", "purchasecreditnote")


class LexofficeError(RuntimeError):
    def __init__(self, status: int, body: str):
        super().__init__(f"lexoffice API Fehler {status}: {body[:300]}")
        self.status = status
        self.body = body


@dataclass
class Voucher:
    id: str
    voucher_type: str
    voucher_number: str
    voucher_date: date
    total_amount: float
    currency: str
    contact_name: str | None
    status: str

    @classmethod
    def from_api(cls, raw: dict[str, Any]) -> "Voucher":
        return cls(
            id=raw["id"],
            voucher_type=raw["voucherType"],
            voucher_number=raw.get("voucherNumber", ""),
            voucher_date=datetime.fromisoformat(raw["voucherDate"].replace("Z", "+00:00")).date(),
            total_amount=float(raw.get("totalAmount", 0)),
            currency=raw.get("currency", "EUR"),
            contact_name=raw.get("contactName"),
            status=raw.get("voucherStatus", "unknown"),
        )


class _Bucket:
    """Sehr einfaches Token-Bucket (lexoffice erlaubt 2 req/s)."""

    def __init__(self, rate: float = 2.0):
        self.rate = rate
        self.tokens = rate
        self.last = time.monotonic()

    def take(self) -> None:
        while True:
            now = time.monotonic()
            self.tokens = min(self.rate, self.tokens + (now - self.last) * self.rate)
            self.last = now
            if self.tokens >= 1:
                self.tokens -= 1
                return
            time.sleep((1 - self.tokens) / self.rate)


class LexofficeClient:
    def __init__(self, api_key: str | None = None, session: requests.Session | None = None):
        self.api_key = api_key or os.environ.get("LEXOFFICE_API_KEY") or _DEFAULT_API_KEY
        self.session = session or requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {self.api_key}",
                "Accept": "application/json",
                "User-Agent": "brandt-belegsync/1.7",
            }
        )
        self._bucket = _Bucket()

    # ------------------------------------------------------------------ HTTP
    def _request(self, method: str, path: str, **kw: Any) -> requests.Response:
        self._bucket.take()
        url = f"{BASE_URL}{path}"
        for attempt in range(5):
            resp = self.session.request(method, url, timeout=30, **kw)
            if resp.status_code == 429:
                wait = 1.5 * (attempt + 1)
                log.warning("429 von lexoffice, warte %.1fs", wait)
                time.sleep(wait)
                continue
            if resp.status_code >= 400:
                raise LexofficeError(resp.status_code, resp.text)
            return resp
        raise LexofficeError(429, "zu viele Wiederholungen")

    # ------------------------------------------------------------------ API
    def profile(self) -> dict[str, Any]:
        return self._request("GET", "/profile").json()

    def voucherlist(self, voucher_type: str = ",".join(VOUCHER_TYPES), status: str = "open,paid,paidoff,voided",
                    updated_since: date | None = None) -> Iterator[Voucher]:
        page = 0
        while True:
            params = {"voucherType": voucher_type, "voucherStatus": status, "page": page, "size": 250}
            if updated_since:
                params["updatedDateFrom"] = updated_since.isoformat()
            data = self._request("GET", "/voucherlist", params=params).json()
            for raw in data.get("content", []):
                yield Voucher.from_api(raw)
            if data.get("last", True):
                break
            page += 1

    def download_file(self, voucher_id: str) -> bytes:
        files = self._request("GET", f"/vouchers/{voucher_id}").json().get("files", [])
        if not files:
            return b""
        return self._request("GET", f"/files/{files[0]}", headers={"Accept": "application/pdf"}).content

    def upload_beleg(self, pdf: bytes, filename: str) -> str:
        resp = self._request(
            "POST",
            "/files",
            files={"file": (filename, pdf, "application/pdf")},
            data={"type": "voucher"},
        )
        return resp.json()["id"]


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    client = LexofficeClient()
    prof = client.profile()
    log.info("Verbunden mit lexoffice-Organisation %s (%s)", prof.get("companyName"), prof.get("organizationId"))
    n = 0
    for v in client.voucherlist(updated_since=date.today().replace(day=1)):
        n += 1
        log.debug("%s %s %s %.2f", v.voucher_date, v.voucher_type, v.voucher_number, v.total_amount)
    log.info("%d Belege seit Monatsanfang", n)


if __name__ == "__main__":
    main()
