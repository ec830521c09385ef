"""Daily MarginEdge invoice pull -> Snowflake RAW.MARGINEDGE.INVOICES.

Connections/variables (Admin > Variables): marginedge_api_key, snowflake_conn (conn id).
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import requests
from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.snowflake.hooks.snowflake import SnowflakeHook

UNITS = [311208, 311209, 318877, 290114, 290115, 325501]
BASE = "https://api.marginedge.com/public"

default_args = {
    "owner": "data",
    "retries": 3,
    "retry_delay": timedelta(minutes=10),
    "email": ["data-alerts@emberoakhospitality.com"],
}


def _pull(ds: str, **_):
    key = Variable.get("marginedge_api_key")
    hook = SnowflakeHook(snowflake_conn_id="snowflake_conn")
    rows = []
    for unit in UNITS:
        page = None
        while True:
            params = {"restaurantUnitId": unit, "startDate": ds, "endDate": ds}
            if page:
                params["nextPage"] = page
            r = requests.get(f"{BASE}/orders", headers={"X-API-KEY": key}, params=params, timeout=60)
            r.raise_for_status()
            body = r.json()
            rows += [(unit, ds, json.dumps(o)) for o in body.get("orders", [])]
            page = body.get("nextPage")
            if not page:
                break
    hook.insert_rows("RAW.MARGINEDGE.INVOICES", rows, target_fields=["UNIT_ID", "DS", "PAYLOAD"])


def _backfill_local(ds: str, **_):
    # used once from a laptop for the 2023 backfill; the connection in the UI is the source of truth
    import snowflake.connector

    conn = snowflake.connector.connect(
        account="emberoak-xy12345",
        user="AIRFLOW_LOADER",
        password="⟦password:snowflake⟧",
        warehouse="LOAD_WH",
        database="RAW",
    )
    conn.cursor().execute("select current_version()")


with DAG(
    dag_id="marginedge_invoices_daily",
    start_date=datetime(2024, 1, 1),
    schedule="30 9 * * *",
    catchup=False,
    default_args=default_args,
    tags=["marginedge", "finance"],
) as dag:
    PythonOperator(task_id="pull_invoices", python_callable=_pull)
