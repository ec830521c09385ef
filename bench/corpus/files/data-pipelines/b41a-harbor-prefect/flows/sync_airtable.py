"""Hourly: copy the Carriers base from Airtable into the WMS reference tables."""
import httpx
import psycopg
from prefect import flow, get_run_logger, task
from prefect.blocks.system import Secret

AIRTABLE_BASE = "appQ3x8kLm2Nz7RtV"
AIRTABLE_TABLE = "tblCarriers"
AIRTABLE_PAT = "⟦airtable_pat:flow⟧"  # scoped to the Carriers base, read-only


@task(retries=3, retry_delay_seconds=30)
def fetch_carriers() -> list[dict]:
    rows, offset = [], None
    with httpx.Client(headers={"Authorization": f"Bearer {AIRTABLE_PAT}"}, timeout=30) as client:
        while True:
            r = client.get(f"https://api.airtable.com/v0/{AIRTABLE_BASE}/{AIRTABLE_TABLE}", params={"offset": offset} if offset else None)
            r.raise_for_status()
            body = r.json()
            rows.extend(rec["fields"] | {"airtable_id": rec["id"]} for rec in body["records"])
            offset = body.get("offset")
            if not offset:
                return rows


@task
def load(rows: list[dict]) -> int:
    dsn = Secret.load("wms-pg-dsn").get()
    with psycopg.connect(dsn) as conn:
        with conn.cursor() as cur:
            cur.executemany(
                "insert into ref.carriers (airtable_id, name, scac, active) values (%(airtable_id)s, %(Name)s, %(SCAC)s, %(Active)s) "
                "on conflict (airtable_id) do update set name = excluded.name, scac = excluded.scac, active = excluded.active",
                rows,
            )
    return len(rows)


@flow(name="sync-airtable-carriers")
def sync() -> None:
    n = load(fetch_carriers())
    get_run_logger().info("upserted %s carriers", n)


if __name__ == "__main__":
    sync.serve(name="hourly", cron="15 * * * *")
