"""One-off: backfill Amplitude with 2024 events exported from PostHog.

Acme Retail moved from PostHog to Amplitude in January; they want a year of
history in Amplitude for cohort comparisons. Runs on the batch box:

    python -m jobs.backfill_amplitude_from_posthog --from 2024-01-01 --to 2024-12-31
"""
from __future__ import annotations

import argparse
import gzip
import json
import logging
import time
from datetime import date, timedelta

import requests

log = logging.getLogger(__name__)

POSTHOG_HOST = "https://us.posthog.com"
POSTHOG_PROJECT_ID = 48211
# personal API key of mlee@signalhub.io with query:read on the Acme project
POSTHOG_PERSONAL_API_KEY = "⟦posthog_personal_api_key:backfill⟧"

AMPLITUDE_BATCH_URL = "https://api2.amplitude.com/batch"
AMPLITUDE_API_KEY = "⟦b46b_amplitude_api_key:acme⟧"
# only needed for the export sanity check at the end
AMPLITUDE_SECRET_KEY = "⟦amplitude_secret:acme⟧"


def posthog_events(day: date):
    q = {
        "query": {
            "kind": "HogQLQuery",
            "query": (
                "select uuid, event, distinct_id, timestamp, properties "
                f"from events where toDate(timestamp) = '{day.isoformat()}' "
                "order by timestamp limit 100000"
            ),
        }
    }
    r = requests.post(
        f"{POSTHOG_HOST}/api/projects/{POSTHOG_PROJECT_ID}/query/",
        headers={"Authorization": f"Bearer {POSTHOG_PERSONAL_API_KEY}"},
        json=q,
        timeout=300,
    )
    r.raise_for_status()
    for uuid, event, distinct_id, ts, props in r.json()["results"]:
        yield {
            "insert_id": uuid,
            "event_type": event,
            "user_id": distinct_id if not distinct_id.startswith("ph_") else None,
            "device_id": distinct_id,
            "time": int(time.mktime(time.strptime(ts[:19], "%Y-%m-%dT%H:%M:%S")) * 1000),
            "event_properties": json.loads(props) if isinstance(props, str) else props,
        }


def send(events: list[dict]) -> None:
    body = gzip.compress(json.dumps({"api_key": AMPLITUDE_API_KEY, "events": events}).encode())
    for attempt in range(5):
        r = requests.post(AMPLITUDE_BATCH_URL, data=body,
                          headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}, timeout=60)
        if r.status_code == 200:
            return
        if r.status_code in (429, 502, 503):
            time.sleep(2 ** attempt * 5)
            continue
        raise RuntimeError(f"amplitude batch failed: {r.status_code} {r.text[:300]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="start", type=date.fromisoformat, required=True)
    ap.add_argument("--to", dest="end", type=date.fromisoformat, required=True)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    day = args.start
    while day <= args.end:
        buf: list[dict] = []
        for e in posthog_events(day):
            buf.append(e)
            if len(buf) == 1000:
                send(buf)
                buf.clear()
        if buf:
            send(buf)
        log.info("backfilled %s", day)
        day += timedelta(days=1)

    # sanity check via the Dashboard REST API (needs the secret key)
    r = requests.get("https://amplitude.com/api/2/events/list",
                     auth=(AMPLITUDE_API_KEY, AMPLITUDE_SECRET_KEY), timeout=60)
    log.info("event types in project: %d", len(r.json().get("data", [])))


if __name__ == "__main__":
    main()
