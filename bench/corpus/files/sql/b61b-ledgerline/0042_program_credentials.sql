-- 0042_program_credentials.sql
-- Per-program processor credentials. Moving these out of env vars so that
-- partner programs can bring their own Lithic account.
-- Values are encrypted at the application layer from 0043 on; this seed
-- predates that and was applied to staging only.

BEGIN;

CREATE TABLE IF NOT EXISTS program_credentials (
    id              bigserial PRIMARY KEY,
    program_id      uuid        NOT NULL REFERENCES programs(id),
    processor       text        NOT NULL CHECK (processor IN ('marqeta', 'lithic')),
    environment     text        NOT NULL DEFAULT 'sandbox',
    api_key         text,
    webhook_secret  text,
    app_token       text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    rotated_at      timestamptz,
    UNIQUE (program_id, processor, environment)
);

CREATE INDEX IF NOT EXISTS program_credentials_program_idx ON program_credentials (program_id);

INSERT INTO program_credentials (program_id, processor, environment, api_key, webhook_secret, app_token)
VALUES
    ('1b4c9e2a-5d7f-4a36-8c01-9e2f3b6d4a70', 'lithic',  'sandbox',
     '⟦b44b_lithic_api_key:sbx1⟧', '⟦b61b_lithic_webhook_secret:sbx1⟧', NULL),
    ('1b4c9e2a-5d7f-4a36-8c01-9e2f3b6d4a70', 'marqeta', 'sandbox',
     '⟦b44b_marqeta_admin_access_token:sbx1⟧', NULL, '⟦b44b_marqeta_application_token:sbx1⟧'),
    ('6f0a3d81-2c9b-4e57-b4a2-7d1e8c5f0b93', 'lithic',  'sandbox',
     '⟦b44b_lithic_api_key:sbx2⟧', '⟦b61b_lithic_webhook_secret:sbx2⟧', NULL);

COMMIT;
