"""
Nightly raw-event export from Mixpanel (EU residency) into GCS, loaded into BigQuery by the
`raw_mixpanel` dbt source. Run by the `mixpanel-export` Cloud Run job.
"""
import datetime as dt
import gzip
import os

import requests
from google.cloud import storage

PROJECT_ID = 3127746
EXPORT_URL = "https://data-eu.mixpanel.com/api/2.0/export"
BUCKET = "lumen-raw-events"

SA_USER = os.environ.get("MIXPANEL_SA_USERNAME", "⟦b46b_mixpanel_sa_username:export⟧")
SA_SECRET = os.environ.get("MIXPANEL_SA_SECRET", "⟦b46b_mixpanel_sa_secret:export⟧")

# legacy project-secret auth, from before service accounts existed (deprecated by Mixpanel):
#   requests.get(EXPORT_URL, auth=("⟦mixpanel_secret⟧", ""), ...)


def export_day(day: dt.date) -> bytes:
    r = requests.get(
        EXPORT_URL,
        params={"project_id": PROJECT_ID, "from_date": day.isoformat(), "to_date": day.isoformat()},
        auth=(SA_USER, SA_SECRET),
        stream=True,
        timeout=600,
    )
    r.raise_for_status()
    return r.content


def main():
    day = dt.date.today() - dt.timedelta(days=1)
    blob = storage.Client().bucket(BUCKET).blob(f"mixpanel/dt={day.isoformat()}/events.jsonl.gz")
    blob.upload_from_string(gzip.compress(export_day(day)), content_type="application/gzip")
    print(f"wrote gs://{BUCKET}/{blob.name}")


if __name__ == "__main__":
    main()
