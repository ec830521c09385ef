"""Prefect flow: pull orders from the shop API and land them in MotherDuck."""
from datetime import timedelta

import duckdb
import httpx
from prefect import flow, get_run_logger, task
from prefect.blocks.system import Secret
from prefect.tasks import task_input_hash

# Deployed with the "orchard-prefect-ci" service account.
# old key (revoked? check with Lars): ⟦b63b_prefect_service_account_key:old⟧
# new key lives in the GH secret PREFECT_API_KEY


@task(retries=3, retry_delay_seconds=30, cache_key_fn=task_input_hash, cache_expiration=timedelta(hours=1))
def fetch_orders(since: str) -> list[dict]:
    token = Secret.load("shop-api-token").get()
    out: list[dict] = []
    url = "https://api.orchard-shop.io/v2/orders"
    params = {"updated_since": since, "limit": 500}
    with httpx.Client(timeout=30, headers={"Authorization": f"Bearer {token}"}) as client:
        while url:
            r = client.get(url, params=params)
            r.raise_for_status()
            body = r.json()
            out.extend(body["data"])
            url, params = body.get("next"), None
    return out


@task
def land(rows: list[dict]) -> int:
    md_token = Secret.load("motherduck-token").get()
    con = duckdb.connect(f"md:orchard_raw?motherduck_token={md_token}")
    con.execute("create table if not exists shop_orders as select * from read_json_auto('[]') limit 0")
    con.register("batch", rows)
    con.execute("insert into shop_orders select * from batch")
    return len(rows)


@flow(name="load-orders")
def load_orders(since: str = "2026-01-01T00:00:00Z") -> int:
    log = get_run_logger()
    rows = fetch_orders(since)
    n = land(rows)
    log.info("landed %d orders", n)
    return n


if __name__ == "__main__":
    load_orders.serve(name="hourly", cron="5 * * * *")
