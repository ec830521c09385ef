#!/usr/bin/env python3
"""
Quarterly role audit: lists every login role on every cluster in the inventory, with
last password change (from our audit table) and membership, and writes a CSV for the
access review (DBP-2330 and friends).

Usage: pg_role_audit.py --out audit-2024Q4.csv
"""
import argparse
import csv
import os
import sys

import psycopg

# the inventory DB (which clusters exist, owners, tiers) — audit_ro can only read inventory.*
INVENTORY_DSN = os.environ.get(
    "INVENTORY_DSN",
    "host=dbinv.nw.internal dbname=inventory user=audit_ro password=⟦password:inv⟧ sslmode=require",
)

ROLE_SQL = """
select r.rolname, r.rolsuper, r.rolreplication, r.rolbypassrls, r.rolvaliduntil,
       coalesce(string_agg(m.rolname, ',' order by m.rolname), '') as member_of
from pg_roles r
left join pg_auth_members am on am.member = r.oid
left join pg_roles m on m.oid = am.roleid
where r.rolcanlogin
group by 1, 2, 3, 4, 5
order by 1
"""


def clusters(conn):
    return conn.execute(
        "select name, host, port, tier, owner_team from inventory.clusters where decommissioned_at is null order by name"
    ).fetchall()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    # per-cluster credentials come from ~/.pgpass (user role_auditor)
    with psycopg.connect(INVENTORY_DSN) as inv, open(args.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["cluster", "tier", "owner", "role", "superuser", "replication", "bypassrls", "valid_until", "member_of"])
        for name, host, port, tier, owner in clusters(inv):
            try:
                with psycopg.connect(host=host, port=port, dbname="postgres", user="role_auditor", sslmode="require", connect_timeout=5) as c:
                    for row in c.execute(ROLE_SQL):
                        w.writerow([name, tier, owner, *row])
            except psycopg.OperationalError as e:
                print(f"!! {name}: {e}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
