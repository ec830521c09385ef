"""Publish FSMA 204 critical tracking events (CTEs) from the packhouse to the EPCIS 2.0 repository.

Reads closed lots from Odoo (stock.lot with x_harvest_date) and emits:
  * ObjectEvent  bizStep=commissioning   (initial packing, KDE: harvest location, pack date)
  * ObjectEvent  bizStep=shipping        (lots on outbound ASNs)
"""
import datetime as dt
import json
import os
import sys
import xmlrpc.client

import requests

ODOO_URL = os.environ.get("ODOO_URL", "https://erp.valleverdepacking.com")
ODOO_DB = os.environ.get("ODOO_DB", "vvp-prod")
ODOO_USER = os.environ.get("ODOO_USER", "integration@valleverdepacking.com")
ODOO_KEY = os.environ["ODOO_API_KEY"]

EPCIS = os.environ.get("EPCIS_ENDPOINT", "https://epcis.harvestledger.io/epcis/v2")
EPCIS_AUTH = (os.environ.get("EPCIS_USER", "vvp-capture"), os.environ["EPCIS_PASSWORD"])

GLN_PACKHOUSE = "urn:epc:id:sgln:0614141.00001.0"
COMPANY_PREFIX = "0614141"


def odoo():
    common = xmlrpc.client.ServerProxy(f"{ODOO_URL}/xmlrpc/2/common")
    uid = common.authenticate(ODOO_DB, ODOO_USER, ODOO_KEY, {})
    models = xmlrpc.client.ServerProxy(f"{ODOO_URL}/xmlrpc/2/object")
    return uid, models


def lot_to_lgtin(gtin14: str, lot: str) -> str:
    # urn:epc:class:lgtin:CompanyPrefix.IndicatorItemRef.Lot
    item_ref = gtin14[0] + gtin14[1 + len(COMPANY_PREFIX):-1]
    return f"urn:epc:class:lgtin:{COMPANY_PREFIX}.{item_ref}.{lot}"


def commissioning_event(lot):
    return {
        "type": "ObjectEvent",
        "eventTime": lot["x_pack_datetime"],
        "eventTimeZoneOffset": "-08:00",
        "action": "ADD",
        "bizStep": "commissioning",
        "disposition": "active",
        "readPoint": {"id": GLN_PACKHOUSE},
        "quantityList": [{"epcClass": lot_to_lgtin(lot["gtin"], lot["name"]), "quantity": lot["product_qty"], "uom": "CS"}],
        "ilmd": {"cbvmda:harvestStartDate": lot["x_harvest_date"], "vvp:ranchBlock": lot["x_ranch_block"]},
    }


def main(since: str):
    uid, models = odoo()
    lots = models.execute_kw(ODOO_DB, uid, ODOO_KEY, "stock.lot", "search_read",
                             [[["create_date", ">=", since], ["x_closed", "=", True]]],
                             {"fields": ["name", "gtin", "product_qty", "x_pack_datetime", "x_harvest_date", "x_ranch_block"]})
    doc = {
        "@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld"],
        "type": "EPCISDocument",
        "schemaVersion": "2.0",
        "creationDate": dt.datetime.now(dt.timezone.utc).isoformat(),
        "epcisBody": {"eventList": [commissioning_event(l) for l in lots]},
    }
    r = requests.post(f"{EPCIS}/capture", auth=EPCIS_AUTH, json=doc, timeout=60,
                      headers={"GS1-EPCIS-Version": "2.0.0", "GS1-CBV-Version": "2.0.0"})
    r.raise_for_status()
    print(f"captured {len(lots)} commissioning events -> {r.headers.get('Location')}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else (dt.date.today() - dt.timedelta(days=1)).isoformat())
