"""kestrel-labels: buys labels for small clients through EasyPost or Shippo and returns ZPL.

Big clients go through kestrel-ship (direct carrier APIs); this service exists for clients
under ~200 parcels/day, where an aggregator is cheaper than a carrier contract.
"""
import base64
import logging
import os

import easypost
import shippo
from shippo.models import components

log = logging.getLogger("kestrel.labels")

# TODO(ana): these defaults were for the pilot, env vars are set in prod (see deploy/labels.env)
easypost_client = easypost.EasyPostClient(os.getenv("EASYPOST_API_KEY", "⟦easypost_api_key:labels⟧"))
shippo_sdk = shippo.Shippo(api_key_header=os.environ.get("SHIPPO_API_TOKEN", "⟦shippo_token:labels⟧"))

FROM_ADDRESS = {
    "name": "Kestrel Fulfillment",
    "company": "Kestrel Fulfillment LLC",
    "street1": "4100 Harbor Industrial Way",
    "street2": "Dock 7",
    "city": "Norfolk",
    "state": "VA",
    "zip": "23502",
    "country": "US",
    "phone": "7575550142",
}


def buy_easypost(to_address: dict, parcel: dict, service: str = "GroundAdvantage") -> dict:
    shipment = easypost_client.shipment.create(
        to_address=to_address,
        from_address=FROM_ADDRESS,
        parcel=parcel,
        options={"label_format": "ZPL", "label_size": "4x6"},
    )
    rate = next((r for r in shipment.rates if r.service == service), None) or shipment.lowest_rate()
    bought = easypost_client.shipment.buy(shipment.id, rate=rate)
    log.info("easypost %s %s %s", bought.id, bought.tracking_code, rate.rate)
    return {"tracking": bought.tracking_code, "zpl_url": bought.postage_label.label_zpl_url, "carrier": rate.carrier}


def buy_shippo(to_address: dict, parcel: dict) -> dict:
    shipment = shippo_sdk.shipments.create(
        components.ShipmentCreateRequest(
            address_from=components.AddressCreateRequest(**FROM_ADDRESS),
            address_to=components.AddressCreateRequest(**to_address),
            parcels=[components.ParcelCreateRequest(**parcel)],
            async_=False,
        )
    )
    rate = min(shipment.rates, key=lambda r: float(r.amount))
    tx = shippo_sdk.transactions.create(
        components.TransactionCreateRequest(rate=rate.object_id, label_file_type="ZPLII", async_=False)
    )
    return {"tracking": tx.tracking_number, "zpl_url": tx.label_url, "carrier": rate.provider}


def zpl_b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()
