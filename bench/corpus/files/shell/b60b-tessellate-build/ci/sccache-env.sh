#!/usr/bin/env bash
# Sourced by every Buildkite step that compiles Rust. Picks the sccache backend per queue.
#   source ci/sccache-env.sh
set -euo pipefail

export RUSTC_WRAPPER=sccache
export SCCACHE_LOG=${SCCACHE_LOG:-warn}
export SCCACHE_IDLE_TIMEOUT=0
export CARGO_INCREMENTAL=0

case "${BUILDKITE_AGENT_META_DATA_QUEUE:-default}" in
  linux-large|default)
    # S3 backend; agents on EC2 get creds from the instance profile
    export SCCACHE_BUCKET=tessellate-sccache
    export SCCACHE_REGION=eu-west-1
    export SCCACHE_S3_KEY_PREFIX="rust/${BUILDKITE_PIPELINE_SLUG}/"
    ;;
  mac-mini)
    # Mac minis in the office have no instance profile -> static key of IAM user sccache-macs
    export SCCACHE_BUCKET=tessellate-sccache
    export SCCACHE_REGION=eu-west-1
    export AWS_ACCESS_KEY_ID=⟦aws_access_key_id:macs⟧
    export AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:macs⟧
    ;;
  onprem-gpu)
    # redis next to the GPU boxes
    export SCCACHE_REDIS_ENDPOINT="redis://:Sccache-Redis-2024@10.40.2.15:6379/3"
    export SCCACHE_REDIS_TTL=604800
    ;;
  *)
    echo "sccache: unknown queue ${BUILDKITE_AGENT_META_DATA_QUEUE}, running without cache" >&2
    unset RUSTC_WRAPPER
    ;;
esac

sccache --start-server >/dev/null 2>&1 || true
sccache --show-stats --stats-format=json > "sccache-stats-before.json" || true
