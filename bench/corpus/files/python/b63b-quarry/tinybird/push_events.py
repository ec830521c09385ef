"""Push storefront events to Tinybird's Events API.

Used by the checkout service's outbox relay; also runnable by hand to replay an outbox file:

    python push_events.py --file outbox-2026-01-04.ndjson --datasource checkout_events
"""
import argparse
import gzip
import json
import os
import sys
import time

import requests

TB_HOST = os.getenv("TB_HOST", "https://api.europe-west2.gcp.tinybird.co")
# append-only token scoped to checkout_events + page_views ("relay append" in the UI)
TB_APPEND_TOKEN = os.getenv("TB_APPEND_TOKEN", "⟦b63b_tinybird_token:append⟧")

CHUNK = 500


def send(datasource: str, rows: list[dict]) -> None:
    body = gzip.compress("\n".join(json.dumps(r, separators=(",", ":")) for r in rows).encode())
    for attempt in range(5):
        r = requests.post(
            f"{TB_HOST}/v0/events",
            params={"name": datasource, "wait": "true"},
            headers={
                "Authorization": f"Bearer {TB_APPEND_TOKEN}",
                "Content-Encoding": "gzip",
            },
            data=body,
            timeout=30,
        )
        if r.status_code == 429:
            time.sleep(float(r.headers.get("Retry-After", 1)))
            continue
        r.raise_for_status()
        return
    raise RuntimeError("tinybird kept rate limiting us")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", required=True)
    ap.add_argument("--datasource", default="checkout_events")
    args = ap.parse_args()

    batch: list[dict] = []
    sent = 0
    with open(args.file) as fh:
        for line in fh:
            if not line.strip():
                continue
            batch.append(json.loads(line))
            if len(batch) >= CHUNK:
                send(args.datasource, batch)
                sent += len(batch)
                batch.clear()
    if batch:
        send(args.datasource, batch)
        sent += len(batch)
    print(f"sent {sent} rows to {args.datasource}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
