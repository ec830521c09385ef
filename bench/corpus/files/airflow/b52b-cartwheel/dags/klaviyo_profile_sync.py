"""
Nightly sync of Klaviyo profiles + suppression list into the growth warehouse,
and push of computed RFM segments back to Klaviyo as profile properties.

Owner: growth-data (#growth-data-alerts)
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pendulum
import requests
from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook

KLAVIYO_BASE = "https://a.klaviyo.com/api"
KLAVIYO_REVISION = "2024-10-15"

# Variable is set in the prod Airflow UI. Default kept so the DAG parses
# in the local docker-compose stack (and works there against the real account).
KLAVIYO_KEY = Variable.get("klaviyo_private_key", default_var="⟦b39a_klaviyo_private_key:airflow⟧")

# Used only by the local stack; prod uses the `growth_dw` Airflow connection.
LOCAL_DW_URI = "postgresql://airflow_etl:⟦db_password:airflow⟧@localhost:5433/growth_dw"

ALERT_WEBHOOK = "⟦slack_webhook:airflow⟧"  # #growth-data-alerts


def _alert(context):
    requests.post(ALERT_WEBHOOK, json={"text": f"klaviyo_profile_sync failed: {context['task_instance'].task_id}"}, timeout=10)


default_args = {
    "owner": "growth-data",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "email_on_failure": False,
    "on_failure_callback": _alert,
}


def _headers() -> dict:
    return {
        "Authorization": f"Klaviyo-API-Key {KLAVIYO_KEY}",
        "revision": KLAVIYO_REVISION,
        "accept": "application/vnd.api+json",
        "content-type": "application/vnd.api+json",
    }


def extract_profiles(**ctx):
    url = f"{KLAVIYO_BASE}/profiles/?page[size]=100&additional-fields[profile]=subscriptions"
    hook = PostgresHook(postgres_conn_id="growth_dw")
    rows = 0
    while url:
        r = requests.get(url, headers=_headers(), timeout=30)
        r.raise_for_status()
        body = r.json()
        hook.insert_rows(
            "raw_klaviyo.profiles",
            [(p["id"], json.dumps(p), ctx["ds"]) for p in body["data"]],
            target_fields=["profile_id", "payload", "ds"],
            replace=True,
            replace_index="profile_id",
        )
        rows += len(body["data"])
        url = body.get("links", {}).get("next")
    return rows


def push_rfm_segments(**ctx):
    hook = PostgresHook(postgres_conn_id="growth_dw")
    recs = hook.get_records(
        "select klaviyo_profile_id, rfm_segment from marts.customer_rfm where ds = %s",
        parameters=(ctx["ds"],),
    )
    for pid, seg in recs:
        body = {"data": {"type": "profile", "id": pid, "attributes": {"properties": {"rfm_segment": seg}}}}
        r = requests.patch(f"{KLAVIYO_BASE}/profiles/{pid}/", headers=_headers(), json=body, timeout=30)
        if r.status_code == 429:
            raise RuntimeError("rate limited; let Airflow retry")
        r.raise_for_status()


with DAG(
    dag_id="klaviyo_profile_sync",
    start_date=pendulum.datetime(2024, 6, 1, tz="America/Los_Angeles"),
    schedule="15 2 * * *",
    catchup=False,
    default_args=default_args,
    tags=["growth", "klaviyo"],
) as dag:
    extract = PythonOperator(task_id="extract_profiles", python_callable=extract_profiles)
    push = PythonOperator(task_id="push_rfm_segments", python_callable=push_rfm_segments)
    extract >> push
