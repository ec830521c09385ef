"""Push building permits from Accela to the county open data portal (data.harlancounty.gov, Socrata).

Daily at 05:00 from the opendata ETL box. Dataset: "Building Permits (2015-present)" 4x9k-qp2d.
"""
import datetime as dt
import logging
import os

import requests
from sodapy import Socrata

ACCELA_BASE = "https://apis.accela.com"
ACCELA_APP_ID = "⟦b46a_accela_app_id:od⟧"
ACCELA_APP_SECRET = os.environ.get("ACCELA_APP_SECRET", "⟦b46a_accela_app_secret:od⟧")
ACCELA_AGENCY = "HARLANCO"
ACCELA_ENV = "PROD"

SOCRATA_DOMAIN = "data.harlancounty.gov"
SOCRATA_DATASET = "4x9k-qp2d"
# app token only raises the throttling limit; the key id/secret pair is what authorises writes
SOCRATA_APP_TOKEN = "⟦b46a_socrata_app_token:od⟧"
SOCRATA_KEY_ID = "⟦b46a_socrata_key_id:od⟧"
SOCRATA_KEY_SECRET = "⟦b46a_socrata_key_secret:od⟧"

log = logging.getLogger("push_permits")


def accela_records(since: dt.date):
    headers = {
        "x-accela-appid": ACCELA_APP_ID,
        "x-accela-appsecret": ACCELA_APP_SECRET,
        "x-accela-agency": ACCELA_AGENCY,
        "x-accela-environment": ACCELA_ENV,
    }
    offset = 0
    while True:
        r = requests.get(f"{ACCELA_BASE}/v4/records", headers=headers, timeout=60, params={
            "module": "Building", "openedDateFrom": since.isoformat(), "limit": 100, "offset": offset,
        })
        r.raise_for_status()
        batch = r.json().get("result", [])
        if not batch:
            return
        yield from batch
        offset += len(batch)


def to_row(rec):
    addr = (rec.get("addresses") or [{}])[0]
    return {
        "permit_number": rec["customId"],
        "permit_type": rec["type"]["text"],
        "status": rec["status"]["text"],
        "opened_date": rec["openedDate"][:10],
        "address": f"{addr.get('streetStart', '')} {addr.get('streetName', '')}".strip(),
        "valuation": rec.get("estimatedTotalJobCost"),
    }


def main():
    logging.basicConfig(level=logging.INFO)
    since = dt.date.today() - dt.timedelta(days=3)
    rows = [to_row(r) for r in accela_records(since)]
    client = Socrata(SOCRATA_DOMAIN, SOCRATA_APP_TOKEN, username=SOCRATA_KEY_ID, password=SOCRATA_KEY_SECRET, timeout=120)
    res = client.upsert(SOCRATA_DATASET, rows)
    log.info("upserted %d rows: %s", len(rows), res)


if __name__ == "__main__":
    main()
