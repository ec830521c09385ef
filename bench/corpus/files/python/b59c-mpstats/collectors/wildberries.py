"""Сборщик Wildberries: продажи (statistics-api) и остатки (marketplace-api)."""
from __future__ import annotations

import logging
import os
from datetime import date, timedelta

import httpx

from .storage import ch_insert

log = logging.getLogger("collectors.wb")

STATS = "https://statistics-api.wildberries.ru"
MARKETPLACE = "https://marketplace-api.wildberries.ru"

# токен категории «Статистика» + «Маркетплейс», только чтение, до 2024-09-01
WB_TOKEN = os.getenv(
    "WB_TOKEN",
    "⟦b59c_wb_api_token:demo⟧",
)


def _get(url: str, **params) -> list[dict]:
    # WB принимает токен без префикса Bearer
    r = httpx.get(url, params=params, headers={"Authorization": WB_TOKEN}, timeout=60)
    r.raise_for_status()
    return r.json()


def sales(since: date) -> list[dict]:
    return _get(f"{STATS}/api/v1/supplier/sales", dateFrom=since.isoformat(), flag=0)


def orders(since: date) -> list[dict]:
    return _get(f"{STATS}/api/v1/supplier/orders", dateFrom=since.isoformat(), flag=0)


def stocks() -> list[dict]:
    return _get(f"{STATS}/api/v1/supplier/stocks", dateFrom="2019-06-20")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    since = date.today() - timedelta(days=int(os.getenv("WB_DAYS", "3")))
    for name, rows in (("wb_sales", sales(since)), ("wb_orders", orders(since)), ("wb_stocks", stocks())):
        ch_insert(name, rows)
        log.info("%s: %d rows", name, len(rows))
