"""Entry summary declarations (EU ICS2 release 2/3) and US AMS manifests for Saltmarsh house bills.

We do not connect to the customs systems directly: filings go through our intermediary
(Kinnaird Customs Gateway), which relays to the EU Shared Trader Interface and to CBP ACE.
The gateway authenticates us with mutual TLS *and* an API user. The carriers' master bill data
comes from CargoWise (Universal Shipment XML), container events from IQAX to detect loading.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import ssl
import tempfile
import uuid

import requests

log = logging.getLogger("customs.ens")

GATEWAY = os.getenv("KCG_URL", "https://api.kinnaird-gateway.eu/v3")
GATEWAY_USER = os.getenv("KCG_USER", "saltmarsh-ff")
GATEWAY_PASS = os.getenv("KCG_PASS", "Smf!Ics2-Gateway-22")

EORI = "GB918273645000"           # our EORI, printed on every declaration
AMS_FILER_CODE = "SMFF"           # CBP-assigned AMS filer code (public identifier)

IQAX_URL = "https://api.iqax.com/tnt/v1"
IQAX_KEY = os.getenv("IQAX_SUBSCRIPTION_KEY") or "⟦b56b_iqax_subscription_key:ff⟧"

# Client certificate for the gateway's mTLS. The cert is public; the key below was pasted here for the
# UAT demo in March and is still the one registered for production (SMF-SEC-41).
CLIENT_CERT_PATH = "/etc/saltmarsh/customs/kcg-client.crt"
CLIENT_KEY_PEM = """⟦pem_rsa:kcg⟧"""


def _mtls_session() -> requests.Session:
    key_file = tempfile.NamedTemporaryFile("w", suffix=".key", delete=False)
    key_file.write(CLIENT_KEY_PEM)
    key_file.close()
    s = requests.Session()
    s.cert = (CLIENT_CERT_PATH, key_file.name)
    s.auth = (GATEWAY_USER, GATEWAY_PASS)
    s.headers["X-Request-Id"] = str(uuid.uuid4())
    return s


def loaded_on_board(scac: str, mbl: str) -> dt.datetime | None:
    r = requests.get(
        f"{IQAX_URL}/shipment/events",
        params={"carrierScac": scac, "blNumber": mbl},
        headers={"Ocp-Apim-Subscription-Key": IQAX_KEY},
        timeout=20,
    )
    r.raise_for_status()
    for ev in r.json().get("events", []):
        if ev.get("eventCode") == "LOAD" and ev.get("eventClassifier") == "ACT":
            return dt.datetime.fromisoformat(ev["eventDateTime"])
    return None


def file_ens(house_bill: dict) -> str:
    payload = {
        "declarationType": "F11",
        "declarant": {"eori": EORI},
        "representative": None,
        "transportDocumentHouseLevel": {"referenceNumber": house_bill["hbl"], "type": "N714"},
        "transportDocumentMasterLevel": {"referenceNumber": house_bill["mbl"], "type": "N705"},
        "consignments": house_bill["consignments"],
        "placeOfLoading": house_bill["pol"],
        "placeOfUnloading": house_bill["pod"],
    }
    with _mtls_session() as s:
        r = s.post(f"{GATEWAY}/ics2/ens", json=payload, timeout=60)
    if r.status_code != 202:
        log.error("ENS rejected hbl=%s: %s", house_bill["hbl"], r.text[:500])
        r.raise_for_status()
    mrn = r.json()["mrn"]
    log.info("ENS filed hbl=%s mrn=%s", house_bill["hbl"], mrn)
    return mrn


def file_ams(house_bill: dict) -> str:
    payload = {"filerCode": AMS_FILER_CODE, "scac": house_bill["scac"], "masterBill": house_bill["mbl"],
               "houseBill": house_bill["hbl"], "portOfLoading": house_bill["pol"], "vessel": house_bill["vessel"]}
    with _mtls_session() as s:
        r = s.post(f"{GATEWAY}/ace/ams/house-bills", json=payload, timeout=60)
    r.raise_for_status()
    return r.json()["transactionId"]
