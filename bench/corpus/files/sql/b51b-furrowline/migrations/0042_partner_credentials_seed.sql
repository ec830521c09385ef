-- 0042: seed partner_app_credentials for the demo tenant used in sales demos.
-- Values are the SANDBOX apps (Deere sandbox, FieldView partner sandbox).
BEGIN;

CREATE TABLE IF NOT EXISTS partner_app_credentials (
    id            bigserial PRIMARY KEY,
    tenant_id     uuid        NOT NULL,
    provider      text        NOT NULL CHECK (provider IN ('deere','fieldview','trimble','cnhi')),
    client_id     text        NOT NULL,
    client_secret text,
    api_key       text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, provider)
);

INSERT INTO partner_app_credentials (tenant_id, provider, client_id, client_secret, api_key) VALUES
  ('⟦uuid:demo⟧', 'deere',     '⟦b51b_deere_client_id:demo⟧', '⟦b51b_deere_client_secret:demo⟧', NULL),
  ('⟦uuid:demo⟧', 'fieldview', '⟦b51b_cfv_client_id:demo⟧', '⟦b51b_cfv_client_secret:demo⟧', '⟦b51b_cfv_api_key:demo⟧'),
  ('⟦uuid:demo⟧', 'trimble',   '⟦b51b_trimble_client_id:demo⟧', '⟦b51b_trimble_client_secret:demo⟧', NULL);

COMMIT;
