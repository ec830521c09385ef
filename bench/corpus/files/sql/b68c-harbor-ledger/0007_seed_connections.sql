-- 0007_seed_connections.sql
-- Move the connections that were living in env vars / LEGACY_ITEMS into the DB.
-- Run once on prod: psql "$DATABASE_URL" -f migrations/0007_seed_connections.sql

BEGIN;

CREATE TABLE IF NOT EXISTS client_connections (
    id            serial PRIMARY KEY,
    client_slug   text NOT NULL,
    provider      text NOT NULL CHECK (provider IN ('qbo','plaid','gusto','billcom','wave')),
    external_id   text,
    access_token  text,
    refresh_token text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (client_slug, provider)
);

CREATE TABLE IF NOT EXISTS staff (
    id            serial PRIMARY KEY,
    email         text UNIQUE NOT NULL,
    password_hash text NOT NULL,
    role          text NOT NULL DEFAULT 'bookkeeper'
);

INSERT INTO staff (email, password_hash, role) VALUES
  ('megan@harborledger.com', '⟦bcrypt_hash:megan⟧', 'owner'),
  ('tom@harborledger.com',   '⟦bcrypt_hash:tom⟧', 'bookkeeper'),
  ('ana@harborledger.com',   '⟦bcrypt_hash:ana⟧', 'bookkeeper');

INSERT INTO client_connections (client_slug, provider, external_id, access_token, refresh_token) VALUES
  ('pemaquid-marine', 'qbo',   '⟦b44b_qbo_realm_id:pemaquid⟧', NULL, '⟦b44b_qbo_refresh_token:pemaquid⟧'),
  ('pemaquid-marine', 'plaid', '⟦b44b_plaid_object_id:item⟧', '⟦b44b_plaid_access_token:pemaquid⟧', NULL),
  ('sebago-cabins',   'qbo',   '⟦b44b_qbo_realm_id:sebago⟧', NULL, NULL);  -- pending reconnect

COMMIT;
