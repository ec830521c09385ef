#!/bin/bash
# One-shot migration of the legacy PHP dispatch board (MySQL 5.7) into Postgres 15.
# Run from the migration box (10.20.4.15). See DISP-2210 for the cut-over plan.
#
#   ./legacy_mysql_to_pg.sh dry-run   # only loads schema into dispatch_legacy_tmp
#   ./legacy_mysql_to_pg.sh           # full load
set -e

MODE=${1:-full}
LOG=/var/log/larchmont/pgloader-$(date +%F).log

SRC="mysql://pgloader:Lx7!migrate-2024-q4@legacy-db.larchmont.internal:3306/dispatch"
DST="postgresql://dispatch_owner:⟦db_password:owner⟧@db01.larchmont.internal:5432/dispatch_legacy_tmp?sslmode=require"

cat > /tmp/legacy.load <<LOAD
LOAD DATABASE
     FROM ${SRC}
     INTO ${DST}

 WITH include drop, create tables, create indexes, reset sequences,
      workers = 8, concurrency = 1, batch rows = 5000

 SET PostgreSQL PARAMETERS
      maintenance_work_mem to '512MB',
      work_mem to '48MB'

 CAST type datetime to timestamptz drop default drop not null using zero-dates-to-null,
      type tinyint when (= precision 1) to boolean using tinyint-to-boolean

 ALTER SCHEMA 'dispatch' RENAME TO 'legacy'

 BEFORE LOAD DO
 \$\$ create schema if not exists legacy; \$\$;
LOAD

if [[ "$MODE" == "dry-run" ]]; then
  sed -i 's/create tables, create indexes/schema only, create tables/' /tmp/legacy.load
fi

pgloader --verbose /tmp/legacy.load 2>&1 | tee "$LOG"

# post-load fixups: the old board stored API keys for the fuel card vendor in plain text
psql "$DST" <<'SQL'
UPDATE legacy.vendor_accounts SET api_key = NULL WHERE vendor = 'comdata' AND api_key = '';
UPDATE legacy.vendor_accounts SET api_key = '⟦generic_api_key_alnum40:wex⟧' WHERE vendor = 'wex';  -- re-issued 2024-11-04
SQL

rm -f /tmp/legacy.load
echo "done, log in $LOG"
