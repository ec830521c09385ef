-- Restore of forum.fernhollow.org backup into staging (2024-03-21, tobias)
-- Run inside: ./launcher enter app && su postgres -c 'psql discourse'
-- After a restore, staging still points at production integrations. These statements
-- re-point them. Values for staging are in the "staging" section of the infra vault;
-- I copied them here so I can paste the whole file next time.

BEGIN;

-- 1. Stop outgoing mail and webhooks
UPDATE site_settings SET value = 'true'  WHERE name = 'disable_emails';
UPDATE site_settings SET value = 'false' WHERE name = 'chat_integration_enabled';
UPDATE web_hooks SET active = false;

-- 2. Staging-only integrations
UPDATE site_settings SET value = '⟦b53c_akismet_api_key:staging⟧' WHERE name = 'akismet_api_key';
UPDATE site_settings SET value = 'https://staging-members.fernhollow.org/sso/discourse/' WHERE name = 'discourse_connect_url';
UPDATE site_settings SET value = '⟦b53c_discourse_connect_secret:staging⟧' WHERE name = 'discourse_connect_secret';
UPDATE site_settings
   SET value = '⟦telegram_bot_token:staging⟧'
 WHERE name = 'chat_integration_telegram_access_token';

-- 3. S3: staging uses its own bucket
UPDATE site_settings SET value = 'fernhollow-forum-staging' WHERE name = 's3_upload_bucket';
UPDATE site_settings SET value = '⟦aws_access_key_id:staging⟧' WHERE name = 's3_access_key_id';
UPDATE site_settings SET value = '⟦aws_secret_access_key:staging⟧' WHERE name = 's3_secret_access_key';

-- 4. Make the test accounts usable again (hash is for 'staging', computed by Discourse itself
--    with PBKDF2 on a throwaway account, not a real user's password)
UPDATE users SET active = true, approved = true WHERE username IN ('test_member', 'test_steward');
UPDATE user_passwords
   SET password_hash = '⟦sha256:staging-pw⟧',
       password_salt = '⟦md5:salt⟧',
       password_algorithm = '$pbkdf2-sha256$i=600000,l=32$'
 WHERE user_id IN (SELECT id FROM users WHERE username IN ('test_member', 'test_steward'));

COMMIT;

-- sanity
SELECT name, LEFT(value, 4) || '…' AS value FROM site_settings
 WHERE name IN ('akismet_api_key', 'discourse_connect_secret', 's3_access_key_id')
 ORDER BY name;
