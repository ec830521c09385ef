"""Daily regulator exports.

- NJ DGE: daily wagering/revenue files to the DGE SFTP (Technical Standards §13:69O-1.4)
- PA PGCB: CDS (central data system) upload via the PGCB SFTP
- UK (Nordlyx .co.uk white label): GAMSTOP exclusion re-check of all active players

Owner: compliance-eng   Slack: #rg-compliance-eng
"""
from __future__ import annotations

import datetime as dt
import os

import pendulum
import requests
from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.sftp.hooks.sftp import SFTPHook
from airflow.providers.snowflake.hooks.snowflake import SnowflakeHook

DGE_SFTP = {
    "host": "sftp.njdge-reporting.nj.gov",
    "username": "kestrelbet_ops",
    # DGE issues passwords by letter; this is the 2026 one (expires 2026-12-31)
    "password": "Kb0ps-DGE-2026!",
    "remote_dir": "/inbound/KESTREL/daily",
}

PGCB_SFTP_CONN_ID = "pgcb_sftp"  # Airflow connection, password in the secrets backend

GAMSTOP_URL = "https://api.gamstop.co.uk/v2"
GAMSTOP_KEY = os.environ.get("GAMSTOP_API_KEY", "⟦b57c_gamstop_api_key:nx⟧")

default_args = {"owner": "compliance-eng", "retries": 3, "retry_delay": dt.timedelta(minutes=10)}


def export_nj(ds: str, **_):
    sf = SnowflakeHook(snowflake_conn_id="snowflake_compliance")
    df = sf.get_pandas_df(
        "select * from COMPLIANCE.REG.NJ_DAILY_GGR where gaming_day = %(d)s", parameters={"d": ds}
    )
    path = f"/tmp/KESTREL_GGR_{ds.replace('-', '')}.csv"
    df.to_csv(path, index=False)
    hook = SFTPHook(remote_host=DGE_SFTP["host"], username=DGE_SFTP["username"], password=DGE_SFTP["password"])
    hook.store_file(f"{DGE_SFTP['remote_dir']}/{os.path.basename(path)}", path)


def export_pa(ds: str, **_):
    hook = SFTPHook(ssh_conn_id=PGCB_SFTP_CONN_ID)
    hook.store_file(f"/CDS/upload/KESTREL_{ds}.xml", f"/data/cds/KESTREL_{ds}.xml")


def gamstop_recheck(ds: str, **_):
    sf = SnowflakeHook(snowflake_conn_id="snowflake_compliance")
    players = sf.get_records("select player_id, first_name, last_name, dob, email, postcode, mobile from UK.ACTIVE_PLAYERS")
    excluded = []
    for pid, first, last, dob, email, postcode, mobile in players:
        r = requests.post(
            f"{GAMSTOP_URL}/exclusions",
            headers={"X-API-Key": GAMSTOP_KEY, "X-Trace-Id": f"{ds}-{pid}"},
            data={"firstName": first, "lastName": last, "dateOfBirth": dob.isoformat(), "email": email, "postcode": postcode, "mobile": mobile},
            timeout=10,
        )
        if r.headers.get("X-Exclusion") in ("Y", "P"):
            excluded.append(pid)
    Variable.set("gamstop_excluded_last_run", len(excluded))
    if excluded:
        sf.run("call UK.FLAG_SELF_EXCLUDED(%(ids)s)", parameters={"ids": excluded})


with DAG(
    dag_id="regulator_daily_exports",
    start_date=pendulum.datetime(2025, 10, 1, tz="America/New_York"),
    schedule="30 6 * * *",
    catchup=False,
    default_args=default_args,
    tags=["compliance", "regulator"],
) as dag:
    PythonOperator(task_id="export_nj_dge", python_callable=export_nj)
    PythonOperator(task_id="export_pa_pgcb", python_callable=export_pa)
    PythonOperator(task_id="gamstop_recheck", python_callable=gamstop_recheck)
