"""Nightly Clarity -> S3 (parquet) -> Snowflake EDW extract for the de-identified research mart."""
from __future__ import annotations

import io
from datetime import datetime, timedelta

import boto3
import pandas as pd
import pyodbc
from airflow import DAG
from airflow.operators.python import PythonOperator

CLARITY_CONN = (
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=nf-clarity-rpt.northfield.local,1433;"
    "DATABASE=Clarity;UID=svc_airflow_clarity;PWD=⟦db_password:clarity⟧;Encrypt=yes;TrustServerCertificate=yes"
)

# research landing bucket; this IAM user only has PutObject on s3://nf-research-landing/clarity/*
S3 = boto3.client(
    "s3",
    region_name="us-east-1",
    aws_access_key_id="⟦aws_access_key_id:landing⟧",
    aws_secret_access_key="⟦aws_secret_access_key:landing⟧",
)

SLACK_WEBHOOK = "⟦slack_webhook:dag⟧"  # #research-data-alerts


def notify_failure(context):
    import requests
    requests.post(SLACK_WEBHOOK, json={"text": f"clarity_extract failed: {context['task_instance'].task_id} {context['ds']}"}, timeout=10)


TABLES = {
    "PAT_ENC": "SELECT PAT_ENC_CSN_ID, PAT_ID, CONTACT_DATE, DEPARTMENT_ID, ENC_TYPE_C FROM PAT_ENC WHERE CONTACT_DATE >= ?",
    "ORDER_RESULTS": "SELECT ORDER_PROC_ID, COMPONENT_ID, ORD_VALUE, RESULT_DATE FROM ORDER_RESULTS WHERE RESULT_DATE >= ?",
    "HSP_ACCOUNT": "SELECT HSP_ACCOUNT_ID, PRIM_ENC_CSN_ID, ADM_DATE_TIME, DISCH_DATE_TIME FROM HSP_ACCOUNT WHERE ADM_DATE_TIME >= ?",
}


def extract(table: str, sql: str, ds: str, **_):
    since = (datetime.fromisoformat(ds) - timedelta(days=3)).date()
    with pyodbc.connect(CLARITY_CONN, timeout=60) as cn:
        df = pd.read_sql(sql, cn, params=[since])
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    S3.put_object(Bucket="nf-research-landing", Key=f"clarity/{table}/ds={ds}/part-0.parquet", Body=buf.getvalue(),
                  ServerSideEncryption="aws:kms", SSEKMSKeyId="alias/nf-research-landing")


with DAG(
    dag_id="clarity_extract_research",
    start_date=datetime(2024, 1, 1),
    schedule="30 2 * * *",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10), "owner": "research-it", "on_failure_callback": notify_failure},
    tags=["clarity", "research", "phi"],
) as dag:
    for t, q in TABLES.items():
        PythonOperator(task_id=f"extract_{t.lower()}", python_callable=extract, op_kwargs={"table": t, "sql": q})
