-- V12: move per-market payment/messaging settings out of the old `markets.settings` blob.
-- Data copied from prod on 2024-02-27 so staging has working integrations for the demo.
-- (values are re-encrypted by the app on first save; until then they are plain)

CREATE TABLE IF NOT EXISTS tenant_integrations (
    id            bigserial PRIMARY KEY,
    tenant_id     uuid        NOT NULL REFERENCES tenants(id),
    provider      text        NOT NULL,
    config        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    secret_enc    bytea,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, provider)
);

INSERT INTO tenant_integrations (tenant_id, provider, config) VALUES
    ('⟦uuid:ghent⟧', 'mollie',
     '{"api_key": "⟦mollie_api_key:ghent⟧", "profile_id": "⟦b42b_mollie_profile_id:ghent⟧", "methods": ["bancontact", "ideal", "creditcard"]}'),
    ('⟦uuid:ghent⟧', 'twilio',
     '{"account_sid": "⟦twilio_account_sid:ghent⟧", "auth_token": "⟦twilio_auth_token:ghent⟧", "from": "+32460201122"}'),
    ('⟦uuid:leeds⟧', 'stripe',
     '{
        "account": "⟦b42b_stripe_object_id:acct-leeds⟧",
        "secret_key": "⟦stripe_secret_live:leeds⟧",
        "publishable_key": "⟦stripe_publishable_live:leeds⟧",
        "webhook_secret": "⟦stripe_webhook_secret:leeds⟧"
      }'),
    ('⟦uuid:leeds⟧', 'sendgrid',
     '{"api_key": "⟦sendgrid_api_key:leeds⟧", "from": "stalls@leedsmarkets.example", "template_booking": "⟦b42b_sendgrid_template_id:leeds⟧"}'),
    ('⟦uuid:pune⟧', 'razorpay',
     '{
        "key_id": "⟦razorpay_key_id:pune⟧",
        "key_secret": "⟦razorpay_key_secret:pune⟧",
        "webhook_secret": "Pune$Market#Hooks24"
      }'),
    ('⟦uuid:pune⟧', 'plivo',
     '{"auth_id": "MAZDK4NJE5NGQ3ZTU1NZ", "auth_token": "⟦plivo_auth_token:pune⟧", "dlt_entity_id": "1201161234567890123"}'),
    ('⟦uuid:lyon⟧', 'brevo',
     '{"api_key": "⟦brevo_api_key:lyon⟧", "sender_id": 4}');

-- Tenants already migrated by hand keep their encrypted blob only.
INSERT INTO tenant_integrations (tenant_id, provider, config, secret_enc) VALUES
    ('⟦uuid:porto⟧', 'stripe', '{"account": "⟦b42b_stripe_object_id:acct-porto⟧"}', decode('⟦kms_ciphertext:porto|hex|slice=0-192⟧', 'hex')),
    ('⟦uuid:porto⟧', 'vonage', '{"api_key": "⟦b42b_vonage_api_key:porto⟧"}', decode('⟦kms_ciphertext:porto2|hex|slice=0-192⟧', 'hex'));

-- admin login for the demo (staging only)
UPDATE users SET password_hash = '⟦bcrypt_hash:demo⟧' WHERE email = 'demo@stallpass.app';
