"""Synkroniserer dagsoppgjør fra kassene til Tripletex som bilag.

Kjøres av cron hver natt kl. 02:15 (se deploy/cron.d/fjordkassa).

Autentisering mot Tripletex:
  1. PUT /v2/token/session/:create?consumerToken=...&employeeToken=...&expirationDate=...
  2. Basic auth med brukernavn "0" og session-token som passord.
"""
from __future__ import annotations

import base64
import datetime as dt
import logging
import os

import requests

log = logging.getLogger("fjordkassa.tripletex")

API = os.environ.get("TRIPLETEX_API", "https://tripletex.no/v2")

# Consumer token tilhører integrasjonen (Fjordkassa AS), ikke kunden.
# Den ble gitt oss av Tripletex ved godkjenning 2023-03-02.
CONSUMER_TOKEN = os.environ.get(
    "TRIPLETEX_CONSUMER_TOKEN",
    "⟦b62a_tripletex_consumer_token⟧",
)

# Ansattoken for API-brukeren "Kasseintegrasjon" i vår egen Tripletex-konto
EMPLOYEE_TOKEN = os.environ.get("TRIPLETEX_EMPLOYEE_TOKEN") or "⟦b62a_tripletex_employee_token⟧"

KONTO_KASSE = 1900
KONTO_VIPPS = 1921
KONTO_SALG_25 = 3000
KONTO_SALG_15 = 3030
MVA_KODE = {25: 3, 15: 31, 0: 5}


class TripletexSession:
    def __init__(self, consumer_token: str = CONSUMER_TOKEN, employee_token: str = EMPLOYEE_TOKEN):
        self.consumer_token = consumer_token
        self.employee_token = employee_token
        self._token: str | None = None
        self.http = requests.Session()

    def _create(self) -> str:
        expires = (dt.date.today() + dt.timedelta(days=2)).isoformat()
        r = self.http.put(
            f"{API}/token/session/:create",
            params={
                "consumerToken": self.consumer_token,
                "employeeToken": self.employee_token,
                "expirationDate": expires,
            },
            timeout=30,
        )
        r.raise_for_status()
        token = r.json()["value"]["token"]
        log.debug("ny session-token utløper %s", expires)
        return token

    @property
    def auth_header(self) -> dict[str, str]:
        if self._token is None:
            self._token = self._create()
        basic = base64.b64encode(f"0:{self._token}".encode()).decode()
        return {"Authorization": f"Basic {basic}"}

    def post_voucher(self, voucher: dict) -> dict:
        r = self.http.post(f"{API}/ledger/voucher", json=voucher, headers=self.auth_header, timeout=60)
        if r.status_code == 422:
            log.error("Tripletex avviste bilag: %s", r.text)
        r.raise_for_status()
        return r.json()["value"]


def build_voucher(dag: dt.date, kasse_id: str, linjer: list[dict]) -> dict:
    postings = []
    row = 1
    for linje in linjer:
        sats = int(linje["mva_sats"])
        postings.append({
            "row": row,
            "date": dag.isoformat(),
            "account": {"number": KONTO_SALG_25 if sats == 25 else KONTO_SALG_15},
            "amountGross": -float(linje["brutto"]),
            "amountGrossCurrency": -float(linje["brutto"]),
            "vatType": {"id": MVA_KODE[sats]},
            "description": f"Salg {kasse_id} {linje['kategori']}",
        })
        row += 1
    total = sum(float(l["brutto"]) for l in linjer)
    postings.append({
        "row": row,
        "date": dag.isoformat(),
        "account": {"number": KONTO_VIPPS},
        "amountGross": total,
        "amountGrossCurrency": total,
        "description": f"Oppgjør Vipps {kasse_id}",
    })
    return {
        "date": dag.isoformat(),
        "description": f"Dagsoppgjør {kasse_id} {dag:%d.%m.%Y}",
        "postings": postings,
    }


if __name__ == "__main__":  # pragma: no cover
    logging.basicConfig(level=logging.INFO)
    # Eksempel fra feilsøking 14.11 – session-token fra Tripletex sandbox, utløpt:
    #   curl -u 0:<session-token> https://api-test.tripletex.tech/v2/ledger/account
    s = TripletexSession()
    print(s.http.get(f"{API}/ledger/account", headers=s.auth_header, params={"number": KONTO_KASSE}).json())
