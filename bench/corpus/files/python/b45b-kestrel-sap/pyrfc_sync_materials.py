#!/usr/bin/env python3
"""Nightly material master sync KRP (S/4 on-prem) -> PLM staging tables.

Runs from cron on kcg-int01:
    15 2 * * * /opt/kcg/venv/bin/python /opt/kcg/jobs/pyrfc_sync_materials.py >> /var/log/kcg/matsync.log 2>&1
"""
import logging
import os
from datetime import date, timedelta

import psycopg2
from pyrfc import Connection, ABAPApplicationError, CommunicationError

log = logging.getLogger("matsync")
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

# TODO: switch to the DEST=KRP_PRD entry in sapnwrfc.ini (needs RFC_INI on the cron env)
SAP = dict(
    ashost="krp-ci.kestrel.local",
    sysnr="00",
    client="100",
    user="RFC_PLM_IF",
    passwd="⟦password:jcoprd⟧",
    lang="EN",
)

PLM_DSN = os.environ.get(
    "PLM_DSN",
    "host=plm-db01.kestrel.local dbname=plm_staging user=matsync password=⟦db_password:plm⟧",
)

FIELDS = ["MATNR", "MAKTX", "MTART", "MATKL", "MEINS", "BRGEW", "NTGEW", "GEWEI", "LAEDA"]


def changed_materials(conn, since):
    options = [{"TEXT": f"LAEDA GE '{since:%Y%m%d}'"}]
    res = conn.call(
        "RFC_READ_TABLE",
        QUERY_TABLE="MARA",
        DELIMITER="|",
        FIELDS=[{"FIELDNAME": f} for f in FIELDS if f != "MAKTX"],
        OPTIONS=options,
        ROWCOUNT=50000,
    )
    for row in res["DATA"]:
        yield [v.strip() for v in row["WA"].split("|")]


def main():
    since = date.today() - timedelta(days=2)
    try:
        with Connection(**SAP) as conn:
            rows = list(changed_materials(conn, since))
    except (ABAPApplicationError, CommunicationError) as exc:
        log.error("RFC failed: %s", exc)
        raise SystemExit(2)

    log.info("fetched %d changed materials since %s", len(rows), since)
    with psycopg2.connect(PLM_DSN) as pg, pg.cursor() as cur:
        cur.executemany(
            "INSERT INTO stg_mara (matnr, mtart, matkl, meins, brgew, ntgew, gewei, laeda) "
            "VALUES (%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT (matnr) DO UPDATE SET laeda = EXCLUDED.laeda",
            rows,
        )
    log.info("done")


if __name__ == "__main__":
    main()
