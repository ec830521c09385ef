-- 0042: product dimension as a dictionary + S3 backfill of raw clicks
-- Target: ClickHouse Cloud service "quarry-prod" (eu-central-1)
-- Applied with: clickhouse-client --queries-file 0042_clickhouse_s3_dictionaries.sql

CREATE DATABASE IF NOT EXISTS dims;

-- products come from the app Postgres (read replica), refreshed every 5-10 minutes
CREATE DICTIONARY IF NOT EXISTS dims.products
(
    product_id UInt64,
    sku String,
    title String,
    category_id UInt32,
    brand LowCardinality(String),
    list_price Decimal(12, 2)
)
PRIMARY KEY product_id
SOURCE(POSTGRESQL(
    host 'replica-1.db.quarry-shop.internal'
    port 5432
    user 'ch_dict_reader'
    password 'Quarry-Dict-2024!'
    db 'shop'
    table 'products'
    invalidate_query 'SELECT max(updated_at) FROM products'
))
LIFETIME(MIN 300 MAX 600)
LAYOUT(HASHED());

CREATE TABLE IF NOT EXISTS events.clicks_raw
(
    ts DateTime64(3, 'UTC'),
    session_id String,
    user_id Nullable(UInt64),
    product_id UInt64,
    page LowCardinality(String),
    referrer String,
    country LowCardinality(FixedString(2))
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (product_id, ts);

-- one-off backfill from the legacy S3 export (2024-01 .. 2025-06)
-- the quarry-backfill IAM user only has s3:GetObject on this prefix
INSERT INTO events.clicks_raw
SELECT ts, session_id, user_id, product_id, page, referrer, country
FROM s3(
    'https://quarry-legacy-exports.s3.eu-central-1.amazonaws.com/clicks/2024-*/part-*.parquet',
    '⟦aws_access_key_id:bf⟧',
    '⟦aws_secret_access_key:bf⟧',
    'Parquet'
)
SETTINGS max_insert_threads = 8, input_format_parquet_use_native_reader = 1;

-- MV that enriches clicks with the dictionary
CREATE MATERIALIZED VIEW IF NOT EXISTS events.clicks_enriched_mv
TO events.clicks_enriched AS
SELECT
    c.ts,
    c.session_id,
    c.product_id,
    dictGet('dims.products', 'category_id', c.product_id) AS category_id,
    dictGet('dims.products', 'brand', c.product_id) AS brand,
    c.country
FROM events.clicks_raw AS c;
