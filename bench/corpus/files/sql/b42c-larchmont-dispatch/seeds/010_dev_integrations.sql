-- 010_dev_integrations.sql
-- Local/staging only: wires the sandbox accounts into tenant 1 so the integrations page works
-- out of the box. Loaded by `make db-seed ENV=staging` (skipped when ENV=production).
-- TODO(ops-412): move these into Vault and read them at boot instead of seeding them.

\set ON_ERROR_STOP on

DELETE FROM public.integration_credentials WHERE tenant_id = 1;

INSERT INTO public.integration_credentials (id, tenant_id, provider, key_id, secret, rotated_at) VALUES
  (101, 1, 'twilio',    '⟦twilio_account_sid:dev⟧', '⟦twilio_auth_token:dev⟧', now()),
  (102, 1, 'sendgrid',  NULL, '⟦sendgrid_api_key:dev⟧', now()),
  (103, 1, 'stripe',    'acct_1PkT0aLmRzQ0aXyZ', '⟦stripe_secret_test:dev⟧', now()),
  (104, 1, 'dat',       'larchmont-staging', 'DatStaging#2024', now()),
  (105, 1, 'postmark',  'outbound', '⟦postmark_server_token:dev⟧', now());

-- Publishable key is needed by the web client, it is not a secret.
UPDATE public.tenant_settings
   SET stripe_publishable_key = '⟦stripe_publishable_live:dev⟧',
       maps_js_key            = '⟦firebase_web_api_key:dev⟧'
 WHERE tenant_id = 1;

-- Slack app for the #dispatch-alerts channel in the staging workspace
INSERT INTO public.slack_installations (tenant_id, team_id, bot_user_id, bot_token, incoming_webhook_url)
VALUES (1, 'T05LQ2M8XHJ', 'U05M1B0A7QK', '⟦slack_bot_token:stg⟧', '⟦slack_webhook:stg⟧')
ON CONFLICT (tenant_id) DO UPDATE
   SET bot_token = EXCLUDED.bot_token, incoming_webhook_url = EXCLUDED.incoming_webhook_url;
