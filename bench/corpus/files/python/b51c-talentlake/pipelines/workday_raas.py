"""Pull Workday RaaS reports for the US entity (Workday is system of record there).

Reports are owned by ISU_PeopleAnalytics and shared with the "PA Integrations" security group.
We fetch them as CSV and stage to S3; dbt models in models/staging/workday/ pick them up.
"""
import csv
import io
import logging
import os
from datetime import date

import boto3
import requests
from requests.auth import HTTPBasicAuth

log = logging.getLogger(__name__)

TENANT = os.getenv("WD_TENANT", "talentlake_us1")
HOST = os.getenv("WD_HOST", "wd2-impl-services1.workday.com")
ISU_USER = os.getenv("WD_ISU_USER", f"ISU_PeopleAnalytics@{TENANT}")
ISU_PASSWORD = os.getenv("WD_ISU_PASSWORD", "⟦password:wdraas⟧")

REPORTS = {
    "headcount_daily": "PA_Headcount_Daily",
    "job_changes": "PA_Job_Changes",
    "terminations": "PA_Terminations_Voluntary_Involuntary",
    "requisitions": "PA_Open_Requisitions",
    "comp_bands": "PA_Compensation_Grades",
}

S3_BUCKET = os.getenv("PA_RAW_BUCKET", "talentlake-raw")


def report_url(report: str, **prompts) -> str:
    q = "&".join(f"{k}={v}" for k, v in prompts.items())
    base = f"https://{HOST}/ccx/service/customreport2/{TENANT}/ISU_PeopleAnalytics/{report}?format=csv"
    return f"{base}&{q}" if q else base


def fetch(report: str, **prompts) -> list[dict]:
    url = report_url(report, **prompts)
    log.info("GET %s", url)
    r = requests.get(url, auth=HTTPBasicAuth(ISU_USER, ISU_PASSWORD), timeout=300)
    r.raise_for_status()
    return list(csv.DictReader(io.StringIO(r.text)))


def stage(name: str, rows: list[dict], ds: str) -> str:
    if not rows:
        log.warning("%s returned no rows", name)
        return ""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)
    key = f"hris/workday/{ds}/{name}.csv"
    boto3.client("s3").put_object(Bucket=S3_BUCKET, Key=key, Body=buf.getvalue().encode(), ServerSideEncryption="aws:kms")
    return key


def main(ds: str | None = None) -> None:
    ds = ds or date.today().isoformat()
    for name, report in REPORTS.items():
        prompts = {"Effective_as_of_Date": ds} if name in ("headcount_daily", "comp_bands") else {}
        key = stage(name, fetch(report, **prompts), ds)
        log.info("staged %s -> s3://%s/%s", name, S3_BUCKET, key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
