-- 0042: seed partner_integrations for the new multi-tenant partner module
-- generated from the staging DB by `pg_dump --data-only -t partner_integrations` and hand edited
BEGIN;

CREATE TABLE IF NOT EXISTS partner_integrations (
    id              serial PRIMARY KEY,
    partner         text NOT NULL,
    environment     text NOT NULL CHECK (environment IN ('uat', 'prod')),
    client_id       text NOT NULL,
    client_secret   text,
    extra           jsonb DEFAULT '{}'::jsonb,
    created_at      timestamptz DEFAULT now()
);

INSERT INTO partner_integrations (partner, environment, client_id, client_secret, extra) VALUES
  ('setu_aa', 'uat', '⟦uuid:sql-setu⟧', '⟦b61a_setu_client_secret:sqluat⟧', '{"product_instance_id": "⟦uuid:sql-setu-pi⟧"}'),
  ('digilocker', 'prod', '⟦b61a_digilocker_client_id:sql⟧', '⟦b61a_digilocker_client_secret:sql⟧', '{"redirect_uri": "https://app.paisasetu.in/kyc/digilocker/callback"}'),
  ('cibil', 'prod', 'PSETU_CIBIL', NULL, '{"secret_ref": "aws-sm://paisasetu/prod/cibil"}');

-- ops console users (password hashes, argon2id via django)
INSERT INTO auth_user (username, email, password, is_staff, is_superuser) VALUES
  ('rohan.mehta', 'rohan@paisasetu.in', 'argon2⟦argon2_hash:rohan⟧', true, true),
  ('neha.k', 'neha@paisasetu.in', 'argon2⟦argon2_hash:neha⟧', true, false);

COMMIT;
