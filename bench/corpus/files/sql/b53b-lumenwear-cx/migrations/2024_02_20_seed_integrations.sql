-- Seed integration credentials for cx-hub (run once per environment)
-- Applied to production on 2024-02-20 by nina via the RDS query editor.

CREATE TABLE IF NOT EXISTS integration_credentials (
  id            BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  provider      VARCHAR(32)  NOT NULL,
  label         VARCHAR(64)  NOT NULL,
  client_id     VARCHAR(128) NULL,
  secret        TEXT         NOT NULL,
  created_at    DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  rotated_at    DATETIME     NULL,
  UNIQUE KEY uq_provider_label (provider, label)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO integration_credentials (provider, label, client_id, secret) VALUES
  ('helpscout', 'wholesale-app',     '⟦b53b_helpscout_app_id:sql⟧', '⟦b53b_helpscout_app_secret:sql⟧'),
  ('helpscout', 'wholesale-token',   NULL, '⟦b53b_helpscout_access_token:sql⟧'),
  ('aircall',   'main-line',         '⟦b53b_aircall_api_id:sql⟧', '⟦b53b_aircall_api_token:sql⟧'),
  ('aircall',   'webhook',           NULL, '⟦b53b_aircall_webhook_token:sql⟧'),
  ('front',     'retail-partners',   '⟦b53b_front_client_id:sql⟧', '⟦b53b_front_client_secret:sql⟧'),
  ('delighted', 'post-purchase',     NULL, '⟦b53b_delighted_api_key:sql⟧'),
  ('gorgias',   'cx-bot',            'cx-bot@lumenwear.com', '⟦b47a_gorgias_api_key:sql⟧');

-- users of the cx-hub admin (passwords are bcrypt, cost 12)
INSERT INTO admin_users (email, password_digest, role) VALUES
  ('nina@lumenwear.com',   '⟦bcrypt_hash:nina⟧', 'owner'),
  ('marcus@lumenwear.com', '⟦bcrypt_hash:marcus⟧', 'agent_lead');
