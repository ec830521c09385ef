-- V12: local break-glass users for VulnDashboard (SSO is primary) + risk exception table.
-- Passwords are bcrypt hashes produced by BCrypt.Net (work factor 12); plaintext for the
-- break-glass account is in CyberArk (safe VULNOPS-APP). Hashes are not usable to log in.

CREATE TABLE IF NOT EXISTS local_users (
    id            bigserial PRIMARY KEY,
    username      text NOT NULL UNIQUE,
    password_hash text NOT NULL,
    role          text NOT NULL CHECK (role IN ('admin', 'analyst', 'viewer')),
    disabled      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);

INSERT INTO local_users (username, password_hash, role) VALUES
    ('breakglass-admin', '⟦bcrypt_hash:bg⟧', 'admin'),
    ('report-viewer',    '⟦bcrypt_hash:rv⟧', 'viewer')
ON CONFLICT (username) DO NOTHING;

CREATE TABLE IF NOT EXISTS risk_exceptions (
    id             bigserial PRIMARY KEY,
    asset_uuid     uuid NOT NULL,
    plugin_id      integer NOT NULL,
    justification  text NOT NULL,
    approved_by    text NOT NULL,
    expires_on     date NOT NULL,
    ticket         text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (asset_uuid, plugin_id)
);

INSERT INTO risk_exceptions (asset_uuid, plugin_id, justification, approved_by, expires_on, ticket) VALUES
    ('⟦uuid:asset1⟧', 97833, 'PACS vendor does not support SMBv1 removal until v8.2 (medical device, FDA-cleared config)', 'CISO', '2025-09-30', 'RISK-114'),
    ('⟦uuid:asset2⟧', 51192, 'Self-signed cert on isolated lab analyser, no PHI', 'd.harrow', '2025-06-30', 'RISK-121');

CREATE INDEX IF NOT EXISTS risk_exceptions_expires_idx ON risk_exceptions (expires_on);
