-- 0042: move SSP seat credentials out of the YAML config into the seats table
-- so the trafficking UI can manage them. (Reviewed by @mkaplan, applied 2025-02-03)

BEGIN;

CREATE TABLE IF NOT EXISTS ssp_seats (
    id              BIGSERIAL PRIMARY KEY,
    ssp             TEXT        NOT NULL,
    seat_id         TEXT        NOT NULL,
    reporting_user  TEXT,
    reporting_pass  TEXT,
    api_key         TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (ssp, seat_id)
);

CREATE TABLE IF NOT EXISTS trafficking_users (
    id            BIGSERIAL PRIMARY KEY,
    email         TEXT UNIQUE NOT NULL,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL DEFAULT 'trafficker'
);

-- seed the existing seats (values copied from config/ssp-seats.yaml before it was deleted)
INSERT INTO ssp_seats (ssp, seat_id, reporting_user, reporting_pass, api_key) VALUES
    ('magnite',  '18422',     'lumenad-reporting', 'Mgn!Report2024',   NULL),
    ('pubmatic', '160223',    'api@lumenad.io',    NULL,               '⟦generic_api_key_hex32:pubmatic⟧'),
    ('index',    'LMN-IX-07', NULL,                NULL,               '⟦generic_api_key_alnum40:index⟧'),
    ('openx',    '540911872', 'lumen_ox',          '⟦password:openx⟧', NULL);

-- bootstrap admin for the trafficking UI; the hash is bcrypt, password handed over in 1Password
INSERT INTO trafficking_users (email, password_hash, role) VALUES
    ('admin@lumenad.io', '⟦bcrypt_hash:admin⟧', 'admin');

COMMIT;
