"""
ads_spend_daily -- pulls yesterday's spend from every paid channel into BigQuery
(gullwing-marketing.raw_ads.*) and kicks the dbt `marts.paid_media` build.

Owner: marketing-data@gullwing.io
"""
from __future__ import annotations

import pendulum
from airflow import DAG
from airflow.hooks.base import BaseHook
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.google.ads.operators.ads import GoogleAdsToGcsOperator
from airflow.providers.google.cloud.transfers.gcs_to_bigquery import GCSToBigQueryOperator
from airflow.providers.dbt.cloud.operators.dbt import DbtCloudRunJobOperator

from gullwing.channels import meta, tiktok

DEFAULT_ARGS = {"owner": "marketing-data", "retries": 2, "retry_delay": pendulum.duration(minutes=10)}
CLIENT_IDS = ["6412230981", "9931844205", "1187730264"]


def pull_meta(ds, **_):
    token = Variable.get("meta_system_user_token", default_var="⟦facebook_access_token:airflow⟧")
    meta.pull_insights(token=token, day=ds, dataset="raw_ads", table="meta_insights")


def pull_tiktok(ds, access_token, **_):
    tiktok.pull_report(access_token=access_token, day=ds, dataset="raw_ads", table="tiktok_daily")


with DAG(
    dag_id="ads_spend_daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    schedule="15 7 * * *",
    catchup=False,
    default_args=DEFAULT_ARGS,
    tags=["marketing", "paid-media"],
) as dag:
    gads = GoogleAdsToGcsOperator(
        task_id="google_ads_to_gcs",
        google_ads_conn_id="google_ads_default",       # developer token etc. live in the connection
        gcp_conn_id="bigquery_default",
        client_ids=CLIENT_IDS,
        query="SELECT segments.date, customer.id, campaign.id, metrics.cost_micros, metrics.clicks FROM campaign WHERE segments.date = '{{ ds }}'",
        attributes=["segments.date", "customer.id", "campaign.id", "metrics.cost_micros", "metrics.clicks"],
        bucket="gullwing-ads-landing",
        obj="google_ads/{{ ds }}.csv",
    )

    gads_load = GCSToBigQueryOperator(
        task_id="google_ads_to_bq",
        bucket="gullwing-ads-landing",
        source_objects=["google_ads/{{ ds }}.csv"],
        destination_project_dataset_table="gullwing-marketing.raw_ads.google_ads_daily${{ ds_nodash }}",
        write_disposition="WRITE_TRUNCATE",
        gcp_conn_id="bigquery_default",
    )

    meta_pull = PythonOperator(task_id="meta_insights", python_callable=pull_meta)

    tiktok_pull = PythonOperator(
        task_id="tiktok_report",
        python_callable=pull_tiktok,
        op_kwargs={"access_token": "⟦b46b_tiktok_ads_access_token:airflow⟧"},
    )

    dbt_build = DbtCloudRunJobOperator(
        task_id="dbt_paid_media",
        dbt_cloud_conn_id="dbt_cloud_default",
        job_id=418220,
        check_interval=30,
        timeout=1800,
    )

    gads >> gads_load >> dbt_build
    [meta_pull, tiktok_pull] >> dbt_build
