-- 004_integration_credentials.sql
-- Moves per-client RMM credentials out of the YAML config into the ksit_sync database.
-- Applied to prod 2024-07-09 (KS-1290). Values copied from the old config.yaml by hand.

BEGIN;

CREATE TABLE IF NOT EXISTS integration_credentials (
    id             serial PRIMARY KEY,
    client_code    text        NOT NULL,
    system         text        NOT NULL,   -- 'ncentral' | 'nsight' | 'datto-rmm'
    endpoint       text        NOT NULL,
    credential     text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    rotated_at     timestamptz,
    UNIQUE (client_code, system)
);

CREATE TABLE IF NOT EXISTS portal_users (
    id            serial PRIMARY KEY,
    email         text NOT NULL UNIQUE,
    password_hash text NOT NULL,
    is_admin      boolean NOT NULL DEFAULT false
);

-- Riverbend still runs their own N-central (inherited from the previous MSP)
INSERT INTO integration_credentials (client_code, system, endpoint, credential) VALUES
  ('RiverbendAg', 'ncentral', 'https://ncentral.riverbendag.coop',
   '⟦b57a_ncentral_user_jwt:riverbend⟧');

-- legacy N-sight clients (migrating to Datto RMM in Q4)
INSERT INTO integration_credentials (client_code, system, endpoint, credential) VALUES
  ('MillbrookLaw',  'nsight', 'https://www.systemmonitor.us/api/', '⟦b57a_nsight_api_key:millbrook⟧'),
  ('CedarHollowVet','nsight', 'https://www.systemmonitor.us/api/', '⟦b57a_nsight_api_key:cedar⟧');

-- Datto RMM (the account-wide API user for alert polling)
INSERT INTO integration_credentials (client_code, system, endpoint, credential) VALUES
  ('*', 'datto-rmm', 'https://pinotage-api.centrastage.net', '⟦b57a_datto_rmm_api_key:sql⟧:⟦b57a_datto_rmm_api_secret:sql⟧');

-- portal admin (password set through the app, bcrypt cost 12)
INSERT INTO portal_users (email, password_hash, is_admin) VALUES
  ('mo@keystoneit.net', '⟦bcrypt_hash:mo⟧', true);

COMMIT;
