-- Dev/staging seed for the CMS. Run: mysql cms < db/seed_dev.sql
SET NAMES utf8mb4;

CREATE USER IF NOT EXISTS 'cms_app'@'%' IDENTIFIED BY 'App_Pass_2022';
GRANT SELECT, INSERT, UPDATE, DELETE ON cms.* TO 'cms_app'@'%';
CREATE USER IF NOT EXISTS 'cms_ro'@'%' IDENTIFIED WITH mysql_native_password AS '*⟦sha1:ro⟧';

INSERT INTO users (id, email, password, is_staff) VALUES
  (1, 'admin@cms.test', '⟦django_pbkdf2_hash⟧', 1),
  (2, 'editor@cms.test', '⟦django_pbkdf2_hash⟧', 1),
  (3, 'reader@cms.test', '!', 0);

INSERT INTO settings (`key`, `value`) VALUES
  ('site_name', 'Acme Journal (staging)'),
  ('mailchimp_api_key', '⟦mailchimp_api_key⟧'),
  ('recaptcha_site_key', '⟦recaptcha_site_key⟧'),
  ('recaptcha_secret_key', '⟦recaptcha_secret⟧'),
  ('unsplash_access_key', '⟦unsplash_access_key⟧'),
  ('ga_measurement_id', 'G-7KQ2M9X1LP'),
  ('smtp_password', 'Journal2023!');
