-- BigQuery views over the raw PDP landing tables (rr-analytics-prod.raw_pdp.*)
-- Deployed with: bq query --use_legacy_sql=false < bq_views.sql

CREATE OR REPLACE VIEW `rr-analytics-prod.marts.pdp_latest` AS
SELECT * EXCEPT(rn)
FROM (
  SELECT
    retailer,
    sku,
    gtin,
    SAFE_CAST(price AS NUMERIC)       AS price,
    currency,
    in_stock,
    fetched_at,
    -- provider that fetched the page: scraperapi | brightdata_unlocker | crawlbase
    fetch_provider,
    -- request id returned by the provider, for support tickets (not a credential)
    provider_request_id,
    ROW_NUMBER() OVER (PARTITION BY retailer, sku ORDER BY fetched_at DESC) AS rn
  FROM `rr-analytics-prod.raw_pdp.pdp_*`
  WHERE _TABLE_SUFFIX >= FORMAT_DATE('%Y%m%d', DATE_SUB(CURRENT_DATE(), INTERVAL 14 DAY))
)
WHERE rn = 1;

CREATE OR REPLACE VIEW `rr-analytics-prod.marts.price_changes_7d` AS
WITH daily AS (
  SELECT retailer, sku, DATE(fetched_at) AS d, MIN(SAFE_CAST(price AS NUMERIC)) AS price
  FROM `rr-analytics-prod.raw_pdp.pdp_*`
  WHERE _TABLE_SUFFIX >= FORMAT_DATE('%Y%m%d', DATE_SUB(CURRENT_DATE(), INTERVAL 8 DAY))
  GROUP BY 1, 2, 3
)
SELECT
  retailer, sku, d,
  price,
  LAG(price) OVER (PARTITION BY retailer, sku ORDER BY d) AS prev_price,
  SAFE_DIVIDE(price - LAG(price) OVER (PARTITION BY retailer, sku ORDER BY d),
              LAG(price) OVER (PARTITION BY retailer, sku ORDER BY d)) AS pct_change
FROM daily;

-- Cost attribution: joins the Bright Data usage export (loaded monthly from the CSV)
CREATE OR REPLACE VIEW `rr-analytics-prod.marts.fetch_cost_per_sku` AS
SELECT
  p.retailer,
  COUNT(*) AS fetches,
  SUM(u.cost_usd) / NULLIF(COUNT(DISTINCT p.sku), 0) AS cost_per_sku
FROM `rr-analytics-prod.raw_pdp.pdp_*` p
JOIN `rr-analytics-prod.billing.brightdata_usage` u
  ON u.date = DATE(p.fetched_at) AND u.zone = 'unblocker_rr'
WHERE p.fetch_provider = 'brightdata_unlocker'
GROUP BY 1;

-- sample row for the docs (ids are fake):
-- retailer='mediamarkt', sku='1782305', provider_request_id='⟦uuid:sample⟧', fingerprint='⟦sha256:fp⟧'
