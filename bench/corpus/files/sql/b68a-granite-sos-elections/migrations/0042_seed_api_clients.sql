-- 0042_seed_api_clients.sql
-- Partner API clients for the voter lookup API (/api/v1/pollingplace).
-- Keys are stored as SHA-256 digests; the plaintext is shown once to the partner.
-- Applied to voterlookup (PostgreSQL 15) on 2024-09-18.

BEGIN;

CREATE TABLE IF NOT EXISTS api_client (
    id            serial PRIMARY KEY,
    name          text        NOT NULL UNIQUE,
    contact_email text        NOT NULL,
    key_prefix    char(8)     NOT NULL,
    key_sha256    char(64)    NOT NULL,
    rate_per_min  integer     NOT NULL DEFAULT 60,
    created_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz
);

INSERT INTO api_client (name, contact_email, key_prefix, key_sha256, rate_per_min) VALUES
  ('Vote.org',              'partners@vote.org',              'vl_8f2a1', '⟦sha256:voteorg⟧', 600),
  ('League of Women Voters','it@lwv-granitestate.org',        'vl_3c9e7', '⟦sha256:lwv⟧', 300),
  ('Concord Monitor',       'newsroom-dev@concordmonitor.com','vl_71b0d', '⟦sha256:cm⟧', 120),
  ('Granite Public Radio',  'digital@granitepublicradio.org', 'vl_e4d52', '⟦sha256:gpr⟧', 120);

-- internal client for the SOS website itself. NOTE: the hash column was filled later by
-- 0043; the plaintext below was used for the load test and never rotated (ELEC-771).
INSERT INTO api_client (name, contact_email, key_prefix, key_sha256, rate_per_min) VALUES
  ('sos-website', 'elections-it@sos.granitestate.gov', 'vl_a0f93', 'PENDING', 6000);
-- plaintext for the load test: vl_a0f93⟦generic_api_key_alnum40:soswebsite⟧

COMMIT;
