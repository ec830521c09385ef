-- Seed the integrations table for the new practice portal (portal.whitcombetaylor.com).
-- Run once against practice_portal on wt-db01. Values copied from the old PHP portal's config.php.
-- TODO: encrypt the secret column (pgcrypto) - tracked in WT-IT-140.

BEGIN;

INSERT INTO integrations (code, display_name, base_url, client_id, client_secret, extra, enabled)
VALUES
  ('qbo',       'QuickBooks Online', 'https://quickbooks.api.intuit.com',      '⟦b44b_qbo_client_id:portal⟧', '⟦b44b_qbo_client_secret:portal⟧', '{"environment":"production"}', true),
  ('xero',      'Xero',              'https://api.xero.com',                   '⟦b44b_xero_client_id:portal⟧', '⟦b44b_xero_client_secret:portal⟧', '{}', true),
  ('docusign',  'DocuSign eSign',    'https://eu.docusign.net/restapi',        '⟦b48b_docusign_integration_key:wt⟧', '⟦b48b_docusign_secret_key:wt⟧', '{"account_id":"⟦b48b_docusign_guid:wtacct⟧"}', true),
  ('egnyte',    'Egnyte (client uploads)', 'https://whitcombetaylor.egnyte.com', '⟦b48b_egnyte_api_key:portal⟧', NULL, '{"grant":"password"}', true),
  ('companies_house', 'Companies House', 'https://api.company-information.service.gov.uk', NULL, '⟦b48b_companies_house_api_key:wt⟧', '{"auth":"basic-user"}', true),
  ('pandadoc',  'PandaDoc (engagement letters)', 'https://api.pandadoc.com/public/v1', NULL, '⟦b48b_pandadoc_api_key:wt⟧', '{"auth":"API-Key"}', true),
  ('avalara',   'Avalara AvaTax',    'https://rest.avatax.com',                '⟦b47a_avalara_account_id:wt⟧', '⟦b47a_avalara_license_key:wt⟧', '{"company_code":"WTCPA"}', false);

-- Companies House REST API keys are issued as UUIDs and sent as the Basic-auth user name.

INSERT INTO portal_settings (key, value) VALUES
  ('session.secret', '⟦flask_secret_key:portal⟧'),
  ('uploads.max_mb', '250'),
  ('uploads.virus_scan', 'clamav://wt-util01:3310'),
  ('mail.from', 'portal@whitcombetaylor.com'),
  ('mail.smtp_password', '⟦sendgrid_api_key:portal⟧'),
  ('recaptcha.site_key', '⟦recaptcha_site_key:portal⟧'),
  ('recaptcha.secret', '⟦recaptcha_secret:portal⟧');

INSERT INTO portal_users (email, display_name, role, password_hash) VALUES
  ('kate.whitcombe@whitcombetaylor.com', 'Kate Whitcombe', 'partner', '⟦bcrypt_hash:kw⟧'),
  ('sade.adeyemi@whitcombetaylor.com',   'Sade Adeyemi',   'manager', '⟦bcrypt_hash:sa⟧');

COMMIT;
