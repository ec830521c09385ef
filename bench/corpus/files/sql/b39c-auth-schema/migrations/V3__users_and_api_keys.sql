-- V3__users_and_api_keys.sql
-- Users, hashed passwords and hashed API keys. Plain-text keys are shown to the user
-- exactly once and never stored; we keep a SHA-256 of the key and its first 8 chars
-- so the dashboard can show "ak_live_3f9c…".

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE auth.users (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email          CITEXT       NOT NULL UNIQUE,
    password_hash  TEXT         NOT NULL,
    hash_algo      TEXT         NOT NULL DEFAULT 'argon2id',
    mfa_enabled    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE auth.api_keys (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        UUID         NOT NULL REFERENCES auth.users(id) ON DELETE CASCADE,
    name           TEXT         NOT NULL,
    key_prefix     CHAR(12)     NOT NULL,
    key_sha256     CHAR(64)     NOT NULL UNIQUE,
    scopes         TEXT[]       NOT NULL DEFAULT ARRAY['read'],
    last_used_at   TIMESTAMPTZ,
    revoked_at     TIMESTAMPTZ,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX api_keys_user_idx ON auth.api_keys (user_id) WHERE revoked_at IS NULL;

-- ---------------------------------------------------------------------------
-- Seed: system accounts for the staging restore. Hashes only; the passwords are
-- in the team vault ("staging / system users").
-- ---------------------------------------------------------------------------
INSERT INTO auth.users (id, email, password_hash, hash_algo, mfa_enabled) VALUES
    ('⟦uuid:u1⟧', 'ops-bot@larkspur.app',     '⟦argon2_hash:u1⟧', 'argon2id', FALSE),
    ('⟦uuid:u2⟧', 'qa-admin@larkspur.app',    '⟦argon2_hash:u2⟧', 'argon2id', TRUE),
    ('⟦uuid:u3⟧', 'legacy-import@larkspur.app', '⟦bcrypt_hash:u3⟧', 'bcrypt', FALSE),
    ('⟦uuid:u4⟧', 'django-migrated@larkspur.app', '⟦django_pbkdf2_hash:u4⟧', 'pbkdf2_sha256', FALSE);

INSERT INTO auth.api_keys (user_id, name, key_prefix, key_sha256, scopes) VALUES
    ('⟦uuid:u1⟧', 'metrics exporter', 'ak_live_3f9c', '⟦sha256:k1⟧', ARRAY['read', 'metrics']),
    ('⟦uuid:u2⟧', 'qa smoke tests',   'ak_test_b07e', '⟦sha256:k2⟧', ARRAY['read', 'write']);

-- verification helper used by the API gateway
CREATE OR REPLACE FUNCTION auth.lookup_api_key(presented TEXT)
RETURNS TABLE (user_id UUID, scopes TEXT[])
LANGUAGE sql STABLE AS $$
    SELECT k.user_id, k.scopes
      FROM auth.api_keys k
     WHERE k.key_sha256 = encode(digest(presented, 'sha256'), 'hex')
       AND k.revoked_at IS NULL;
$$;

COMMENT ON COLUMN auth.api_keys.key_sha256 IS 'hex SHA-256 of the full key; the key itself is never stored';
