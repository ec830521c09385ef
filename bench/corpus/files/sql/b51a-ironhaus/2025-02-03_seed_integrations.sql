-- Ironhaus booking DB: integration credentials + staff accounts for the Glofox pilot
-- Run once on prod after migration 0031_integration_credentials.
-- Author: ana.dev  (yes, these should come from SSM; see IH-430)

BEGIN;

INSERT INTO studios (id, slug, name, timezone, platform, external_site_id) VALUES
  ('⟦uuid:st-west⟧', 'westside',  'Ironhaus Westside',  'America/Los_Angeles', 'mindbody', '512847'),
  ('⟦uuid:st-down⟧', 'downtown',  'Ironhaus Downtown',  'America/Los_Angeles', 'mindbody', '512851'),
  ('⟦uuid:st-north⟧', 'northgate', 'Ironhaus Northgate', 'America/Los_Angeles', 'mindbody', '513002'),
  ('⟦uuid:st-east⟧', 'eastside',  'Ironhaus Eastside',  'America/Los_Angeles', 'glofox',   '⟦b51a_glofox_branch_id:eastside⟧');

INSERT INTO integration_credentials (studio_id, provider, key_name, secret_value, created_by) VALUES
  ('⟦uuid:st-east⟧', 'glofox', 'api_key',   '⟦b51a_glofox_api_key:eastside⟧',   'ana.dev'),
  ('⟦uuid:st-east⟧', 'glofox', 'api_token', '⟦b51a_glofox_api_token:eastside⟧', 'ana.dev'),
  ('⟦uuid:st-north⟧', 'mindbody', 'staff_user_token', '⟦b51a_mindbody_user_token:seed⟧', 'ana.dev');

-- staff logins for the new coach portal; password_hash is bcrypt(cost 12), set by the reset flow
INSERT INTO staff_users (id, email, display_name, role, password_hash) VALUES
  ('⟦uuid:u1⟧', 'marco@ironhausfitness.com', 'Marco Gutierrez', 'gm',    '⟦bcrypt_hash:u1⟧'),
  ('⟦uuid:u2⟧', 'priya@ironhausfitness.com', 'Priya Shah',      'coach', '⟦bcrypt_hash:u2⟧'),
  ('⟦uuid:u3⟧', 'jonah@ironhausfitness.com', 'Jonah Park',      'coach', '⟦bcrypt_hash:u3⟧');

UPDATE feature_flags SET enabled = true WHERE name IN ('glofox_eastside', 'waitlist_auto_promote');

COMMIT;
