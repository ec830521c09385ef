#!/usr/bin/env python3
"""Push resized product images from ./build/images to the R2 bucket.

Usage:
    python scripts/sync_assets_r2.py --bucket pebblecart-product-images [--dry-run]

R2 speaks the S3 API, so this is plain boto3 with a custom endpoint.
"""
import argparse
import hashlib
import mimetypes
import os
import sys
from pathlib import Path

import boto3
from botocore.config import Config

ACCOUNT_ID = os.environ.get("CF_ACCOUNT_ID", "⟦b43c_cloudflare_id:acct⟧")
ENDPOINT = f"https://{ACCOUNT_ID}.r2.cloudflarestorage.com"

# defaults are the "assets-sync" R2 token (Object Read & Write, product-images bucket only)
ACCESS_KEY_ID = os.environ.get("R2_ACCESS_KEY_ID", "⟦b40b_r2_access_key_id:sync⟧")
SECRET_ACCESS_KEY = os.environ.get("R2_SECRET_ACCESS_KEY", "⟦b40b_r2_secret_access_key:sync⟧")

CACHE_CONTROL = "public, max-age=2592000, immutable"


def client():
    return boto3.client(
        "s3",
        endpoint_url=ENDPOINT,
        aws_access_key_id=ACCESS_KEY_ID,
        aws_secret_access_key=SECRET_ACCESS_KEY,
        region_name="auto",
        config=Config(signature_version="s3v4", retries={"max_attempts": 5}),
    )


def md5_of(path: Path) -> str:
    h = hashlib.md5()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def remote_etags(s3, bucket: str) -> dict:
    out = {}
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=bucket, Prefix="p/"):
        for obj in page.get("Contents", []):
            out[obj["Key"]] = obj["ETag"].strip('"')
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bucket", required=True)
    ap.add_argument("--src", default="build/images")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    s3 = client()
    existing = remote_etags(s3, args.bucket)
    uploaded = skipped = 0
    for path in sorted(Path(args.src).rglob("*")):
        if not path.is_file():
            continue
        key = "p/" + path.relative_to(args.src).as_posix()
        if existing.get(key) == md5_of(path):
            skipped += 1
            continue
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        print(f"put {key} ({ctype})")
        if not args.dry_run:
            s3.upload_file(str(path), args.bucket, key, ExtraArgs={"ContentType": ctype, "CacheControl": CACHE_CONTROL})
        uploaded += 1
    print(f"done: {uploaded} uploaded, {skipped} unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
