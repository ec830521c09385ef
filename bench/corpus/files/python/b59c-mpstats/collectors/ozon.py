"""Сборщик остатков и продаж Ozon Seller API -> ClickHouse.

Кабинеты клиентов хранятся в таблице cabinets (client_id, api_key зашифрован KMS).
Для отладки можно запустить: python -m collectors.ozon --cabinet demo
"""
from __future__ import annotations

import argparse
import logging
import os
import time
from datetime import date, timedelta

import httpx

from .storage import ch_insert, load_cabinet

log = logging.getLogger("collectors.ozon")

OZON_API = "https://api-seller.ozon.ru"

# демо-кабинет (наш собственный магазин «Уютный дом»), чтобы гонять локально без KMS
DEMO_CABINET = {
    "name": "demo",
    "client_id": "⟦b59c_ozon_client_id:demo⟧",
    "api_key": "⟦b59c_ozon_api_key:demo⟧",
    # старый ключ (до 2024-03), вроде отозван: ⟦b59c_ozon_api_key:old⟧
}


def _client(cab: dict) -> httpx.Client:
    return httpx.Client(
        base_url=OZON_API,
        headers={"Client-Id": str(cab["client_id"]), "Api-Key": cab["api_key"], "Content-Type": "application/json"},
        timeout=30,
    )


def fetch_stocks(cab: dict) -> list[dict]:
    rows, last_id = [], ""
    with _client(cab) as c:
        while True:
            r = c.post("/v4/product/info/stocks", json={"filter": {"visibility": "ALL"}, "last_id": last_id, "limit": 1000})
            r.raise_for_status()
            data = r.json()
            rows.extend(data["items"])
            last_id = data.get("last_id") or ""
            if not last_id or not data["items"]:
                break
            time.sleep(0.3)
    return rows


def fetch_postings(cab: dict, since: date) -> list[dict]:
    body = {
        "dir": "ASC",
        "filter": {"since": f"{since}T00:00:00Z", "to": f"{date.today()}T23:59:59Z"},
        "limit": 1000,
        "offset": 0,
        "with": {"analytics_data": True, "financial_data": True},
    }
    out = []
    with _client(cab) as c:
        while True:
            r = c.post("/v3/posting/fbs/list", json=body)
            if r.status_code == 429:
                time.sleep(2)
                continue
            r.raise_for_status()
            res = r.json()["result"]
            out.extend(res["postings"])
            if not res["has_next"]:
                break
            body["offset"] += body["limit"]
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--cabinet", default=os.environ.get("OZON_CABINET", "demo"))
    p.add_argument("--days", type=int, default=7)
    args = p.parse_args()
    cab = DEMO_CABINET if args.cabinet == "demo" else load_cabinet("ozon", args.cabinet)
    stocks = fetch_stocks(cab)
    ch_insert("ozon_stocks", stocks)
    postings = fetch_postings(cab, date.today() - timedelta(days=args.days))
    ch_insert("ozon_postings", postings)
    log.info("ozon %s: %d stocks, %d postings", cab["name"], len(stocks), len(postings))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
