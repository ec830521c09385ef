-- dev_seed.sql: local development data for tallyhq
-- psql "$DATABASE_URL" -f db/dev_seed.sql

TRUNCATE users, companies, integrations, cards RESTART IDENTITY CASCADE;

INSERT INTO companies (id, name, stripe_account, created_at) VALUES
  (1, 'Pilotco Inc',        'acct_1PbX7oGq4NbVZ1xk', now()),
  (2, 'Brightside Dental',  'acct_1PcA2nR8uYtZ0mLq', now());

-- passwords are all "tally-dev" (bcrypt cost 12)
INSERT INTO users (id, company_id, email, role, password_hash) VALUES
  (1, 1, 'admin@pilotco.example',      'owner',    '⟦bcrypt_hash:dev⟧'),
  (2, 1, 'ana.ruiz@pilotco.example',   'employee', '⟦bcrypt_hash:dev⟧'),
  (3, 2, 'ops@brightside.example',     'owner',    '⟦bcrypt_hash:dev⟧');

-- Plaid sandbox item for Pilotco (First Platypus Bank, user_good/pass_good)
INSERT INTO integrations (company_id, provider, external_id, access_token, metadata) VALUES
  (1, 'plaid', '⟦b44b_plaid_object_id:item⟧', '⟦b61b_plaid_sandbox_access_token⟧', '{"institution":"ins_109508","env":"sandbox"}'),
  (2, 'stripe_connect', 'acct_1PcA2nR8uYtZ0mLq', NULL, '{"mode":"test"}'),
  (1, 'checkbook', NULL, '⟦b61b_checkbook_secret_key:dev⟧', '{"key":"⟦b61b_checkbook_publishable_key:dev⟧","env":"sandbox"}');

INSERT INTO cards (company_id, user_id, stripe_card_id, last4, status, limit_cents) VALUES
  (1, 2, '⟦b61b_stripe_issuing_id:ic-a⟧', '4242', 'active', 50000),
  (1, 2, '⟦b61b_stripe_issuing_id:ic-b⟧', '0005', 'inactive', 25000);
