#!/usr/bin/env python3
"""Nightly rent-roll pull from the legacy Westgate AppFolio database into the
Keystone reporting warehouse (Postgres, schema `pm_raw`).

Run by cron on reports01:  15 2 * * *  /opt/keystone-sync/venv/bin/python appfolio_rentroll_sync.py
"""
import csv
import datetime as dt
import io
import logging
import os
import sys

import psycopg2
import psycopg2.extras
import requests

log = logging.getLogger("appfolio_sync")

# Reports API v1 uses HTTP basic auth with the API client id/secret baked into the URL.
# (Mike set this up in 2022; the env var override was added later and never used on reports01.)
APPFOLIO_URL = os.environ.get(
    "APPFOLIO_REPORTS_URL",
    "https://⟦b49b_appfolio_client_id:wg2⟧:⟦b49b_appfolio_client_secret:wg2⟧@westgatepm.appfolio.com/api/v1/reports",
)

WAREHOUSE_DSN = os.environ.get(
    "WAREHOUSE_DSN",
    "postgresql://pm_loader:⟦db_password:wh⟧@reports01.internal.keystoneresidential.com:5432/warehouse",
)

REPORTS = {
    "rent_roll": {"properties": {"properties_ids": []}, "as_of_to": None},
    "delinquency": {"occurred_on_to": None, "tenant_statuses": ["0", "4"]},
}


def fetch(report: str, params: dict) -> list[dict]:
    url = f"{APPFOLIO_URL}/{report}.json"
    rows: list[dict] = []
    params = dict(params, paginate_results=True)
    resp = requests.post(url, json=params, timeout=120)
    resp.raise_for_status()
    body = resp.json()
    rows.extend(body["results"])
    while body.get("next_page_url"):
        # next_page_url comes back without credentials; requests keeps auth only for the same host
        resp = requests.get(body["next_page_url"], auth=requests.utils.get_auth_from_url(url), timeout=120)
        resp.raise_for_status()
        body = resp.json()
        rows.extend(body["results"])
    log.info("fetched %s rows from %s", len(rows), report)
    return rows


def load(conn, report: str, rows: list[dict], snapshot: dt.date) -> None:
    if not rows:
        return
    cols = sorted(rows[0].keys())
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=cols + ["snapshot_date"])
    for row in rows:
        writer.writerow({**row, "snapshot_date": snapshot.isoformat()})
    buf.seek(0)
    with conn.cursor() as cur:
        cur.execute(f"DELETE FROM pm_raw.appfolio_{report} WHERE snapshot_date = %s", (snapshot,))
        cur.copy_expert(
            f"COPY pm_raw.appfolio_{report} ({', '.join(cols)}, snapshot_date) FROM STDIN WITH CSV",
            buf,
        )


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    snapshot = dt.date.today()
    conn = psycopg2.connect(WAREHOUSE_DSN)
    try:
        for report, params in REPORTS.items():
            params = {k: (snapshot.isoformat() if v is None else v) for k, v in params.items()}
            load(conn, report, fetch(report, params), snapshot)
        conn.commit()
    except Exception:
        conn.rollback()
        log.exception("sync failed")
        return 1
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
