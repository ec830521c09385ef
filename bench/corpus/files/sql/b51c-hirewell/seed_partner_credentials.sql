-- seed_partner_credentials.sql
-- Dev/staging seed for the integration credentials table. Loaded by `make seed-staging`.
-- Values are the *sandbox* accounts vendors gave us for certification.
BEGIN;

TRUNCATE tenants_integrationcredential CASCADE;

INSERT INTO tenants_tenant (id, slug, name, ats, created_at) VALUES
  ('9b2f6c3e-1d0a-4f55-8a57-2b8e0d6f1c40', 'acme-robotics',  'Acme Robotics (sandbox)',  'greenhouse',       now()),
  ('0c7a2d18-6e44-4b0f-9a1b-7f3e2c8d5a11', 'northpeak',      'Northpeak (sandbox)',      'workable',         now()),
  ('5e1b9a70-2c3d-4e8f-9b6a-1a2b3c4d5e6f', 'fjordline',      'Fjordline (sandbox)',      'smartrecruiters',  now()),
  ('7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', 'lumen-health',   'Lumen Health (sandbox)',   'ashby',            now());

-- secret_plain is encrypted by the post-seed hook (./manage.py encrypt_seeded_credentials)
INSERT INTO tenants_integrationcredential (id, tenant_id, provider, kind, secret_plain, last4, created_by) VALUES
  ('cred_sbx_gh',  '9b2f6c3e-1d0a-4f55-8a57-2b8e0d6f1c40', 'greenhouse',      'harvest',  '⟦b51c_greenhouse_harvest_key:sbx⟧', 'seed', 'seed'),
  ('cred_sbx_wk',  '0c7a2d18-6e44-4b0f-9a1b-7f3e2c8d5a11', 'workable',        'token',    '⟦b51c_workable_access_token:sbx⟧', 'seed', 'seed'),
  ('cred_sbx_sr',  '5e1b9a70-2c3d-4e8f-9b6a-1a2b3c4d5e6f', 'smartrecruiters', 'api_key',  '⟦b51c_smartrecruiters_api_key:sbx⟧', 'seed', 'seed'),
  ('cred_sbx_ab',  '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', 'ashby',           'api_key',  '⟦b51c_ashby_api_key:sbx⟧', 'seed', 'seed');

INSERT INTO auth_user (username, email, password, is_staff, is_superuser, date_joined) VALUES
  ('seed-admin', 'seed-admin@hirewell.io', '⟦django_pbkdf2_hash⟧', true, true, now());

COMMIT;
