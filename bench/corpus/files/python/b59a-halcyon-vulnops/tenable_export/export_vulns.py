"""Nightly export of open vulnerabilities from Tenable Vulnerability Management into the VulnDashboard DB.

Run by the `vulnops-export` systemd timer on hc-vulnops01. Uses pyTenable's export API (chunked).
"""
import logging
import os
from datetime import datetime, timedelta, timezone

import psycopg2
from psycopg2.extras import execute_values
from tenable.io import TenableIO

log = logging.getLogger("tenable_export")

# service account "svc-vulnops-export" (role: Basic + export permissions)
TIO_ACCESS_KEY = os.getenv("TIO_ACCESS_KEY", "⟦b59a_tenable_access_key:export⟧")
TIO_SECRET_KEY = os.getenv("TIO_SECRET_KEY", "⟦b59a_tenable_secret_key:export⟧")

PG_DSN = os.getenv("VULNDB_DSN", "dbname=vulndash user=vulnops_writer host=hc-pg02.halcyon.local")

SEVERITIES = ["critical", "high", "medium"]
BATCH = 5000


def since_ts(days: int = 2) -> int:
    return int((datetime.now(timezone.utc) - timedelta(days=days)).timestamp())


def rows(tio: TenableIO):
    for v in tio.exports.vulns(severity=SEVERITIES, state=["OPEN", "REOPENED"], last_found=since_ts()):
        asset = v.get("asset", {})
        plugin = v.get("plugin", {})
        yield (
            asset.get("uuid"),
            asset.get("hostname") or asset.get("ipv4"),
            plugin.get("id"),
            plugin.get("name"),
            v.get("severity"),
            plugin.get("vpr", {}).get("score"),
            ",".join(plugin.get("cve", []) or []),
            v.get("first_found"),
            v.get("last_found"),
            v.get("state"),
        )


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    tio = TenableIO(TIO_ACCESS_KEY, TIO_SECRET_KEY, vendor="Halcyon Health", product="vulnops-export", build="1.4.2")
    conn = psycopg2.connect(PG_DSN)
    n = 0
    with conn, conn.cursor() as cur:
        cur.execute("TRUNCATE staging_tio_vulns")
        batch = []
        for r in rows(tio):
            batch.append(r)
            if len(batch) >= BATCH:
                execute_values(cur, "INSERT INTO staging_tio_vulns VALUES %s", batch)
                n += len(batch)
                batch.clear()
        if batch:
            execute_values(cur, "INSERT INTO staging_tio_vulns VALUES %s", batch)
            n += len(batch)
        cur.execute("CALL merge_tio_vulns()")
    log.info("exported %d vulnerabilities", n)


if __name__ == "__main__":
    main()
