-- 0042_seed_flag_clients.sql
-- Seeds the api_tokens table of the self-hosted Unleash (schema from unleash 6.x) so that the
-- staging stack comes up with the same tokens as before the DB rebuild (PLAT-402).
-- Unleash stores the token secret in clear text in this column.

BEGIN;

INSERT INTO api_tokens (secret, username, type, environment, project, created_at, expires_at, seen_at, alias, token_name)
VALUES
  ('⟦b40b_unleash_client_token:web⟧', 'pinecrest-web', 'client', 'production', 'default', now(), NULL, NULL, NULL, 'pinecrest-web'),
  ('⟦b40b_unleash_client_token:worker⟧', 'pinecrest-worker', 'client', 'production', 'default', now(), NULL, NULL, NULL, 'pinecrest-worker'),
  ('⟦b60b_unleash_frontend_token:prod⟧', 'edge-spa', 'frontend', 'production', 'default', now(), NULL, NULL, NULL, 'edge-spa'),
  ('⟦b60b_unleash_admin_token:tf⟧', 'terraform', 'admin', '*', '*', now(), NULL, NULL, NULL, 'terraform');

INSERT INTO api_token_project (secret, project)
SELECT secret, 'default' FROM api_tokens WHERE project = 'default'
ON CONFLICT DO NOTHING;

COMMIT;
