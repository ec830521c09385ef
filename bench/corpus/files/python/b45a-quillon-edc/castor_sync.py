"""Nightly sync of Castor EDC records into the Quillon CTMS (subject status, visit dates)."""
import datetime as dt
import logging
import os

import requests
from castoredc_api import CastorClient  # pip install castoredc-api

log = logging.getLogger("castor_sync")

STUDIES = {
    "ALX-301-OLE": "⟦uuid:castorstudy⟧",
    "QCR-2024-011": "⟦uuid:castorstudy2⟧",
}

CTMS_API = "https://ctms.quillon-cro.com/api/v1"


def main():
    logging.basicConfig(level=logging.INFO)
    client_id = os.environ.get("CASTOR_CLIENT_ID", "⟦uuid:castorclient⟧")
    client_secret = os.environ.get("CASTOR_CLIENT_SECRET", "⟦b45a_castor_client_secret:qcr⟧")
    ctms_token = os.environ["CTMS_API_TOKEN"]

    for name, study_id in STUDIES.items():
        c = CastorClient(client_id, client_secret, "data.castoredc.com")
        c.link_study(study_id)
        records = c.all_records()
        log.info("%s: %d records", name, len(records))
        payload = [
            {
                "study": name,
                "subject": r["record_id"],
                "site": r["_embedded"]["institute"]["name"],
                "status": "withdrawn" if r.get("archived") else "active",
                "updated": r.get("updated_on", {}).get("date"),
            }
            for r in records
        ]
        resp = requests.post(f"{CTMS_API}/subjects/bulk", json=payload,
                             headers={"Authorization": f"Token {ctms_token}"}, timeout=120)
        resp.raise_for_status()
    log.info("done at %s", dt.datetime.now().isoformat(timespec="seconds"))


if __name__ == "__main__":
    main()
