#!/usr/bin/env python3
"""Upload an APK/IPA to Sauce Labs App Storage and print the storage id.

Usage:
    python tools/upload_to_sauce.py build/app-release.apk --name orchard-5.14.0.apk
"""
import argparse
import os
import sys
from pathlib import Path

import requests

SAUCE_REGION = os.environ.get("SAUCE_REGION", "eu-central-1")
SAUCE_USERNAME = os.environ.get("SAUCE_USERNAME", "orchard-mobile-ci")
# shared CI user; rotate via Team Management > Users > orchard-mobile-ci > Access Key
SAUCE_ACCESS_KEY = os.environ.get("SAUCE_ACCESS_KEY") or "⟦saucelabs_access_key:ci⟧"

API = f"https://api.{SAUCE_REGION}.saucelabs.com/v1/storage"


def upload(path: Path, name: str, description: str | None = None) -> dict:
    with path.open("rb") as fh:
        resp = requests.post(
            f"{API}/upload",
            auth=(SAUCE_USERNAME, SAUCE_ACCESS_KEY),
            files={"payload": (name, fh)},
            data={"name": name, "description": description or ""},
            timeout=600,
        )
    resp.raise_for_status()
    return resp.json()["item"]


def prune(keep: int = 20) -> int:
    resp = requests.get(f"{API}/files", auth=(SAUCE_USERNAME, SAUCE_ACCESS_KEY), params={"per_page": 100}, timeout=60)
    resp.raise_for_status()
    items = sorted(resp.json()["items"], key=lambda i: i["upload_timestamp"], reverse=True)
    removed = 0
    for item in items[keep:]:
        requests.delete(f"{API}/files/{item['id']}", auth=(SAUCE_USERNAME, SAUCE_ACCESS_KEY), timeout=60).raise_for_status()
        removed += 1
    return removed


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", type=Path)
    ap.add_argument("--name")
    ap.add_argument("--prune", type=int, default=0)
    args = ap.parse_args()
    if not args.file.exists():
        print(f"no such file: {args.file}", file=sys.stderr)
        return 2
    item = upload(args.file, args.name or args.file.name)
    # e.g. storage:filename=orchard-5.14.0.apk or storage:⟦uuid:storage⟧
    print(f"storage:{item['id']}")
    if args.prune:
        print(f"pruned {prune(args.prune)} old uploads", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
