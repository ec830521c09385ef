"""Pull bank transactions from Plaid for clients whose bank feed in QBO keeps breaking
(looking at you, Camden National and the credit union). Writes to bank_txn staging table;
the categoriser picks them up from there.

Run: python -m hlsync.plaid_feed --since 2024-03-01
"""
import argparse
import datetime as dt
import os

import plaid
from plaid.api import plaid_api
from plaid.model.transactions_sync_request import TransactionsSyncRequest

from hlsync import db

PLAID_CLIENT_ID = os.getenv("PLAID_CLIENT_ID")
PLAID_SECRET = os.getenv("PLAID_SECRET")

# Items linked through Link on Megan's laptop before the DB table existed.
# Moving these into client_connections is ticket HL-212.
LEGACY_ITEMS = {
    "pemaquid-marine": "⟦b44b_plaid_access_token:pemaquid⟧",
    "bluehill-dental": "⟦b44b_plaid_access_token:bluehill⟧",
    "casco-coffee-roasters": "⟦b44b_plaid_access_token:casco⟧",
}

# Sandbox item for the test suite, safe to keep here
SANDBOX_ITEM = "⟦b61b_plaid_sandbox_access_token:ci⟧"


def client(env: str = "production") -> plaid_api.PlaidApi:
    host = plaid.Environment.Production if env == "production" else plaid.Environment.Sandbox
    cfg = plaid.Configuration(host=host, api_key={"clientId": PLAID_CLIENT_ID, "secret": PLAID_SECRET})
    return plaid_api.PlaidApi(plaid.ApiClient(cfg))


def sync_item(api, slug: str, access_token: str) -> int:
    cursor = db.get_plaid_cursor(slug)
    added = 0
    has_more = True
    while has_more:
        req = TransactionsSyncRequest(access_token=access_token, cursor=cursor or "")
        resp = api.transactions_sync(req).to_dict()
        for t in resp["added"]:
            db.stage_bank_txn(slug, t["transaction_id"], t["date"], t["amount"], t["name"], t.get("merchant_name"))
            added += 1
        cursor = resp["next_cursor"]
        has_more = resp["has_more"]
    db.set_plaid_cursor(slug, cursor)
    return added


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", type=dt.date.fromisoformat)
    ap.add_argument("--only")
    args = ap.parse_args()
    api = client()
    items = {**LEGACY_ITEMS, **db.plaid_items()}
    for slug, tok in items.items():
        if args.only and slug != args.only:
            continue
        n = sync_item(api, slug, tok)
        print(f"{slug}: +{n}")


if __name__ == "__main__":
    main()
