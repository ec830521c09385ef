-- 0042_seed_partner_integrations.sql
-- Seeds partner integration rows for the Lagos pilot merchants.
BEGIN;

CREATE TABLE IF NOT EXISTS partner_integrations (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partner         text NOT NULL,
    environment     text NOT NULL CHECK (environment IN ('sandbox', 'live')),
    client_id       text,
    secret_ciphertext bytea,
    config          jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS merchant_api_keys (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    merchant_id uuid NOT NULL,
    prefix      text NOT NULL,
    key_hash    text NOT NULL,  -- sha256 of the full key; the key itself is shown once
    created_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO partner_integrations (id, partner, environment, client_id, config) VALUES
  ('⟦uuid:p1⟧', 'paystack', 'live', NULL, '{"public_key": "⟦b59b_paystack_public_key:seed⟧"}'),
  ('⟦uuid:p2⟧', 'interswitch', 'live', '⟦b59b_interswitch_client_id:seed⟧', '{"merchant_code": "MX187654"}'),
  ('⟦uuid:p3⟧', 'chipper', 'live', 'kobopay-ng', '{"api_user": "kobopay-ng", "api_key": "⟦generic_api_key_hex32:chipper⟧", "base_url": "https://api.chipper.network/v1"}');

INSERT INTO merchant_api_keys (merchant_id, prefix, key_hash) VALUES
  ('⟦uuid:m1⟧', 'kp_live_7Hq', '⟦sha256:k1⟧'),
  ('⟦uuid:m2⟧', 'kp_live_x0P', '⟦sha256:k2⟧');

COMMIT;
