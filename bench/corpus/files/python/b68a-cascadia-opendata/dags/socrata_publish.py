"""
socrata_publish -- Cascadia Open Data Program (data.cascadia.gov, Tyler Data & Insights / Socrata)

Daily upserts of agency extracts into their Socrata datasets. Each task reads a staged
Parquet file from the landing bucket and pushes it with the dataset-scoped API key of the
"odp-publisher" service account.

Owner: Office of the State CIO, Data Services (odp-engineering@cio.cascadia.gov)
"""
from __future__ import annotations

import io
import logging
from datetime import datetime, timedelta

import pandas as pd
import requests
from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.amazon.aws.hooks.s3 import S3Hook

log = logging.getLogger(__name__)

SOCRATA_DOMAIN = "data.cascadia.gov"
# app token: only for throttling, not auth (Socrata docs) -- fine to keep here
APP_TOKEN = "⟦b46a_socrata_app_token:dag⟧"

# API key pair of odp-publisher. key id is like a username; the secret is the password.
KEY_ID = Variable.get("socrata_key_id", default_var="⟦b46a_socrata_key_id:dag⟧")
KEY_SECRET = Variable.get("socrata_key_secret", default_var="⟦b46a_socrata_key_secret:dag⟧")

DATASETS = {
    # name                  4x4        landing key                               row id
    "dol_ui_claims_weekly": ("q7xm-3kd9", "dol/ui_claims/weekly/latest.parquet", "week_ending"),
    "dot_road_closures":    ("h2p8-vw4n", "dot/closures/latest.parquet", "closure_id"),
    "doh_restaurant_insp":  ("9a4k-tz6r", "doh/food_inspections/latest.parquet", "inspection_id"),
    "sos_business_filings": ("m5cj-8yqe", "sos/business/new_filings.parquet", "ubi"),
    "ecy_air_quality":      ("x3nf-p0ta", "ecology/aqi/hourly.parquet", "station_hour"),
}

default_args = {
    "owner": "odp-engineering",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "email": ["odp-alerts@cio.cascadia.gov"],
    "email_on_failure": True,
}


def upsert(name: str, fourby: str, key: str, row_id: str, **_):
    s3 = S3Hook(aws_conn_id="odp_landing")
    obj = s3.get_key(key, bucket_name="cascadia-odp-landing")
    df = pd.read_parquet(io.BytesIO(obj.get()["Body"].read()))
    if df.empty:
        log.warning("%s: empty extract, skipping", name)
        return 0
    url = f"https://{SOCRATA_DOMAIN}/resource/{fourby}.json"
    total = 0
    for start in range(0, len(df), 5000):
        chunk = df.iloc[start:start + 5000]
        r = requests.post(
            url,
            data=chunk.to_json(orient="records", date_format="iso"),
            headers={"X-App-Token": APP_TOKEN, "Content-Type": "application/json"},
            auth=(KEY_ID, KEY_SECRET),
            timeout=120,
        )
        r.raise_for_status()
        res = r.json()
        total += res.get("Rows Created", 0) + res.get("Rows Updated", 0)
    log.info("%s (%s): %d rows upserted", name, fourby, total)
    return total


with DAG(
    dag_id="socrata_publish",
    start_date=datetime(2024, 1, 1),
    schedule="30 6 * * *",
    catchup=False,
    default_args=default_args,
    tags=["odp", "socrata"],
) as dag:
    for name, (fourby, key, row_id) in DATASETS.items():
        PythonOperator(
            task_id=f"upsert_{name}",
            python_callable=upsert,
            op_kwargs={"name": name, "fourby": fourby, "key": key, "row_id": row_id},
        )
