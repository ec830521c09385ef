-- V17__seed_payment_providers.sql
-- Flyway migration: move payment provider credentials out of application.yml into the
-- provider_config table so ops can rotate them without a redeploy (TICKET BILL-482).
-- NOTE: encrypt_at_rest trigger lands in V18; until then values are stored as-is.

CREATE TABLE IF NOT EXISTS billing.provider_config (
    id              BIGSERIAL PRIMARY KEY,
    provider        VARCHAR(32)  NOT NULL,
    environment     VARCHAR(16)  NOT NULL DEFAULT 'live',
    config_key      VARCHAR(64)  NOT NULL,
    config_value    TEXT         NOT NULL,
    is_secret       BOOLEAN      NOT NULL DEFAULT TRUE,
    rotated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (provider, environment, config_key)
);

INSERT INTO billing.provider_config (provider, environment, config_key, config_value, is_secret) VALUES
    ('stripe', 'live', 'secret_key',       '⟦stripe_restricted_live⟧', TRUE),
    ('stripe', 'live', 'webhook_secret',   '⟦stripe_webhook_secret⟧', TRUE),
    ('stripe', 'live', 'publishable_key',  '⟦stripe_publishable_live⟧', FALSE),
    ('paypal', 'live', 'client_id',        '⟦paypal_client_id⟧', FALSE),
    ('paypal', 'live', 'client_secret',    '⟦paypal_client_secret⟧', TRUE),
    ('adyen',  'live', 'merchant_account', 'NorthwindRetailECOM', FALSE),
    ('adyen',  'live', 'api_key',          '⟦adyen_api_key⟧', TRUE),
    ('adyen',  'live', 'hmac_key',         '⟦encryption_key_hex:adyen_hmac⟧', TRUE)
ON CONFLICT (provider, environment, config_key) DO UPDATE
    SET config_value = EXCLUDED.config_value,
        rotated_at   = now();

-- sandbox rows for the staging stack (test mode keys are shared with QA)
INSERT INTO billing.provider_config (provider, environment, config_key, config_value, is_secret) VALUES
    ('stripe', 'test', 'secret_key',     '⟦stripe_secret_test⟧', TRUE),
    ('paypal', 'test', 'client_secret',  '${PAYPAL_SANDBOX_SECRET}', TRUE)
ON CONFLICT DO NOTHING;

-- audit trail
INSERT INTO billing.audit_log (actor, action, details, created_at)
VALUES ('flyway', 'seed_provider_config', '{"migration": "V17", "checksum": "⟦sha1:mig⟧"}', now());

CREATE INDEX IF NOT EXISTS provider_config_provider_env_idx
    ON billing.provider_config (provider, environment);

COMMENT ON TABLE billing.provider_config IS 'Payment provider credentials and settings (see BILL-482)';
