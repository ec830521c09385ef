-- connector-hub: credentials each client's TMS connector uses to pull/push jobs.
-- Dump for migrating the hub from MariaDB to Postgres (tobias, 2024-10-01).
-- TODO: encrypt `secret` with pgcrypto once the hub supports it (LUM-4388).

BEGIN;

CREATE TABLE IF NOT EXISTS tms_connectors (
    id            serial PRIMARY KEY,
    client_slug   text        NOT NULL,
    tms           text        NOT NULL CHECK (tms IN ('smartling','lokalise','crowdin','phrase','transifex','poeditor','weblate')),
    endpoint      text        NOT NULL,
    account_ref   text,
    secret        text,
    poll_minutes  int         NOT NULL DEFAULT 30,
    enabled       boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);

INSERT INTO tms_connectors (client_slug, tms, endpoint, account_ref, secret, poll_minutes, enabled) VALUES
  ('acme-outdoor',   'smartling', 'https://api.smartling.com',        '⟦b54c_smartling_user_identifier:acme⟧', '⟦b54c_smartling_user_secret:acme⟧', 30, true),
  ('tandem-grocer',  'lokalise',  'https://api.lokalise.com/api2',    '⟦b54c_lokalise_project_id:app⟧',     '⟦b54c_lokalise_api_token:lumen⟧', 60, true),
  ('fernwood',       'crowdin',   'https://api.crowdin.com/api/v2',   '614382',                                '⟦b54c_crowdin_pat:lumen⟧', 60, true),
  ('brightline',     'phrase',    'https://api.phrase.com/v2',        '9d2f0a7b3c8e4f1a6b5c0d9e8f7a6b5c',      '⟦b54c_phrase_access_token:brightline⟧', 120, true),
  ('pyharbor',       'transifex', 'https://rest.api.transifex.com',   'o:pyharbor:p:pyharbor-docs',            '⟦b54c_transifex_api_token:lumen⟧', 1440, true),
  ('nordlys-games',  'poeditor',  'https://api.poeditor.com/v2',      '603117',                                '⟦b54c_poeditor_api_token:nordlys⟧', 240, true),
  ('gnome-l10n-fr',  'weblate',   'https://l10n.gnome.org/api',       'lumen-fr',                              '⟦b54c_weblate_user_token:gnome⟧', 1440, false),
  ('helio-health',   'phrase',    'https://api.us.app.phrase.com/v2', 'helio-web',                             NULL, 120, false);

CREATE TABLE IF NOT EXISTS hub_users (
    id            serial PRIMARY KEY,
    email         text UNIQUE NOT NULL,
    password_hash text NOT NULL,
    role          text NOT NULL DEFAULT 'pm'
);

-- password hashes (bcrypt, cost 12) — not reversible, kept for the migration
INSERT INTO hub_users (email, password_hash, role) VALUES
  ('tobias.becker@lumen-ls.eu', '⟦bcrypt_hash:tb⟧', 'admin'),
  ('anja.kraus@lumen-ls.eu',    '⟦bcrypt_hash:ak⟧', 'pm'),
  ('maria.soto@lumen-ls.eu',    '⟦bcrypt_hash:ms⟧', 'pm');

COMMIT;
