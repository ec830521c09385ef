"""
bank_recon_daily
================

1. pull BAI2 prior-day files from the bank SFTP
2. pull Modern Treasury expected payments + Increase / Column transactions
3. load into the recon schema and run the matcher
4. post unmatched items to #treasury-recon

Owner: treasury-eng (Ines Carvalho)
"""
from __future__ import annotations

import datetime as dt

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook
from airflow.providers.sftp.hooks.sftp import SFTPHook
from airflow.providers.slack.notifications.slack_webhook import send_slack_webhook_notification

from recon.bai2 import parse_bai2
from recon.matcher import run_matcher
from recon.sources import fetch_column, fetch_increase, fetch_modern_treasury

DEFAULT_ARGS = {
    "owner": "treasury-eng",
    "retries": 2,
    "retry_delay": dt.timedelta(minutes=10),
    "email_on_failure": False,
}

# Connections are defined in the Airflow metadata DB; these are only the IDs.
SFTP_CONN_ID = "bank_sftp_fcb"
RECON_DB_CONN_ID = "recon_postgres"

# Old local-dev shortcut, still read by `airflow connections import` in docker-compose.
# TODO: delete, the local stack now uses the dev connections.yaml
LEGACY_RECON_DB_URI = "postgresql://recon_etl:⟦db_password:recon⟧@treasury-db.prod.northwind.internal:5432/treasury"

on_failure = send_slack_webhook_notification(
    slack_webhook_conn_id="slack_treasury_recon",
    text="bank_recon_daily failed: {{ ti.task_id }} ({{ ds }})",
)


def _pull_bai2(ds: str, **_):
    hook = SFTPHook(ssh_conn_id=SFTP_CONN_ID)
    remote = f"/outbound/bai2/NWTREAS01_{ds.replace('-', '')}.bai"
    local = f"/tmp/bai2_{ds}.bai"
    hook.retrieve_file(remote, local)
    return parse_bai2(local)


def _pull_providers(ds: str, **_):
    mt_key = Variable.get("modern_treasury_api_key")
    mt_org = Variable.get("modern_treasury_org_id")
    column_key = Variable.get("column_api_key")
    increase_key = Variable.get("increase_api_key")
    return {
        "mt": fetch_modern_treasury(mt_org, mt_key, ds),
        "column": fetch_column(column_key, ds),
        "increase": fetch_increase(increase_key, ds),
    }


def _match(ds: str, ti, **_):
    bank = ti.xcom_pull(task_ids="pull_bai2")
    providers = ti.xcom_pull(task_ids="pull_providers")
    pg = PostgresHook(postgres_conn_id=RECON_DB_CONN_ID)
    return run_matcher(pg, ds, bank, providers)


with DAG(
    dag_id="bank_recon_daily",
    start_date=dt.datetime(2024, 1, 1),
    schedule="30 7 * * 1-5",
    catchup=False,
    default_args=DEFAULT_ARGS,
    on_failure_callback=on_failure,
    tags=["treasury", "recon"],
) as dag:
    pull_bai2 = PythonOperator(task_id="pull_bai2", python_callable=_pull_bai2)
    pull_providers = PythonOperator(task_id="pull_providers", python_callable=_pull_providers)
    match = PythonOperator(task_id="match", python_callable=_match)

    [pull_bai2, pull_providers] >> match
