"""Nightly: publish enabled Akeneo products to Google Merchant Center (Content API for Shopping).

Run by the `pim-feeds` Cloud Run job. Akeneo credentials come from the environment; the
Merchant Center service account key is embedded because the job image predates Secret Manager.
"""
import os

from akeneo_api_client.client import Client as Akeneo
from google.oauth2 import service_account
from googleapiclient.discovery import build

MERCHANT_ID = 5129834471

SERVICE_ACCOUNT_INFO = {
    "type": "service_account",
    "project_id": "larkspur-feeds",
    "private_key_id": "⟦gcp_sa_key_id:gmc⟧",
    "private_key": "⟦gcp_sa_private_key:gmc⟧",
    "client_email": "gmc-feed@larkspur-feeds.iam.gserviceaccount.com",
    "client_id": "104418276530012887126",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/gmc-feed%40larkspur-feeds.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}

akeneo = Akeneo(
    os.environ["AKENEO_BASE_URL"],
    os.environ["AKENEO_CLIENT_ID"],
    os.environ["AKENEO_SECRET"],
    os.environ["AKENEO_USERNAME"],
    os.environ["AKENEO_PASSWORD"],
)

creds = service_account.Credentials.from_service_account_info(
    SERVICE_ACCOUNT_INFO, scopes=["https://www.googleapis.com/auth/content"]
)
content = build("content", "v2.1", credentials=creds, cache_discovery=False)


def to_offer(p: dict) -> dict:
    v = p["values"]
    first = lambda k: (v.get(k) or [{}])[0].get("data")
    return {
        "offerId": p["identifier"],
        "title": first("name"),
        "description": first("description"),
        "link": f"https://www.larkspurgoods.com/products/{first('url_handle')}",
        "imageLink": first("image_url"),
        "contentLanguage": "en",
        "targetCountry": "US",
        "channel": "online",
        "availability": "in stock" if (first("stock") or 0) > 0 else "out of stock",
        "condition": "new",
        "gtin": first("gtin"),
        "brand": "Larkspur Goods",
        "price": {"value": str(first("price")[0]["amount"]), "currency": "USD"},
    }


def main():
    batch = []
    for p in akeneo.products.fetch_list({"search": '{"enabled":[{"operator":"=","value":true}]}'}).items:
        batch.append({"batchId": len(batch), "merchantId": MERCHANT_ID, "method": "insert", "product": to_offer(p)})
        if len(batch) == 250:
            content.products().custombatch(body={"entries": batch}).execute()
            batch = []
    if batch:
        content.products().custombatch(body={"entries": batch}).execute()


if __name__ == "__main__":
    main()
