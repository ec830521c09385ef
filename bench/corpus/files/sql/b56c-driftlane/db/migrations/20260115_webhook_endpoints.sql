-- 20260115_webhook_endpoints.sql
-- Moves inbound webhook verification config out of env vars and into the DB so the admin panel
-- can rotate keys without a redeploy (DRIFT-231). PlanetScale: no FKs, online DDL via deploy request.

CREATE TABLE IF NOT EXISTS webhook_endpoints (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  provider      VARCHAR(32)  NOT NULL,
  path          VARCHAR(128) NOT NULL,
  signing_key   VARCHAR(255) NOT NULL,
  next_key      VARCHAR(255) NULL,
  enabled       TINYINT(1)   NOT NULL DEFAULT 1,
  created_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  rotated_at    DATETIME(3)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_provider_path (provider, path)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- backfill from the current prod env (copied by hand from Railway → api → Variables)
INSERT INTO webhook_endpoints (provider, path, signing_key, next_key) VALUES
  ('qstash',       '/jobs/qstash',          '⟦b40b_qstash_signing_key:mig-current⟧', '⟦b40b_qstash_signing_key:mig-next⟧'),
  ('lemonsqueezy', '/webhooks/lemonsqueezy', '⟦b56c_lemonsqueezy_signing_secret:mig⟧', NULL),
  ('replicate',    '/webhooks/replicate',    'env:REPLICATE_WEBHOOK_SIGNING_SECRET',   NULL);

CREATE TABLE IF NOT EXISTS webhook_deliveries (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  endpoint_id   BIGINT UNSIGNED NOT NULL,
  external_id   VARCHAR(64)  NOT NULL,
  signature     VARCHAR(255) NOT NULL,
  status        SMALLINT     NOT NULL,
  received_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  KEY idx_endpoint_received (endpoint_id, received_at),
  UNIQUE KEY uq_external (endpoint_id, external_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
