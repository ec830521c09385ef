#!/usr/bin/env python3
"""Re-run the upscaler over every album cover uploaded before the Real-ESRGAN switch.

    python scripts/replicate_batch.py --since 2025-10-01 --limit 500 --dry-run

Reads covers from R2 via presigned URLs the API hands out, submits predictions with a webhook so
the API stores results, and throttles to stay under Replicate's 600 predictions/min.
"""
import argparse
import os
import sys
import time

import httpx
import replicate

API = os.environ.get("DRIFTLANE_API", "https://api.driftlane.com")
ADMIN_TOKEN = os.environ.get("DRIFTLANE_ADMIN_TOKEN")  # issued by /admin/tokens, 24h
client = replicate.Client(api_token=os.environ.get("REPLICATE_API_TOKEN", "⟦replicate_token:batch⟧"))

MODEL = "nightmareai/real-esrgan"
VERSION = "f121d640bd286e1fdc67f9799164c1d5be36ff74576ee11c803ae5b665dd46aa"


def covers(since: str, limit: int):
    r = httpx.get(f"{API}/admin/covers", params={"since": since, "limit": limit},
                  headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}, timeout=30)
    r.raise_for_status()
    yield from r.json()["items"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", required=True)
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    if not ADMIN_TOKEN:
        print("DRIFTLANE_ADMIN_TOKEN not set", file=sys.stderr)
        return 2

    n = 0
    for item in covers(args.since, args.limit):
        if args.dry_run:
            print("would upscale", item["id"], item["url"][:60])
            continue
        client.predictions.create(
            version=VERSION,
            input={"image": item["url"], "scale": 2, "face_enhance": False},
            webhook=f"{API}/webhooks/replicate?cover={item['id']}",
            webhook_events_filter=["completed"],
        )
        n += 1
        if n % 50 == 0:
            print(f"submitted {n}")
            time.sleep(6)
    print(f"done: {n} predictions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
