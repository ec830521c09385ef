"""Fetch SOA mortality tables (mort.soa.org) used for the workers' comp pension reserve (PTD/fatal claims).

No credentials: mort.soa.org is public. The mart connection comes from the ACTUARIAL_MART_URL environment variable
(set by the jump box profile from the CyberArk-managed credential), never from this file.
"""
import io
import os
import xml.etree.ElementTree as ET

import pandas as pd
import requests
import sqlalchemy as sa

TABLES = {
    "pri2012_total_male": 1479,
    "pri2012_total_female": 1480,
    "mp2021": 3145,
}


def soa_table(table_id: int) -> pd.DataFrame:
    url = f"https://mort.soa.org/data/t{table_id}.xml"
    root = ET.fromstring(requests.get(url, timeout=30).content)
    rows = [(int(v.get("t")), float(v.text)) for v in root.iter("Y")]
    return pd.DataFrame(rows, columns=["age", "qx"]).assign(table_id=table_id)


def main() -> None:
    engine = sa.create_engine(os.environ["ACTUARIAL_MART_URL"])
    frames = [soa_table(tid).assign(table_name=name) for name, tid in TABLES.items()]
    pd.concat(frames).to_sql("soa_mortality", engine, schema="ref", if_exists="replace", index=False)
    print(f"loaded {sum(len(f) for f in frames)} rows")


if __name__ == "__main__":
    main()
