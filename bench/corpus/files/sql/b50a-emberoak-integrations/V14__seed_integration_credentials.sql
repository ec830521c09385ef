-- V14: move integration credentials out of .env into the hub database (OPS-402).
-- "Temporary": credentials are stored in clear until KMS envelope encryption lands (OPS-419).

CREATE TABLE IF NOT EXISTS integration_credentials (
    id            serial PRIMARY KEY,
    provider      text        NOT NULL,
    location_key  text,
    label         text        NOT NULL,
    client_id     text,
    secret        text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    rotated_at    timestamptz
);

CREATE TABLE IF NOT EXISTS hub_users (
    id            serial PRIMARY KEY,
    email         text UNIQUE NOT NULL,
    password_hash text NOT NULL,
    role          text NOT NULL DEFAULT 'viewer'
);

INSERT INTO integration_credentials (provider, location_key, label, client_id, secret) VALUES
  ('toast',      NULL,               'machine client',       '⟦b47a_toast_client_id:prod⟧', '⟦b47a_toast_client_secret:prod⟧'),
  ('7shifts',    NULL,               'company token',        NULL,                          '⟦b50a_7shifts_access_token:prod⟧'),
  ('marginedge', NULL,               'public api',           NULL,                          '⟦b50a_marginedge_api_key:prod⟧'),
  ('r365',       NULL,               'odata user',           'emberoak\api.integration',    'Oakfire2023!'),
  ('opentable',  'oak-and-ash',      'GuestCenter sync',     '⟦b50a_opentable_client_id:oakash⟧', '⟦b50a_opentable_client_secret:oakash⟧'),
  ('sevenrooms', 'the-pass',         'venue group api',      '⟦b50a_sevenrooms_client_id:thepass⟧', '⟦b50a_sevenrooms_client_secret:thepass⟧');

-- hub UI users: bcrypt(12) hashes, passwords are not stored
INSERT INTO hub_users (email, password_hash, role) VALUES
  ('dana.k@emberoakhospitality.com',   '⟦bcrypt_hash:dana⟧',  'admin'),
  ('finance@emberoakhospitality.com',  '⟦bcrypt_hash:fin⟧',   'viewer'),
  ('ops@emberoakhospitality.com',      '⟦bcrypt_hash:ops⟧',   'editor');

CREATE INDEX IF NOT EXISTS integration_credentials_provider_idx ON integration_credentials (provider);
