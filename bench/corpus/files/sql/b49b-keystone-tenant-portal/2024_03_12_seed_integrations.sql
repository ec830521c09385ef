-- Seed data for the integrations admin screen (portal v2.4).
-- Applied to staging on 2024-03-12 and to production on 2024-03-14 by dkhan.

SET NAMES utf8mb4;
START TRANSACTION;

INSERT INTO integration_providers (id, slug, name, auth_type, created_at, updated_at) VALUES
  (1, 'buildium', 'Buildium', 'header_pair', NOW(), NOW()),
  (2, 'dwolla',   'Dwolla ACH', 'client_credentials', NOW(), NOW()),
  (3, 'seam',     'Seam smart locks', 'bearer', NOW(), NOW()),
  (4, 'stripe',   'Stripe', 'bearer', NOW(), NOW());

-- credentials per portfolio (columns are encrypted by the app at rest from v2.5 on;
-- these rows were written before that migration ran)
INSERT INTO integration_credentials (provider_id, portfolio_id, label, client_id, client_secret, environment, created_at) VALUES
  (2, 10, 'Dwolla - Columbus operating', '⟦b49b_dwolla_key:cbus⟧', '⟦b49b_dwolla_secret:cbus⟧', 'production', NOW()),
  (2, 20, 'Dwolla - Dayton operating',   '⟦b49b_dwolla_key:day⟧', '⟦b49b_dwolla_secret:day⟧', 'production', NOW()),
  (1, 10, 'Buildium - Columbus',         '⟦b49b_buildium_client_id:seed⟧', '⟦b49b_buildium_client_secret:seed⟧', 'production', NOW()),
  (3, 10, 'Seam - Columbus workspace',   NULL, '⟦b49b_seam_api_key:cbus⟧', 'production', NOW());

-- admin users for the integrations screen (bcrypt, cost 12)
INSERT INTO users (name, email, password, role, created_at, updated_at) VALUES
  ('Dana Khan',     'dkhan@keystoneresidential.com',     '⟦bcrypt_hash:dk⟧', 'admin', NOW(), NOW()),
  ('Luis Morales',  'lmorales@keystoneresidential.com',  '⟦bcrypt_hash:lm⟧', 'admin', NOW(), NOW()),
  ('Portal Robot',  'robot@keystoneresidential.com',     '⟦bcrypt_hash:rb⟧', 'service', NOW(), NOW());

INSERT INTO webhook_endpoints (provider_id, url, signing_secret, active) VALUES
  (4, 'https://residents.keystoneresidential.com/webhooks/stripe', '⟦stripe_webhook_secret:seed⟧', 1);

COMMIT;
