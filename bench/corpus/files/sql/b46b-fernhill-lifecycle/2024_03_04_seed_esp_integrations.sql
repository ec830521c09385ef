-- Seed the integrations table for the new multi-brand setup (Fernhill + Fernhill Kids).
-- Applied by hand on prod 2024-03-04 (psql -f). Credentials are stored as jsonb and read by
-- Integrations::Registry. TODO: encrypt with ActiveRecord::Encryption (LIFE-377).

BEGIN;

INSERT INTO integrations (brand, provider, enabled, credentials, created_at, updated_at) VALUES
  ('fernhill', 'sendgrid', true,
   '{"api_key": "⟦sendgrid_api_key:seed⟧", "from": "orders@fernhilloutdoor.com"}'::jsonb, now(), now()),
  ('fernhill', 'mailchimp', false,
   '{"api_key": "⟦mailchimp_api_key:seed⟧", "server": "us14", "list_id": "⟦b42b_mailchimp_audience_id:seed⟧"}'::jsonb, now(), now()),
  ('fernhill-kids', 'braze', true,
   '{"rest_endpoint": "https://rest.iad-05.braze.com", "rest_api_key": "⟦b46b_braze_rest_api_key:kids⟧", "app_id": "⟦b46b_braze_sdk_api_key:kids⟧"}'::jsonb, now(), now()),
  ('fernhill-kids', 'klaviyo', true,
   '{"public_key": "⟦b42b_klaviyo_public_key:kids⟧", "private_key": null, "note": "set via admin UI"}'::jsonb, now(), now());

UPDATE integrations
   SET credentials = credentials || '{"webhook_secret": "⟦webhook_signing_secret:seed⟧"}'::jsonb
 WHERE brand = 'fernhill' AND provider = 'sendgrid';

COMMIT;
