"""
Scope 2 (location- and market-based) emissions for every customer facility.

Pipeline: utility bills (UtilityAPI) -> kWh by meter/month -> Climatiq estimate per grid region ->
Snowflake ANALYTICS.ESG.SCOPE2_MONTHLY. Runs on the 3rd of each month for the previous month.
"""
from __future__ import annotations

import os
from datetime import datetime, timedelta

import pendulum
import requests
from airflow import DAG
from airflow.decorators import task
from airflow.models import Variable
from airflow.providers.snowflake.hooks.snowflake import SnowflakeHook

CLIMATIQ_URL = "https://api.climatiq.io/data/v1/estimate/batch"
# Variable first; the literal is the old "dev" key from before we had Variables on MWAA
CLIMATIQ_KEY = Variable.get("climatiq_api_key", default_var="⟦b50c_climatiq_api_key:dag⟧")
DATA_VERSION = "^21"

default_args = {
    "owner": "esg-data",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "email_on_failure": True,
    "email": ["esg-data@carbonledger.io"],
}

with DAG(
    dag_id="scope2_emissions_monthly",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    schedule="0 6 3 * *",
    catchup=False,
    default_args=default_args,
    tags=["esg", "scope2", "climatiq"],
) as dag:

    @task
    def load_consumption(ds=None) -> list[dict]:
        hook = SnowflakeHook(snowflake_conn_id="snowflake_esg")
        rows = hook.get_records(
            """
            SELECT facility_id, grid_region, SUM(kwh) AS kwh
            FROM RAW.UTILITY.BILL_LINES
            WHERE period_month = DATE_TRUNC('month', DATEADD(month, -1, %(ds)s::date))
            GROUP BY 1, 2
            """,
            parameters={"ds": ds},
        )
        return [{"facility_id": r[0], "region": r[1], "kwh": float(r[2])} for r in rows]

    @task
    def estimate(rows: list[dict]) -> list[dict]:
        out = []
        for chunk in (rows[i : i + 100] for i in range(0, len(rows), 100)):
            body = [
                {
                    "emission_factor": {
                        "activity_id": "electricity-supply_grid-source_supplier_mix",
                        "region": r["region"],
                        "data_version": DATA_VERSION,
                    },
                    "parameters": {"energy": r["kwh"], "energy_unit": "kWh"},
                }
                for r in chunk
            ]
            resp = requests.post(CLIMATIQ_URL, json=body, headers={"Authorization": f"Bearer {CLIMATIQ_KEY}"}, timeout=60)
            resp.raise_for_status()
            for r, est in zip(chunk, resp.json()["results"]):
                out.append({**r, "co2e_kg": est.get("co2e"), "factor_id": est.get("emission_factor", {}).get("id")})
        return out

    @task
    def write(rows: list[dict]) -> None:
        hook = SnowflakeHook(snowflake_conn_id="snowflake_esg")
        hook.insert_rows(
            "ANALYTICS.ESG.SCOPE2_MONTHLY",
            [(r["facility_id"], r["region"], r["kwh"], r["co2e_kg"], r["factor_id"]) for r in rows],
            target_fields=["FACILITY_ID", "GRID_REGION", "KWH", "CO2E_KG", "FACTOR_ID"],
        )

    write(estimate(load_consumption()))
