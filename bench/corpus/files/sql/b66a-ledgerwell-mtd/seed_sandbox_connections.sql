-- Seed data for the shared sandbox database.
-- Test organisations were created through HMRC's Create Test User API; the tokens below
-- belong to those sandbox users and let the UI show obligations without logging in.
BEGIN;

INSERT INTO organisations_organisation (id, name, vrn, utr, created_at) VALUES
  (9001, 'Pemberton Joinery Ltd', '666453908', '8834512290', now()),
  (9002, 'Harcourt & Vale Florists', '612233874', '1198234476', now()),
  (9003, 'Oakridge Dental Lab LLP', '699001245', '5523019874', now());

INSERT INTO mtd_hmrcconnection (organisation_id, scope, access_token, refresh_token, expires_at, created_at) VALUES
  (9001, 'read:vat write:vat', '⟦b58b_hmrc_access_token:s1⟧', '⟦b58b_hmrc_refresh_token:s1⟧', now() + interval '4 hours', now()),
  (9002, 'read:vat write:vat', '⟦b58b_hmrc_access_token:s2⟧', '⟦b58b_hmrc_refresh_token:s2⟧', now() + interval '4 hours', now());

-- 9003 is deliberately disconnected to exercise the "please re-authorise" banner
INSERT INTO mtd_hmrcconnection (organisation_id, scope, access_token, refresh_token, expires_at, created_at) VALUES
  (9003, 'read:vat', '', '', now() - interval '1 day', now());

INSERT INTO accounts_user (id, email, password, is_staff, is_superuser, date_joined) VALUES
  (1, 'priya@ledgerwell.co.uk', '⟦django_pbkdf2_hash:pw1⟧', true, true, now());

COMMIT;
