-- 0042_seed_integrations.sql
-- Seeds the demo organisation on staging with working integrations so sales can demo bank feeds.
-- Run after 0041. (generated from staging on 2024-05-20 with pg_dump --data-only, trimmed by hand)

BEGIN;

INSERT INTO core_organisation (id, name, nzbn, gst_number, created_at)
VALUES (8812, 'Kōwhai Demo Café Ltd', '9429049873216', '128-445-903', now());

INSERT INTO auth_user (id, username, email, password, is_staff, is_active, date_joined)
VALUES (501, 'demo@kowhailedger.co.nz', 'demo@kowhailedger.co.nz',
        'pbkdf2_sha256$720000$PqOWn2gbC4h1tZ8JdWbWGk$Zx2r6qjQ5l3T0A5nBsXqQmpjRj2kk2oQq5FJ3Xf5w1E=', false, true, now());

INSERT INTO integrations_xeroconnection (org_id, tenant_id, tenant_name, refresh_token, scopes, connected_at)
VALUES (8812, '⟦uuid:xero-tenant⟧', 'Kōwhai Demo Café',
        '⟦b64a_xero_refresh_token:demo⟧',
        'openid profile email accounting.transactions accounting.contacts offline_access', now());

INSERT INTO integrations_bankconnection (org_id, provider, external_user_id, token, token_encrypted, connected_at)
VALUES (8812, 'akahu', 'user_clx8m0m5c000108l4a7f0hq2s', '⟦b64a_akahu_user_token:seed⟧', false, now());

INSERT INTO integrations_bankaccount (org_id, provider_account_id, name, formatted_account, xero_account_code)
VALUES
  (8812, 'acc_clx8m0q9a000208l4c3nfb7vd', 'Cheque', '01-0242-0123456-00', '090'),
  (8812, 'acc_clx8m0qkz000308l4bn4f2y6e', 'Savings', '01-0242-0123456-01', '091');

COMMIT;
