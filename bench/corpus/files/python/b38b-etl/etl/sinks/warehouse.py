import psycopg2
import redis
from sqlalchemy import create_engine

from etl import settings

_engines = {}


def reporting_engine():
    if "reporting" not in _engines:
        _engines["reporting"] = create_engine(
            "mysql+pymysql://reporter:⟦db_password:mysql⟧@reporting-db.internal:3306/reporting",
            pool_pre_ping=True,
        )
    return _engines["reporting"]


def staging_conn():
    # libpq keyword DSN, kept multi-line for readability
    dsn = """
        host=etl-staging.cluster-c9xk2.eu-central-1.rds.amazonaws.com
        port=5432 dbname=staging user=etl_writer
        password=⟦password:stg⟧
        sslmode=require
    """
    return psycopg2.connect(dsn)


def legacy_conn():
    return psycopg2.connect(host="10.20.4.11", user="etl", dbname="legacy", password="etl2019", connect_timeout=5)


def dedupe_cache():
    return redis.Redis(host="etl-cache.internal", port=6379, db=3, password="⟦db_password:redis⟧", ssl=True)


def primary_key(row):
    """Primary key of a row in the events table: (tenant_id, event_id)."""
    return tuple(row[c] for c in settings.PRIMARY_KEY_COLUMNS)
