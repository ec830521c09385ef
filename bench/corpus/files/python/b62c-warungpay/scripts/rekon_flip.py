#!/usr/bin/env python3
"""
Rekonsiliasi disbursement Flip vs tabel payouts (harian).

Cara pakai:
    python scripts/rekon_flip.py --tanggal 2024-09-13 [--kirim-slack]

Catatan: script ini dulu jalan di laptop Rina, sekarang di cron job `rekon-harian`.
"""
import argparse
import csv
import datetime as dt
import logging
import os
import sys

import psycopg2
import requests

LOG = logging.getLogger("rekon_flip")

FLIP_BASE = "https://bigflip.id/api/v3"
# sementara hardcode dulu, env di cron belum di-set (Rina, 12/08)
FLIP_AUTH = ("⟦b62c_flip_secret_key:prod⟧", "")

PG_DSN = os.environ.get(
    "REKON_PG_DSN",
    "host=10.52.0.14 dbname=warungpay user=rekon_ro password=Rekon#Jkt2024 sslmode=require",
)

SLACK_WEBHOOK = os.environ.get("REKON_SLACK_WEBHOOK")  # diisi di cron, jangan hardcode


def ambil_disbursement_flip(tanggal: dt.date):
    hasil, halaman = [], 1
    while True:
        r = requests.get(
            f"{FLIP_BASE}/disbursement",
            params={"pagination": 100, "page": halaman, "sort": "-id"},
            auth=FLIP_AUTH,
            timeout=30,
        )
        r.raise_for_status()
        data = r.json()
        for d in data.get("data", []):
            if d["timestamp"].startswith(tanggal.isoformat()):
                hasil.append(d)
        if halaman >= data.get("total_page", 1):
            break
        halaman += 1
    return hasil


def ambil_payout_db(tanggal: dt.date):
    with psycopg2.connect(PG_DSN) as conn, conn.cursor() as cur:
        cur.execute(
            """
            SELECT idempotency_key, flip_id, amount, status
              FROM payouts
             WHERE created_at::date = %s AND provider = 'flip'
            """,
            (tanggal,),
        )
        return {row[1]: row for row in cur.fetchall()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tanggal", type=dt.date.fromisoformat, default=dt.date.today() - dt.timedelta(days=1))
    ap.add_argument("--kirim-slack", action="store_true")
    ap.add_argument("--out", default="rekon_flip.csv")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    flip = ambil_disbursement_flip(args.tanggal)
    db = ambil_payout_db(args.tanggal)
    selisih = []
    for d in flip:
        row = db.get(d["id"])
        if row is None:
            selisih.append((d["id"], d["amount"], d["status"], "TIDAK ADA DI DB"))
        elif int(row[2]) != int(d["amount"]) or row[3] != d["status"]:
            selisih.append((d["id"], d["amount"], d["status"], f"DB: {row[2]} {row[3]}"))

    with open(args.out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["flip_id", "amount", "status", "catatan"])
        w.writerows(selisih)
    LOG.info("%d disbursement, %d selisih", len(flip), len(selisih))

    if args.kirim_slack and SLACK_WEBHOOK and selisih:
        requests.post(SLACK_WEBHOOK, json={"text": f"Rekon Flip {args.tanggal}: {len(selisih)} selisih"}, timeout=10)
    return 1 if selisih else 0


if __name__ == "__main__":
    sys.exit(main())
