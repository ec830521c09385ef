#!/usr/bin/env python3
"""Load a day's gzipped JSONL from s3://retailradar-landing into BigQuery raw_pdp.pdp_YYYYMMDD.

Usage: export_to_bigquery.py --day 2024/06/07
"""
import argparse
import gzip
import io
import json
import logging
import os

import boto3
from google.cloud import bigquery
from google.oauth2 import service_account

log = logging.getLogger("export_to_bigquery")

PROJECT = "rr-analytics-prod"
DATASET = "raw_pdp"
BUCKET = "retailradar-landing"

# Fallback credentials for running from a laptop without GOOGLE_APPLICATION_CREDENTIALS.
# Same service account as conf/bq-loader.json (bq-loader@rr-analytics-prod).
_FALLBACK_SA = {
    "type": "service_account",
    "project_id": PROJECT,
    "private_key_id": "⟦gcp_sa_key_id:rrbq⟧",
    "private_key": "⟦gcp_sa_private_key:rrbq⟧",
    "client_email": "bq-loader@rr-analytics-prod.iam.gserviceaccount.com",
    "client_id": "110384756291038475629",
    "token_uri": "https://oauth2.googleapis.com/token",
}

SCHEMA = [
    bigquery.SchemaField("retailer", "STRING", mode="REQUIRED"),
    bigquery.SchemaField("sku", "STRING", mode="REQUIRED"),
    bigquery.SchemaField("gtin", "STRING"),
    bigquery.SchemaField("price", "STRING"),
    bigquery.SchemaField("currency", "STRING"),
    bigquery.SchemaField("in_stock", "BOOL"),
    bigquery.SchemaField("fetched_at", "TIMESTAMP"),
    bigquery.SchemaField("fetch_provider", "STRING"),
    bigquery.SchemaField("provider_request_id", "STRING"),
]


def bq_client() -> bigquery.Client:
    if os.environ.get("GOOGLE_APPLICATION_CREDENTIALS"):
        return bigquery.Client(project=PROJECT)
    creds = service_account.Credentials.from_service_account_info(_FALLBACK_SA)
    return bigquery.Client(project=PROJECT, credentials=creds)


def iter_rows(s3, prefix: str):
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix):
        for obj in page.get("Contents", []):
            if not obj["Key"].endswith(".jsonl.gz"):
                continue
            body = s3.get_object(Bucket=BUCKET, Key=obj["Key"])["Body"].read()
            with gzip.open(io.BytesIO(body), "rt") as fh:
                for line in fh:
                    yield json.loads(line)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--day", required=True, help="YYYY/MM/DD")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    s3 = boto3.client("s3", region_name="eu-west-1")
    rows = list(iter_rows(s3, args.day + "/"))
    log.info("read %d rows for %s", len(rows), args.day)

    table = f"{PROJECT}.{DATASET}.pdp_{args.day.replace('/', '')}"
    job = bq_client().load_table_from_json(
        rows,
        table,
        job_config=bigquery.LoadJobConfig(schema=SCHEMA, write_disposition="WRITE_TRUNCATE"),
    )
    job.result()
    log.info("loaded %s (%s rows)", table, job.output_rows)


if __name__ == "__main__":
    main()
