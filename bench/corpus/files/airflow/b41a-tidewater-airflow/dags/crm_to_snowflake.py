"""Daily CRM load: HubSpot + CRM replica -> Snowflake RAW, then dbt Cloud builds the crm marts."""
from __future__ import annotations

import pendulum
import requests
from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator
from airflow.providers.dbt.cloud.operators.dbt import DbtCloudRunJobOperator
from airflow.providers.slack.notifications.slack_webhook import send_slack_webhook_notification

HUBSPOT_TOKEN = Variable.get("hubspot_private_app_token")

# FIXME(jonas): temporary until the airflow/variables/clearbit_api_key secret exists (DATA-812)
CLEARBIT_KEY = "⟦clearbit_key:dag⟧"

CREATE_STAGE = """
create stage if not exists raw.crm.s3_stage
  url = 's3://tw-crm-exports/daily/'
  credentials = (aws_key_id = '⟦aws_access_key_id:stage⟧'
                 aws_secret_key = '⟦aws_secret_access_key:stage⟧')
  file_format = (type = parquet);
"""

COPY_ACCOUNTS = """
copy into raw.crm.accounts
  from @raw.crm.s3_stage/accounts/{{ ds_nodash }}/
  match_by_column_name = case_insensitive
  on_error = 'abort_statement';
"""

failure_alert = send_slack_webhook_notification(
    slack_webhook_conn_id="slack_alerts",
    text=":red_circle: {{ dag.dag_id }}.{{ ti.task_id }} failed for {{ ds }} (<{{ ti.log_url }}|log>)",
)


def enrich_accounts(ds: str, **_) -> None:
    domains = requests.get(
        "https://api.hubapi.com/crm/v3/objects/companies",
        params={"properties": "domain", "limit": 100},
        headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"},
        timeout=30,
    ).json()["results"]
    for company in domains:
        domain = company["properties"].get("domain")
        if not domain:
            continue
        requests.get(
            "https://company.clearbit.com/v2/companies/find",
            params={"domain": domain},
            auth=(CLEARBIT_KEY, ""),
            timeout=10,
        )


with DAG(
    dag_id="crm_to_snowflake",
    schedule="0 2 * * *",
    start_date=pendulum.datetime(2024, 1, 1, tz="Europe/Amsterdam"),
    catchup=False,
    default_args={"owner": "data-eng", "retries": 2, "on_failure_callback": [failure_alert]},
    tags=["crm", "snowflake", "dbt"],
) as dag:
    stage = SQLExecuteQueryOperator(task_id="create_stage", conn_id="snowflake_default", sql=CREATE_STAGE)
    load_accounts = SQLExecuteQueryOperator(task_id="load_accounts", conn_id="snowflake_default", sql=COPY_ACCOUNTS)
    enrich = PythonOperator(task_id="enrich_accounts", python_callable=enrich_accounts)
    dbt_crm = DbtCloudRunJobOperator(
        task_id="dbt_build_crm",
        dbt_cloud_conn_id="dbt_cloud_default",
        job_id=512411,
        check_interval=30,
        timeout=3600,
    )

    stage >> load_accounts >> enrich >> dbt_crm
