#!/usr/bin/env python3
"""Nightly: charge client-billable print/scan volume back to client codes.

PaperCut shared accounts are named after the practice client code (e.g. WT-C-00418). This
pulls the day's usage per shared account over the XML-RPC web services API and posts a
disbursement line to the practice management system (Karbon) for each client.
"""
import datetime as dt
import os
import xmlrpc.client

import requests

PAPERCUT_URL = "https://wt-prt01.whitcombetaylor.local:9192/rpc/api/xmlrpc"
# auth.webservices.auth-token from the PaperCut config editor
AUTH_TOKEN = os.environ.get("PAPERCUT_AUTH_TOKEN", "⟦b48b_papercut_auth_token:wt⟧")

KARBON_API = "https://api.karbonhq.com/v3"
KARBON_BEARER = os.environ["KARBON_BEARER_TOKEN"]          # app token (from 1Password)
KARBON_ACCESS_KEY = os.environ.get("KARBON_ACCESS_KEY")    # tenant access key JWT

RATE_PER_PAGE = {"mono": 0.08, "colour": 0.35, "scan": 0.02}


def shared_accounts(server):
    offset, limit = 0, 500
    while True:
        batch = server.api.listSharedAccounts(AUTH_TOKEN, offset, limit)
        if not batch:
            return
        yield from batch
        offset += limit


def main() -> None:
    server = xmlrpc.client.ServerProxy(PAPERCUT_URL)
    today = dt.date.today().isoformat()
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {KARBON_BEARER}", "AccessKey": KARBON_ACCESS_KEY or ""})
    for name in shared_accounts(server):
        if not name.startswith("WT-C-"):
            continue
        balance = server.api.getSharedAccountAccountBalance(AUTH_TOKEN, name)
        pages = server.api.getSharedAccountProperty(AUTH_TOKEN, name, "pages-printed-today")
        if int(pages or 0) == 0:
            continue
        s.post(f"{KARBON_API}/Disbursements", json={
            "ClientKey": name, "Date": today, "Description": f"Printing ({pages} pages)",
            "Amount": round(int(pages) * RATE_PER_PAGE["mono"], 2), "Balance": balance,
        }, timeout=30).raise_for_status()


if __name__ == "__main__":
    main()
