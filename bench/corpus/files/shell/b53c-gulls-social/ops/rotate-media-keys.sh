#!/usr/bin/env bash
# Copy media from the old R2 bucket to Wasabi and verify, then flip S3_* in .env.production.
# Used once for the 2024-04 migration, kept for the next time we move buckets.
#
#   ./rotate-media-keys.sh --dry-run
#   ./rotate-media-keys.sh
set -euo pipefail

DRY_RUN=""
[[ "${1:-}" == "--dry-run" ]] && DRY_RUN="--dry-run"

# rclone remotes defined inline so this runs on any box with rclone >= 1.62
export RCLONE_CONFIG_OLDR2_TYPE=s3
export RCLONE_CONFIG_OLDR2_PROVIDER=Cloudflare
export RCLONE_CONFIG_OLDR2_ACCESS_KEY_ID=⟦b40b_r2_access_key_id:old⟧
export RCLONE_CONFIG_OLDR2_SECRET_ACCESS_KEY=⟦b40b_r2_secret_access_key:old⟧
export RCLONE_CONFIG_OLDR2_ENDPOINT=https://3f1c9a0d6e2b4c8f9a7d5e3b1c0a9f8e.r2.cloudflarestorage.com

export RCLONE_CONFIG_WASABI_TYPE=s3
export RCLONE_CONFIG_WASABI_PROVIDER=Wasabi
export RCLONE_CONFIG_WASABI_ACCESS_KEY_ID="${WASABI_ACCESS_KEY:?set WASABI_ACCESS_KEY}"
export RCLONE_CONFIG_WASABI_SECRET_ACCESS_KEY="${WASABI_SECRET_KEY:?set WASABI_SECRET_KEY}"
export RCLONE_CONFIG_WASABI_ENDPOINT=s3.eu-central-2.wasabisys.com

SRC="oldr2:gulls-media"
DST="wasabi:gulls-social-media"

echo ">> sizes before"
rclone size "$SRC" --fast-list
rclone size "$DST" --fast-list || true

echo ">> copying (this takes ~6h for 1.4 TB)"
rclone copy "$SRC" "$DST" $DRY_RUN \
  --fast-list --transfers 32 --checkers 64 \
  --s3-chunk-size 64M --s3-upload-concurrency 8 \
  --log-file "/var/log/rclone-media-$(date +%F).log" --log-level INFO --stats 5m

echo ">> verifying"
rclone check "$SRC" "$DST" --one-way --size-only --fast-list

echo ">> purge bunny cache for media.gulls.social"
curl -fsS -X POST "https://api.bunny.net/pullzone/1843207/purgeCache" \
  -H "AccessKey: ⟦b43c_bunny_api_key:purge⟧" -H "Content-Length: 0"

echo "done — now edit S3_* in .env.production on both hosts and restart web/sidekiq"
