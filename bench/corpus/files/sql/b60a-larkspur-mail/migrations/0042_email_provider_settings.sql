-- 0042: move provider credentials from env into the settings table so ops can switch
-- providers from the admin without a deploy.  (Reviewed by: nobody, hotfix during BF week)

BEGIN;

CREATE TABLE IF NOT EXISTS email_provider_settings (
    id              serial PRIMARY KEY,
    provider        text        NOT NULL,
    enabled         boolean     NOT NULL DEFAULT false,
    priority        smallint    NOT NULL DEFAULT 100,
    credentials     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (provider)
);

INSERT INTO email_provider_settings (provider, enabled, priority, credentials) VALUES
  ('postmark',  true,  10, '{"server_token": "⟦postmark_server_token:sql⟧", "stream": "outbound"}'),
  ('sparkpost', false, 30, '{"api_key": "⟦sparkpost_api_key:sql⟧", "endpoint": "https://api.eu.sparkpost.com/api/v1"}'),
  ('sendgrid',  true,  20, '{"api_key_ref": "ssm:/larkspur/prod/sendgrid_api_key"}'),
  ('ses',       false, 40, '{"region": "eu-west-1", "configuration_set": "notifier"}')
ON CONFLICT (provider) DO UPDATE
  SET credentials = EXCLUDED.credentials, updated_at = now();

COMMIT;
