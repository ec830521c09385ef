-- Schema for the token service. Tokens are stored hashed; no secret lives in this file.
CREATE TABLE api_tokens (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users(id),
    token_hash  char(64) NOT NULL UNIQUE,          -- sha256 of the token
    token_hint  varchar(8) NOT NULL,               -- last 4 chars shown in the UI
    scopes      text[] NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz
);

CREATE TABLE users (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email          citext NOT NULL UNIQUE,
    password_hash  text NOT NULL,                  -- argon2id
    password_reset_token_hash char(64)
);

INSERT INTO users (id, email, password_hash) VALUES
  ('⟦uuid⟧', 'seed@example.com', '⟦argon2_hash⟧');
COMMENT ON COLUMN api_tokens.token_hash IS 'sha256(token); the token itself is shown once';
