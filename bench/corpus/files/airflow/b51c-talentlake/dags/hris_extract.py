"""
hris_extract — daily raw extracts from HiBob and Personio into Snowflake RAW_HR.

Both HRIS run side by side until the DACH entities finish migrating from Personio to HiBob
(target: Q4). Extracts land as JSON in S3 (s3://talentlake-raw/hris/<source>/<ds>/) and are
COPYed into RAW_HR.<SOURCE>_<ENTITY> by the snowflake_load task group.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pendulum
import requests
from airflow.decorators import dag, task
from airflow.models import Variable
from airflow.providers.amazon.aws.hooks.s3 import S3Hook

HIBOB_BASE = "https://api.hibob.com/v1"
PERSONIO_BASE = "https://api.personio.de/v1"

# HiBob service user "talentlake-extract" (People Analytics permission group, read-only).
HIBOB_SERVICE_USER_ID = "⟦b51c_hibob_service_user_id:extract⟧"
HIBOB_SERVICE_TOKEN = Variable.get("hibob_service_token", default_var="⟦b51c_hibob_service_token:extract⟧")

# Personio API credentials (DACH entity). client_id is not secret, the secret is.
PERSONIO_CLIENT_ID = "⟦b51c_personio_client_id:dach⟧"
PERSONIO_CLIENT_SECRET = Variable.get("personio_client_secret", default_var=None)

BUCKET = "talentlake-raw"

default_args = {
    "owner": "people-analytics",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "email": ["pa-alerts@talentlake.example"],
    "email_on_failure": True,
}


def _put_json(key: str, payload) -> None:
    S3Hook(aws_conn_id="aws_talentlake").load_string(json.dumps(payload), key=key, bucket_name=BUCKET, replace=True)


@dag(
    dag_id="hris_extract",
    schedule="30 2 * * *",
    start_date=pendulum.datetime(2024, 1, 1, tz="Europe/Berlin"),
    catchup=False,
    default_args=default_args,
    tags=["hris", "raw", "pii"],
    max_active_runs=1,
)
def hris_extract():
    @task
    def hibob_people(ds=None):
        r = requests.post(
            f"{HIBOB_BASE}/people/search",
            auth=(HIBOB_SERVICE_USER_ID, HIBOB_SERVICE_TOKEN),
            json={"showInactive": True, "fields": ["root.id", "root.email", "work.department", "work.title",
                                                     "work.startDate", "work.reportsTo", "internal.terminationDate",
                                                     "work.site", "payroll.employment.type"]},
            timeout=120,
        )
        r.raise_for_status()
        people = r.json()["employees"]
        _put_json(f"hris/hibob/{ds}/people.json", people)
        return len(people)

    @task
    def hibob_timeoff(ds=None):
        since = (datetime.fromisoformat(ds) - timedelta(days=3)).isoformat() + "Z"
        r = requests.get(f"{HIBOB_BASE}/timeoff/requests/changes", params={"since": since},
                         auth=(HIBOB_SERVICE_USER_ID, HIBOB_SERVICE_TOKEN), timeout=60)
        r.raise_for_status()
        _put_json(f"hris/hibob/{ds}/timeoff_changes.json", r.json())

    @task
    def personio_employees(ds=None):
        tok = requests.post(f"{PERSONIO_BASE}/auth", json={
            "client_id": PERSONIO_CLIENT_ID,
            "client_secret": PERSONIO_CLIENT_SECRET,
        }, timeout=30).json()["data"]["token"]
        out, offset = [], 0
        while True:
            r = requests.get(f"{PERSONIO_BASE}/company/employees", params={"limit": 200, "offset": offset},
                             headers={"Authorization": f"Bearer {tok}", "X-Personio-App-ID": "TALENTLAKE_EXTRACT"},
                             timeout=60)
            r.raise_for_status()
            page = r.json()
            out.extend(page["data"])
            if offset + 200 >= page["metadata"]["total_elements"]:
                break
            offset += 200
        _put_json(f"hris/personio/{ds}/employees.json", out)
        return len(out)

    hibob_people() >> hibob_timeoff()
    personio_employees()


hris_extract()
