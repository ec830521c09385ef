"""
Nightly: pull rental listings through Webshare rotating proxies + Zyte for the JS-heavy
portals, land JSONL in GCS, then load into BigQuery raw_listings.*.
"""
from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta

import requests
from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.google.cloud.transfers.gcs_to_bigquery import GCSToBigQueryOperator
from airflow.providers.google.cloud.hooks.gcs import GCSHook

log = logging.getLogger(__name__)

PORTALS = ["rentola", "immowelt", "idealista", "spareroom"]
GCS_BUCKET = "dh-landing"

# Webshare API key: used to fetch the current proxy list (rotating residential plan).
# Variable is set in prod; the literal is the dev account so `airflow dags test` works locally.
WEBSHARE_API_KEY = Variable.get("webshare_api_key", default_var="⟦b54a_webshare_api_key:dev⟧")
ZYTE_API_KEY = Variable.get("zyte_api_key")


def _proxy_list() -> list[str]:
    r = requests.get(
        "https://proxy.webshare.io/api/v2/proxy/list/?mode=direct&page=1&page_size=100",
        headers={"Authorization": f"Token {WEBSHARE_API_KEY}"},
        timeout=30,
    )
    r.raise_for_status()
    return [
        f"http://{p['username']}:{p['password']}@{p['proxy_address']}:{p['port']}"
        for p in r.json()["results"]
        if p["valid"]
    ]


def crawl_portal(portal: str, ds: str, **_):
    proxies = _proxy_list()
    log.info("crawling %s with %d proxies", portal, len(proxies))
    rows = []
    for page in range(1, 40):
        url = f"https://scrape-targets.dataharvest.io/{portal}?page={page}"
        if portal in ("idealista",):
            resp = requests.post(
                "https://api.zyte.com/v1/extract",
                auth=(ZYTE_API_KEY, ""),
                json={"url": url, "browserHtml": True},
                timeout=120,
            )
            html = resp.json().get("browserHtml", "")
        else:
            proxy = proxies[page % len(proxies)]
            html = requests.get(url, proxies={"http": proxy, "https": proxy}, timeout=45).text
        rows.append({"portal": portal, "page": page, "html_len": len(html), "ds": ds})
    GCSHook().upload(
        bucket_name=GCS_BUCKET,
        object_name=f"listings/{portal}/{ds}.jsonl",
        data="\n".join(json.dumps(r) for r in rows),
    )


with DAG(
    dag_id="crawl_listings_to_bq",
    start_date=datetime(2024, 1, 1),
    schedule="15 1 * * *",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10), "owner": "data-acq"},
    tags=["crawl", "bigquery"],
) as dag:
    for portal in PORTALS:
        crawl = PythonOperator(task_id=f"crawl_{portal}", python_callable=crawl_portal, op_kwargs={"portal": portal})
        load = GCSToBigQueryOperator(
            task_id=f"load_{portal}",
            bucket=GCS_BUCKET,
            source_objects=[f"listings/{portal}/{{{{ ds }}}}.jsonl"],
            destination_project_dataset_table=f"dh-market-data.raw_listings.{portal}",
            source_format="NEWLINE_DELIMITED_JSON",
            write_disposition="WRITE_APPEND",
            autodetect=True,
            gcp_conn_id="google_cloud_bq_writer",
        )
        crawl >> load
