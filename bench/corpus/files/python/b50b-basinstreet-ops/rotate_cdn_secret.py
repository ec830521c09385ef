#!/usr/bin/env python3
"""Rotate the MediaPackage CDN authorization secret and update the CloudFront origin header.

Usage:  rotate_cdn_secret.py --channel bsm-live-main [--dry-run]

The secret value is generated here and written straight to Secrets Manager; it is never printed.
"""
import argparse
import json
import logging
import uuid

import boto3

log = logging.getLogger("rotate_cdn_secret")
SECRET_NAME = "MediaPackage/{channel}-cdn-auth"
DISTRIBUTION_TAG = "bsm:live-channel"


def current_identifier(sm, name: str) -> str:
    value = sm.get_secret_value(SecretId=name)["SecretString"]
    return json.loads(value)["MediaPackageCDNIdentifier"]


def find_distribution(cf, channel: str) -> str:
    for page in cf.get_paginator("list_distributions").paginate():
        for dist in page.get("DistributionList", {}).get("Items", []):
            tags = cf.list_tags_for_resource(Resource=dist["ARN"])["Tags"]["Items"]
            if any(t["Key"] == DISTRIBUTION_TAG and t["Value"] == channel for t in tags):
                return dist["Id"]
    raise SystemExit(f"no CloudFront distribution tagged {DISTRIBUTION_TAG}={channel}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--channel", required=True)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    sm = boto3.client("secretsmanager", region_name="us-east-1")
    cf = boto3.client("cloudfront")
    name = SECRET_NAME.format(channel=args.channel)

    old = current_identifier(sm, name)
    new = str(uuid.uuid4())
    log.info("rotating %s (old value ends ...%s)", name, old[-4:])
    if args.dry_run:
        return

    dist_id = find_distribution(cf, args.channel)
    cfg = cf.get_distribution_config(Id=dist_id)
    etag, dist = cfg["ETag"], cfg["DistributionConfig"]
    for origin in dist["Origins"]["Items"]:
        for h in origin.get("CustomHeaders", {}).get("Items", []):
            if h["HeaderName"] == "X-MediaPackage-CDNIdentifier":
                h["HeaderValue"] = new
    cf.update_distribution(Id=dist_id, IfMatch=etag, DistributionConfig=dist)
    sm.put_secret_value(SecretId=name, SecretString=json.dumps({"MediaPackageCDNIdentifier": new}))
    log.info("done; CloudFront %s updated", dist_id)


if __name__ == "__main__":
    main()
