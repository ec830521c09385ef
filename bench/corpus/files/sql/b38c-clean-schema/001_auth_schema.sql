-- Auth schema. Secrets are never stored in plain text: passwords as argon2id, API tokens as SHA-256
-- digests, OAuth client secrets as bcrypt.

CREATE TABLE users (
    id              bigserial PRIMARY KEY,
    email           citext NOT NULL UNIQUE,
    password_hash   text   NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_tokens (
    id            bigserial PRIMARY KEY,
    user_id       bigint NOT NULL REFERENCES users(id),
    token_prefix  varchar(12) NOT NULL,  -- first chars shown in the UI, e.g. 'ak_live_3f9a'
    token_digest  bytea  NOT NULL,       -- sha256(token)
    last_used_at  timestamptz
);

CREATE TABLE oauth_clients (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name           text NOT NULL,
    secret_hash    text NOT NULL,
    redirect_uris  text[] NOT NULL
);

-- fixtures for the local environment only
INSERT INTO users (email, password_hash) VALUES
    ('admin@shop.test', '⟦argon2_hash⟧'),
    ('support@shop.test', '⟦argon2_hash⟧');

INSERT INTO api_tokens (user_id, token_prefix, token_digest) VALUES
    (1, 'ak_test_9c1e', decode('⟦sha256:t1⟧', 'hex'));

INSERT INTO oauth_clients (id, name, secret_hash, redirect_uris) VALUES
    ('⟦uuid:oc⟧', 'local-dashboard', '⟦bcrypt_hash⟧', ARRAY['http://localhost:5173/callback']);
