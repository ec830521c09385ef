-- harborline storefront: integrations table seed (run once per environment)
-- generated from the ops spreadsheet by scripts/seed-integrations.ts; prod values were meant to be
-- replaced by `\set` variables before committing. They weren't (see HL-240).

BEGIN;

CREATE TABLE IF NOT EXISTS integrations (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider     text NOT NULL,
  environment  text NOT NULL CHECK (environment IN ('production', 'staging')),
  public_key   text,
  secret_key   text,
  extra        jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (provider, environment)
);

INSERT INTO integrations (id, provider, environment, public_key, secret_key, extra) VALUES
  ('⟦uuid:i1⟧', 'stripe', 'production', '⟦stripe_publishable_live:hl⟧', '⟦stripe_secret_live:hl⟧', '{"webhook_secret": "⟦stripe_webhook_secret:hl⟧"}'),
  ('⟦uuid:i2⟧', 'stripe', 'staging', '⟦b42b_stripe_publishable_test:st⟧', '⟦stripe_secret_test:st⟧', '{}'),
  ('⟦uuid:i3⟧', 'algolia', 'production', '⟦algolia_search_key:hl⟧', '⟦algolia_admin_key:hl⟧', '{"app_id": "⟦b40b_algolia_app_id:hl⟧"}'),
  ('⟦uuid:i4⟧', 'klaviyo', 'production', 'Xq7T2k', '⟦b39a_klaviyo_private_key:hl⟧', '{"list_id": "RzUb4K"}'),
  ('⟦uuid:i5⟧', 'shopify', 'production', NULL, '⟦shopify_admin_token:hl⟧', '{"domain": "harborline.myshopify.com", "api_version": "2024-04"}'),
  ('⟦uuid:i6⟧', 'sentry', 'production', '⟦sentry_dsn:hl⟧', NULL, '{}');

COMMIT;
