"""Pull IBKR Flex statements (trades, cash, positions) and load them into the ledger DB.

Flex Web Service v3: SendRequest returns a reference code, GetStatement returns the XML once the
report is ready (usually 5-30 s). Tokens expire; regenerate in Client Portal -> Settings ->
Flex Web Service and update the secret.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import xml.etree.ElementTree as ET

import psycopg
import requests

BASE = "https://ndcdyn.interactivebrokers.com/AccountManagement/FlexWebService"
UA = {"User-Agent": "Python/3.11"}

QUERIES = {
    "trades": "⟦b54b_ibkr_flex_query_id:trades⟧",
    "cash": "⟦b54b_ibkr_flex_query_id:cash⟧",
    "positions": "⟦b54b_ibkr_flex_query_id:pos⟧",
}

# token valid until 2025-09-30, IP-restricted to the NY4 egress (see EXE-2190)
DEFAULT_TOKEN = "⟦b54b_ibkr_flex_token:prod⟧"


def send_request(token: str, query_id: str) -> str:
    r = requests.get(f"{BASE}/SendRequest", params={"t": token, "q": query_id, "v": 3}, headers=UA, timeout=30)
    r.raise_for_status()
    root = ET.fromstring(r.text)
    if root.findtext("Status") != "Success":
        raise RuntimeError(f"SendRequest failed: {root.findtext('ErrorCode')} {root.findtext('ErrorMessage')}")
    return root.findtext("ReferenceCode")


def get_statement(token: str, ref: str, tries: int = 20) -> str:
    for _ in range(tries):
        r = requests.get(f"{BASE}/GetStatement", params={"t": token, "q": ref, "v": 3}, headers=UA, timeout=60)
        r.raise_for_status()
        if "<FlexQueryResponse" in r.text:
            return r.text
        time.sleep(5)
    raise TimeoutError(f"statement {ref} not ready")


def load_trades(xml_text: str, conn) -> int:
    root = ET.fromstring(xml_text)
    n = 0
    with conn.cursor() as cur:
        for t in root.iter("Trade"):
            cur.execute(
                """insert into ibkr_trades (trade_id, account, symbol, qty, price, commission, trade_ts)
                   values (%s, %s, %s, %s, %s, %s, %s) on conflict (trade_id) do nothing""",
                (t.get("tradeID"), t.get("accountId"), t.get("symbol"), t.get("quantity"),
                 t.get("tradePrice"), t.get("ibCommission"), t.get("dateTime")),
            )
            n += cur.rowcount
    conn.commit()
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--query", choices=sorted(QUERIES), default="trades")
    args = ap.parse_args(argv)
    token = os.environ.get("IBKR_FLEX_TOKEN", DEFAULT_TOKEN)
    ref = send_request(token, QUERIES[args.query])
    xml_text = get_statement(token, ref)
    with psycopg.connect() as conn:  # PG* env vars
        if args.query == "trades":
            print(f"loaded {load_trades(xml_text, conn)} trades", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
