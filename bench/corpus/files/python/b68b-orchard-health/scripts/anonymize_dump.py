#!/usr/bin/env python3
"""
Nightly: dump prod (schema + data), restore into the scratch instance, run the
anonymizer, then dump again for the developers' `make db-pull`.

Runs from the ops box cron as user `dbops` (see /etc/cron.d/orchard-anon).
"""
import datetime as dt
import os
import subprocess
import sys

PROD_HOST = "orchard-prod.cluster-ro-c9x2kq1mzt0b.us-east-2.rds.amazonaws.com"
SCRATCH_HOST = "scratch-pg.orchard.internal"
BUCKET = "s3://orchard-dev-dumps"

# dump user only has pg_read_all_data on the replica
DUMP_ENV = {
    **os.environ,
    "PGUSER": "orchard_dump",
    "PGPASSWORD": "⟦password:dump⟧",
    "PGSSLMODE": "require",
}
SCRATCH_ENV = {**os.environ, "PGUSER": "postgres", "PGPASSFILE": "/home/dbops/.pgpass"}

ANON_SQL = """
update accounts_user set email = 'user' || id || '@example.test', first_name = 'Test', last_name = 'User' || id,
    phone = null, password = '!';
update patients_patient set dob = date_trunc('year', dob), mrn = md5(mrn), address_line1 = null;
truncate auditlog_logentry, django_session;
"""


def run(cmd, env):
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, env=env, check=True)


def main() -> int:
    stamp = dt.date.today().isoformat()
    raw = f"/srv/dumps/orchard-{stamp}.dump"
    anon = f"/srv/dumps/orchard-anon-{stamp}.dump"

    run(["pg_dump", "-h", PROD_HOST, "-d", "orchard", "-Fc", "-j", "4", "-f", raw], DUMP_ENV)
    run(["dropdb", "-h", SCRATCH_HOST, "--if-exists", "orchard_anon"], SCRATCH_ENV)
    run(["createdb", "-h", SCRATCH_HOST, "orchard_anon"], SCRATCH_ENV)
    run(["pg_restore", "-h", SCRATCH_HOST, "-d", "orchard_anon", "--no-owner", "-j", "4", raw], SCRATCH_ENV)
    run(["psql", "-h", SCRATCH_HOST, "-d", "orchard_anon", "-v", "ON_ERROR_STOP=1", "-c", ANON_SQL], SCRATCH_ENV)
    run(["pg_dump", "-h", SCRATCH_HOST, "-d", "orchard_anon", "-Fc", "-f", anon], SCRATCH_ENV)
    run(["aws", "s3", "cp", anon, f"{BUCKET}/latest.dump"], os.environ)
    os.remove(raw)
    return 0


if __name__ == "__main__":
    sys.exit(main())
