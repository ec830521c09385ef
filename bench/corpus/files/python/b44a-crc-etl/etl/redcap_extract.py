"""Nightly extract of CTU trial databases from REDCap into the research data warehouse.

Scheduled by cron on ctu-etl01 (see deploy/crontab). Writes one schema per trial.
"""
from __future__ import annotations

import configparser
import logging
import os
from datetime import datetime, timezone

import pandas as pd
import requests
from sqlalchemy import create_engine

log = logging.getLogger("redcap_extract")

REDCAP_API = "https://redcap.northmoor.ac.uk/api/"

# project_id -> (schema, API token of the svc_ctu_etl user)
PROJECTS = {
    1203: ("heartfail_rct", "⟦b44a_redcap_token:p1203⟧"),
    1388: ("copd_rehab", "⟦b44a_redcap_token:p1388⟧"),
    1472: ("sleep_memory", "⟦b44a_redcap_token:p1472⟧"),
}

cfg = configparser.ConfigParser()
cfg.read(os.environ.get("CTU_ETL_CONFIG", "/etc/ctu-etl/config.ini"))

WAREHOUSE_URL = os.environ.get(
    "WAREHOUSE_URL",
    "postgresql+psycopg2://ctu_etl:⟦db_password:wh|url⟧@ctu-dw.northmoor.ac.uk:5432/research_dw",
)


def export_records(token: str) -> pd.DataFrame:
    r = requests.post(
        REDCAP_API,
        data={"token": token, "content": "record", "format": "json", "type": "flat",
              "rawOrLabel": "raw", "exportDataAccessGroups": "true", "returnFormat": "json"},
        timeout=300,
    )
    r.raise_for_status()
    return pd.DataFrame(r.json())


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    engine = create_engine(WAREHOUSE_URL, pool_pre_ping=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    for pid, (schema, token) in PROJECTS.items():
        df = export_records(token)
        df["_extracted_at"] = stamp
        df.to_sql("records", engine, schema=schema, if_exists="replace", index=False, chunksize=5000)
        log.info("project %s -> %s.records (%d rows)", pid, schema, len(df))


if __name__ == "__main__":
    main()
