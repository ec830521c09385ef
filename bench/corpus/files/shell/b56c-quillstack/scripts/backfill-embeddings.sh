#!/usr/bin/env bash
# One-off: backfill pgvector embeddings for documents created before 2026-01-10 (before the
# Inngest "document/saved" function existed). Safe to re-run: skips rows that already have one.
#
# Usage: ./scripts/backfill-embeddings.sh [batch_size]
set -euo pipefail

BATCH=${1:-200}
MODEL=text-embedding-3-small

# direct (non-pooled) connection, the pooler times out on the long COPY
export PGURL="postgresql://postgres:⟦db_password:direct|url⟧@db.qwkhxzrbnfjtmlpoyave.supabase.co:5432/postgres"
export OPENAI_API_KEY="${OPENAI_API_KEY:-⟦openai_project_key:backfill⟧}"

total=$(psql "$PGURL" -Atc "select count(*) from documents where embedding is null and deleted_at is null")
echo "documents without embedding: $total (batch $BATCH)"

done_count=0
while :; do
  ids=$(psql "$PGURL" -Atc "select id from documents where embedding is null and deleted_at is null order by created_at limit $BATCH")
  [ -z "$ids" ] && break
  for id in $ids; do
    body=$(psql "$PGURL" -Atc "select left(coalesce(title,'') || E'\n' || coalesce(body_md,''), 24000) from documents where id = '$id'")
    emb=$(jq -n --arg input "$body" --arg model "$MODEL" '{model:$model,input:$input}' \
      | curl -sS https://api.openai.com/v1/embeddings \
          -H "Authorization: Bearer $OPENAI_API_KEY" \
          -H "Content-Type: application/json" \
          --data @- \
      | jq -c '.data[0].embedding')
    if [ "$emb" = "null" ] || [ -z "$emb" ]; then
      echo "skip $id (no embedding returned)" >&2
      continue
    fi
    psql "$PGURL" -qc "update documents set embedding = '$emb'::vector where id = '$id'"
    done_count=$((done_count + 1))
  done
  echo "  $done_count / $total"
  sleep 1
done
echo "backfill complete: $done_count rows"
