-- 0042: per-brand PSP merchant accounts (moved out of YAML so ops can toggle routes without a deploy)
-- NOTE: credentials column is encrypted at rest by pgcrypto in 0043 — until then rows are plaintext.

BEGIN;

CREATE TABLE IF NOT EXISTS psp_merchant_accounts (
    id              BIGSERIAL PRIMARY KEY,
    brand           TEXT        NOT NULL,
    jurisdiction    TEXT        NOT NULL,   -- NJ, PA, MI, ON, SE
    psp             TEXT        NOT NULL,
    merchant_ref    TEXT        NOT NULL,
    credentials     JSONB       NOT NULL,
    enabled         BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (brand, jurisdiction, psp)
);

INSERT INTO psp_merchant_accounts (brand, jurisdiction, psp, merchant_ref, credentials) VALUES
  ('kestrelbet', 'NJ', 'nuvei',     '⟦b57c_nuvei_merchant_id:nj⟧', '{"site_id": "⟦b57c_nuvei_site_id:nj⟧", "secret_key": "⟦b57c_nuvei_secret_key:nj⟧"}'),
  ('kestrelbet', 'PA', 'nuvei',     '⟦b57c_nuvei_merchant_id:pa⟧', '{"site_id": "⟦b57c_nuvei_site_id:pa⟧", "secret_key": "⟦b57c_nuvei_secret_key:pa⟧"}'),
  ('kestrelbet', 'NJ', 'paynearme', '⟦b57c_paynearme_site_id:nj⟧', '{"secret_key": "⟦b57c_paynearme_secret_key:nj⟧"}'),
  ('kestrelbet', 'MI', 'paysafe',   '1002873311',                 '{"api_user": "pmle-771204", "api_password": "⟦b57c_paysafe_api_password:mi⟧"}'),
  ('kestrelbet', 'ON', 'skrill',    'payouts@kestrelbet.ca',      '{"mqi_password": "Skr1llPayout$ON", "secret_word": "kestrelsecretword24"}'),
  ('kestrelbet', 'SE', 'trustly',   'kestrel_live',               '{"username": "kestrel_live", "password_ref": "vault:kv/cashier/trustly#password"}');

COMMIT;
