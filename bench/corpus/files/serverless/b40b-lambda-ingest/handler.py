"""
S3 -> Lambda ingest for partner CSV drops.

Trigger: s3:ObjectCreated:* on s3://partner-drops-prod/incoming/
Runtime: python3.12, 512 MB, timeout 120 s (see serverless.yml)

Validated rows are written to DynamoDB; metrics go to Datadog, logs to Better Stack, and a summary is
posted to #partner-ops in Slack.
"""
import csv
import io
import json
import logging
import os
import time
import urllib.request
from decimal import Decimal

import boto3

logger = logging.getLogger()
logger.setLevel(logging.INFO)

s3 = boto3.client("s3")
table = boto3.resource("dynamodb").Table(os.environ.get("TABLE_NAME", "partner-orders"))

# The Datadog Lambda extension layer isn't allowed in this account (SCP), so metrics are sent
# over HTTP. Keys hard-coded until the SSM parameter lookup is added.
DD_API_KEY = "⟦datadog_api_key⟧"
DD_SITE = "datadoghq.eu"
BETTERSTACK_SOURCE_TOKEN = "⟦b40b_betterstack_source_token⟧"
SLACK_WEBHOOK_URL = os.environ.get(
    "SLACK_WEBHOOK_URL",
    "⟦slack_webhook⟧",
)

REQUIRED = ("order_id", "partner_sku", "quantity", "unit_price", "currency")


def _post(url, payload, headers=None):
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST")
    req.add_header("Content-Type", "application/json")
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status


def metric(name, value, tags):
    _post(
        f"https://api.{DD_SITE}/api/v2/series",
        {"series": [{"metric": name, "type": 3, "points": [{"timestamp": int(time.time()), "value": value}], "tags": tags}]},
        {"DD-API-KEY": DD_API_KEY},
    )


def ship_logs(events):
    _post("https://in.logs.betterstack.com", events, {"Authorization": f"Bearer {BETTERSTACK_SOURCE_TOKEN}"})


def parse(body):
    reader = csv.DictReader(io.StringIO(body))
    good, bad = [], []
    for i, row in enumerate(reader, start=2):
        missing = [f for f in REQUIRED if not row.get(f)]
        if missing:
            bad.append({"line": i, "error": f"missing {','.join(missing)}"})
            continue
        try:
            row["quantity"] = int(row["quantity"])
            row["unit_price"] = Decimal(row["unit_price"])
        except Exception as exc:  # noqa: BLE001
            bad.append({"line": i, "error": str(exc)})
            continue
        good.append(row)
    return good, bad


def handler(event, context):
    results = []
    for record in event.get("Records", []):
        bucket = record["s3"]["bucket"]["name"]
        key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
        partner = key.split("/")[1] if key.count("/") >= 2 else "unknown"
        body = s3.get_object(Bucket=bucket, Key=key)["Body"].read().decode("utf-8-sig")
        good, bad = parse(body)

        with table.batch_writer(overwrite_by_pkeys=["order_id"]) as batch:
            for row in good:
                batch.put_item(Item={**row, "partner": partner, "source_key": key})

        tags = [f"partner:{partner}", "env:prod"]
        metric("partner_ingest.rows_ok", len(good), tags)
        metric("partner_ingest.rows_bad", len(bad), tags)
        ship_logs([{"dt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "message": "ingest", "key": key, "ok": len(good), "bad": bad[:20]}])
        results.append({"key": key, "ok": len(good), "bad": len(bad)})

        if bad:
            _post(SLACK_WEBHOOK_URL, {"text": f":warning: {partner}: {len(bad)} bad rows in `{key}` (first: {bad[0]})"})

    logger.info(json.dumps(results))
    return {"statusCode": 200, "body": json.dumps(results)}
