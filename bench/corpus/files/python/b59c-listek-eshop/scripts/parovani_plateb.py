#!/usr/bin/env python3
"""Ruční párování plateb z Fio za zvolené období (když cron vypadne).

    python parovani_plateb.py 2024-03-01 2024-03-31
"""
import sys
from decimal import Decimal

import pymysql
import requests

FIO_TOKEN = "⟦b59c_fio_token:py⟧"  # read-only token pro účet 2801234567
DB = dict(host="127.0.0.1", user="listek", password="⟦db_password:listek⟧", database="listek_prod")


def pohyby(od: str, do: str) -> list[dict]:
    url = f"https://fioapi.fio.cz/v1/rest/periods/{FIO_TOKEN}/{od}/{do}/transactions.json"
    r = requests.get(url, timeout=30)
    r.raise_for_status()
    tx = r.json()["accountStatement"]["transactionList"]["transaction"] or []
    out = []
    for t in tx:
        amount = Decimal(str(t["column1"]["value"]))
        vs = (t.get("column5") or {}).get("value")
        if amount > 0 and vs:
            out.append({"vs": vs, "castka": amount, "id": t["column22"]["value"]})
    return out


def main(od: str, do: str) -> None:
    conn = pymysql.connect(**DB)
    sparovano = 0
    with conn.cursor() as cur:
        for p in pohyby(od, do):
            n = cur.execute(
                "UPDATE objednavka SET stav='zaplaceno', fio_id=%s WHERE variabilni_symbol=%s AND stav='ceka_na_platbu' AND celkem=%s",
                (p["id"], p["vs"], p["castka"]),
            )
            sparovano += n
    conn.commit()
    print(f"spárováno {sparovano} objednávek")


if __name__ == "__main__":
    main(*sys.argv[1:3])
