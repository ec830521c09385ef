-- V42: service accounts for partner integrations on the customer portal API.
-- Portal users authenticate with bcrypt-hashed passwords (portal_users.password_hash).
-- Partner API keys: we store SHA-256(key) only, EXCEPT the retailer switching integration which
-- still uses the legacy shared secret column until the retailer moves to mTLS (NWP-2231).

CREATE TABLE IF NOT EXISTS partner_accounts (
  id              NUMBER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partner_code    VARCHAR2(32) NOT NULL UNIQUE,
  display_name    VARCHAR2(128) NOT NULL,
  api_key_sha256  RAW(32),
  legacy_secret   VARCHAR2(128),
  scopes          VARCHAR2(512) NOT NULL,
  created_at      TIMESTAMP DEFAULT SYSTIMESTAMP
);

INSERT INTO partner_accounts (partner_code, display_name, api_key_sha256, legacy_secret, scopes) VALUES
  ('HARDSHIP-NGO', 'Community Energy Hardship Fund', HEXTORAW('⟦sha256:ngo⟧'), NULL, 'accounts:read payments:plan');

INSERT INTO partner_accounts (partner_code, display_name, api_key_sha256, legacy_secret, scopes) VALUES
  ('RETAIL-SWITCH', 'Registry switching gateway', NULL, '⟦generic_api_key_alnum40:switch⟧', 'icp:read switches:write');

INSERT INTO partner_accounts (partner_code, display_name, api_key_sha256, legacy_secret, scopes) VALUES
  ('SOLAR-EXPORT', 'Solar export credit reconciliation', HEXTORAW('⟦sha256:solar⟧'), NULL, 'reads:read');

-- break-glass portal admin (password rotated quarterly, hash only)
INSERT INTO portal_users (email, password_hash, role, mfa_required) VALUES
  ('breakglass@northmere.co.nz', '⟦bcrypt_hash:bg⟧', 'ADMIN', 1);

-- test customer for the UAT smoke test; the password is in the UAT test plan
INSERT INTO portal_users (email, password_hash, role, mfa_required) VALUES
  ('uat.customer01@northmere.co.nz', '⟦bcrypt_hash:uat⟧', 'CUSTOMER', 0);
-- uat.customer01 login: Welcome2Northmere!

COMMIT;
