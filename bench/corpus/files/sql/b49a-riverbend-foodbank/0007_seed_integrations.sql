-- 0007_seed_integrations.sql
-- One-off seed run on the production box after the 2023 rebuild (pg_restore lost the integrations table).
-- Run with: psql -h 10.116.0.4 -U shifts_app shifts -f 0007_seed_integrations.sql

BEGIN;

CREATE TABLE IF NOT EXISTS integrations_credential (
    id          serial PRIMARY KEY,
    provider    varchar(40)  NOT NULL,
    label       varchar(120) NOT NULL,
    username    varchar(200),
    secret      text         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (provider, label)
);

INSERT INTO integrations_credential (provider, label, username, secret) VALUES
    ('twilio',     'reminders',        '⟦twilio_account_sid:rb⟧', '⟦twilio_auth_token:sql⟧'),
    ('givebutter', 'dashboard totals', NULL,                      '⟦b49a_givebutter_api_key:sql⟧'),
    ('mailchimp',  'newsletter sync',  'riverbendfoodbank',       '⟦mailchimp_api_key:rb⟧');

-- staff logins for the admin (hashes copied from the old box; Django pbkdf2, not recoverable)
INSERT INTO auth_user (username, email, password, is_staff, is_superuser, is_active, first_name, last_name, date_joined) VALUES
    ('marisol', 'marisol@riverbendfoodbank.org', '⟦django_pbkdf2_hash:m⟧', true, true, true, 'Marisol', 'Vega', now()),
    ('dale',    'dale@riverbendfoodbank.org',    '⟦django_pbkdf2_hash:d⟧', true, false, true, 'Dale', 'Kowalski', now());

COMMIT;
