#!/usr/bin/env python3
"""
One-off migration: pull stories out of the old WordPress (pre-VIP) install and push them into
Arc XP as ANS via the Migration Center (content-ops) API.

    python wp_to_ans.py --since 2015-01-01 --batch 200 --dry-run

Photos are copied to the Arc photo-center ingest bucket first, because Migration Center only
accepts public URLs or S3 references.
"""
import argparse
import base64
import hashlib
import json
import logging
import os
import sys
from datetime import datetime, timezone

import boto3
import requests

log = logging.getLogger("wp_to_ans")

WP_BASE = "https://legacy.harborlightherald.com/wp-json/wp/v2"
# application password for the `migration-bot` user (Users > Profile > Application Passwords)
WP_USER = "migration-bot"
WP_APP_PASSWORD = "⟦b43c_wp_app_password:migrate⟧"

ARC_ORG = "harborlight"
ARC_ENV = os.environ.get("ARC_ENV", "sandbox")
ARC_API = f"https://api.{'sandbox.' if ARC_ENV == 'sandbox' else ''}{ARC_ORG}.arcpublishing.com"
# all-access token from Developer Center, created for the migration window only
ARC_TOKEN = os.environ.get("ARC_TOKEN") or "⟦b46b_arcxp_access_token:migration⟧"

PHOTO_BUCKET = "arc-harborlight-photo-ingest"
s3 = boto3.client(
    "s3",
    region_name="us-east-1",
    aws_access_key_id="⟦aws_access_key_id:ingest⟧",
    aws_secret_access_key="⟦aws_secret_access_key:ingest⟧",
)

WEBSITE = "harborlight-herald"
CIRCULATION_SECTION = "/news/local"


def ans_id(source_id: str) -> str:
    """Arc ids are 26 upper-case base32 chars; derive them from the WP id so re-runs are idempotent."""
    digest = hashlib.sha256(f"{ARC_ORG}:wp:{source_id}".encode()).digest()
    return base64.b32encode(digest).decode()[:26]


def wp_get(path, **params):
    r = requests.get(f"{WP_BASE}/{path}", params=params, auth=(WP_USER, WP_APP_PASSWORD), timeout=30)
    r.raise_for_status()
    return r.json(), int(r.headers.get("X-WP-TotalPages", "1"))


def to_ans(post):
    return {
        "_id": ans_id(str(post["id"])),
        "type": "story",
        "version": "0.10.9",
        "canonical_website": WEBSITE,
        "headlines": {"basic": post["title"]["rendered"]},
        "display_date": post["date_gmt"] + "Z",
        "source": {"system": "wordpress", "source_id": str(post["id"]), "name": "legacy-wp"},
        "content_elements": [{"type": "raw_html", "content": post["content"]["rendered"]}],
        "taxonomy": {"sections": [{"_id": CIRCULATION_SECTION, "_website": WEBSITE, "type": "reference"}]},
    }


def push(ans, dry_run):
    body = {
        "sourceId": ans["source"]["source_id"],
        "sourceType": "story",
        "ANS": ans,
        "arcAdditionalProperties": {"story": {"publish": False}},
    }
    if dry_run:
        log.info("dry-run %s %s", ans["_id"], ans["headlines"]["basic"][:60])
        return
    r = requests.post(
        f"{ARC_API}/migrations/v3/content/ans",
        params={"website": WEBSITE},
        headers={"Authorization": f"Bearer {ARC_TOKEN}", "Content-Type": "application/json"},
        data=json.dumps(body),
        timeout=60,
    )
    if r.status_code >= 300:
        log.error("migration center refused %s: %s %s", ans["_id"], r.status_code, r.text[:300])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", default="2015-01-01")
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    page, pages = 1, 1
    while page <= pages:
        posts, pages = wp_get("posts", after=f"{args.since}T00:00:00", per_page=args.batch, page=page)
        for p in posts:
            push(to_ans(p), args.dry_run)
        page += 1
    log.info("done at %s", datetime.now(timezone.utc).isoformat())


if __name__ == "__main__":
    sys.exit(main())
