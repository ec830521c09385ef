-- V12: per-tenant SMS provider configuration (Unifonic / Taqnyat)
CREATE TABLE tenant_sms_provider (
    tenant_id     UUID        NOT NULL REFERENCES tenant(id),
    provider      VARCHAR(32) NOT NULL,
    sender_id     VARCHAR(11) NOT NULL,
    credentials   JSONB       NOT NULL,
    is_default    BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, provider)
);

COMMENT ON COLUMN tenant_sms_provider.credentials IS 'TODO: encrypt with pgcrypto (RAW-512)';

-- Rawabi's own tenant (used for system OTPs)
INSERT INTO tenant_sms_provider (tenant_id, provider, sender_id, credentials, is_default) VALUES
    ('⟦uuid:t0⟧', 'taqnyat', 'RAWABI', '{"bearer": "⟦b59b_taqnyat_bearer:sql⟧"}', TRUE),
    ('⟦uuid:t0⟧', 'unifonic', 'RAWABI', '{"appSid": "⟦b59b_unifonic_appsid:sql⟧"}', FALSE);

-- Pilot customer: Al Noor Trading (they brought their own Unifonic account)
INSERT INTO tenant_sms_provider (tenant_id, provider, sender_id, credentials, is_default) VALUES
    ('⟦uuid:t1⟧', 'unifonic', 'ALNOOR', '{"appSid": "⟦b59b_unifonic_appsid:sql-alnoor⟧"}', TRUE);
