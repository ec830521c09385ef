#!/usr/bin/env python3
"""Monthly Sweeps Coin liability audit.

Reconciles SC issued (purchase bonus, AMOE mail-in, daily login, promos) against SC redeemed and SC
forfeited (expiry after 60 days of inactivity), per state. Output goes to the finance share as CSV and
is attached to the sweepstakes-rules compliance pack for the auditor (Feb: Baker Tilly).
"""
import argparse
import csv
import datetime as dt
import os
import sys

import psycopg

# read replica; finance-ro is a read-only role
DSN = os.environ.get(
    "AUDIT_DSN",
    "postgresql://finance_ro:SpinAudit!2026@spinharbor-replica.c9kzq1.us-east-1.rds.amazonaws.com:5432/spinharbor",
)

QUERY = """
SELECT u.state,
       sum(CASE WHEN l.kind IN ('purchase_bonus','amoe','daily','promo') THEN l.sc ELSE 0 END) AS issued,
       sum(CASE WHEN l.kind = 'redeem' THEN -l.sc ELSE 0 END)                             AS redeemed,
       sum(CASE WHEN l.kind = 'expire' THEN -l.sc ELSE 0 END)                             AS forfeited
FROM sweeps_ledger l
JOIN users u ON u.id = l.user_id
WHERE l.created_at >= %(start)s AND l.created_at < %(end)s
GROUP BY u.state
ORDER BY u.state
"""


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    start = dt.date.fromisoformat(month + "-01")
    end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start, end


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--month", required=True, help="YYYY-MM")
    ap.add_argument("--out", default="-")
    args = ap.parse_args()
    start, end = month_bounds(args.month)
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute(QUERY, {"start": start, "end": end})
        rows = cur.fetchall()
    out = sys.stdout if args.out == "-" else open(args.out, "w", newline="")
    w = csv.writer(out)
    w.writerow(["state", "issued_sc", "redeemed_sc", "forfeited_sc", "outstanding_delta_sc"])
    for state, issued, redeemed, forfeited in rows:
        w.writerow([state, issued, redeemed, forfeited, issued - redeemed - forfeited])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
