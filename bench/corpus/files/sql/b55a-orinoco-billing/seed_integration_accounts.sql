-- seed_integration_accounts.sql
-- Portal admin users and outbound integration credentials for the billing portal (Db2 LUW, schema PORTAL).
-- Generated from the UAT refresh on 2025-02-27 and checked in "so UAT can be rebuilt".
-- Admin passwords are bcrypt hashes (the portal verifies them); integration secrets are stored
-- as-is because the portal has to send them.

SET SCHEMA PORTAL;

INSERT INTO ADMIN_USER (USER_ID, EMAIL, PASSWORD_HASH, ROLE, CREATED_AT) VALUES
  (1, 'akaur@orinocoutilities.com',   '⟦bcrypt_hash:akaur⟧',  'FINANCE_ADMIN', CURRENT TIMESTAMP),
  (2, 'jpr@orinocoutilities.com',     '⟦bcrypt_hash:jpr⟧',    'SUPER_ADMIN',   CURRENT TIMESTAMP),
  (3, 'support@orinocoutilities.com', '⟦bcrypt_hash:supp⟧',   'SUPPORT',       CURRENT TIMESTAMP);

INSERT INTO INTEGRATION_CREDENTIAL (NAME, KIND, CLIENT_ID, SECRET_VALUE, NOTES) VALUES
  ('stripe',         'API_KEY',     NULL,            '⟦stripe_secret_live:portal⟧',           'live key - UAT uses it in "shadow" mode'),
  ('twilio',         'AUTH_TOKEN',  '⟦twilio_account_sid:seed⟧', '⟦twilio_auth_token:seed⟧', 'outage SMS'),
  ('zos-connect',    'BASIC',       'ORNPORT',       '⟦b55a_racf_password:ornport⟧',          'legacy account lookup (CICS ORNA)'),
  ('collections-ftp','PASSWORD',    'orinoco_col',   'Orinoco$2011',                          'same as BILLSECR copybook'),
  ('sendgrid',       'API_KEY',     NULL,            '${SENDGRID_API_KEY}',                   'injected at runtime');

COMMIT;
