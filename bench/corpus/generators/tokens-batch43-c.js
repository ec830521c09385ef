'use strict';
/** Generators added with batch43-c (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

/** 8-4-4-4-12 hex without the UUID version/variant bits (random GUID-shaped keys) */
const guidShape = (r) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;

module.exports = function register(def, plain) {
  // ---- hosting control panels ----------------------------------------------------------------
  plain('b43c_cpanel_api_token', 'cpanel', AL.upperAlnum, 32, 'https://api.docs.cpanel.net/cpanel/tokens (Authorization: cpanel username:APITOKEN; the documented tokens are 32 upper-case letters and digits, e.g. as returned by Tokens::create_full_access)');
  plain('b43c_whm_api_token', 'cpanel', AL.upperAlnum, 32, 'https://api.docs.cpanel.net/whm/tokens/ (Authorization: whm root:APITOKEN; same 32-character upper-case alphanumeric tokens as cPanel)');
  def('b43c_plesk_secret_key', 'plesk', true, 'https://docs.plesk.com/en-US/obsidian/api-rpc/about-xml-api/reference/managing-secret-keys.37121 (KEY HTTP header of XML API requests, GUID-shaped, e.g. 24f8c5e5-fcb5-bdfc-aac0-7bff0e800334; created by plesk bin secret_key -c)',
    (r) => guidShape(r));
  plain('b43c_directadmin_login_key', 'directadmin', AL.b62, 64, 'https://docs.directadmin.com/developer/api (Login Keys: a second password for the same username, used with basic auth; modelled on the 64-character random keys the Login Keys page generates)');

  // ---- CDN -----------------------------------------------------------------------------------
  def('b43c_bunny_api_key', 'bunny', true, 'https://docs.bunny.net/api-reference/authentication (AccessKey header, account API key; shape of the keys the dashboard shows: two GUIDs run together, 72 characters)',
    (r) => `${uuid(r)}${uuid(r)}`);
  def('b43c_bunny_storage_password', 'bunny', true, 'https://docs.bunny.net/api-reference/authentication (Edge Storage AccessKey = the storage zone password, also the FTP password; shape as shown in the dashboard: 8-4-4-12-4-4 hex)',
    (r) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}-${r.hex(4)}-${r.hex(4)}`);
  // Cloudflare account and zone ids: 32 hex identifiers, in every API URL; not secrets
  def('b43c_cloudflare_id', 'none', false, 'https://developers.cloudflare.com/fundamentals/account/find-account-and-zone-ids/ (account ID and zone ID, 32 hex; identifiers)',
    (r) => r.hex(32));

  // ---- static-site deploy hooks: whoever has the URL can trigger builds ----------------------
  def('b43c_netlify_build_hook', 'netlify', true, 'https://docs.netlify.com/configure-builds/build-hooks (unique build hook URL https://api.netlify.com/build_hooks/<24 hex>)',
    (r) => `https://api.netlify.com/build_hooks/${r.hex(24)}`);
  def('b43c_cf_pages_deploy_hook', 'cloudflare', true, 'https://developers.cloudflare.com/pages/configuration/deploy-hooks/ (unique deploy hook URL that accepts POST to start a deployment; .../pages/webhooks/deploy_hooks/<uuid>)',
    (r) => `https://api.cloudflare.com/client/v4/pages/webhooks/deploy_hooks/${uuid(r)}`);

  // ---- CMS secrets ---------------------------------------------------------------------------
  def('b43c_craft_security_key', 'craftcms', true, 'https://craftcms.com/docs/4.x/config/#security-key (CRAFT_SECURITY_KEY written by `php craft setup/security-key`: Yii generateRandomString(32), URL-safe base64 alphabet)',
    (r) => r.str(AL.b64url, 32));
  def('b43c_craft_app_id', 'none', false, 'https://craftcms.com/docs/4.x/config/#application-id (CRAFT_APP_ID, CraftCMS--<uuid>; namespaces caches and sessions, not a secret)',
    (r) => `CraftCMS--${uuid(r)}`);
  plain('b43c_strapi_api_token', 'strapi', AL.hex, 256, 'https://docs.strapi.io/cms/features/api-tokens (API token used as Authorization: Bearer; the admin panel issues 128 random bytes as 256 hex characters)');
  plain('b43c_directus_static_token', 'directus', `${AL.b62}-_`, 32, 'https://docs.directus.io/reference/authentication.html#static-tokens (static token set on a user, sent as access_token or Bearer; 32 URL-safe characters as the token field generates)');
  def('b43c_wp_app_password', 'wordpress', true, 'https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/ (24 characters from wp_generate_password() without special characters, displayed chunked in groups of four: abcd EFGH 1234 ijkl MNOP 6789)',
    (r) => r.str(AL.b62, 24).match(/.{4}/g).join(' '));
  plain('b43c_opencart_api_key', 'opencart', AL.b62, 256, 'https://docs.opencart.com/en-gb/system/users/api/ (System > Users > API: the generated 256-character key posted with the username to api/account/login)');

  // ---- premium plugin licences that unlock downloads (Composer repositories) ----------------
  plain('b43c_gravityforms_license_key', 'gravityforms', AL.hex, 32, 'https://docs.gravityforms.com/gf_license_key/ (GF_LICENSE_KEY constant; 32 hex characters)');
  def('b43c_acf_pro_license_key', 'acf', true, 'https://www.advancedcustomfields.com/resources/installing-acf-pro-with-composer/ (licence key used as the http-basic username for connect.advancedcustomfields.com; keys as issued: base64 of order_id=N|type=...|date=...)',
    (r) => b64(`order_id=${r.range(10000, 199999)}|type=${r.pick(['personal', 'developer', 'agency'])}|date=20${r.range(17, 23)}-${String(r.range(1, 12)).padStart(2, '0')}-${String(r.range(10, 28))} ${String(r.range(10, 23))}:${String(r.range(10, 59))}:${String(r.range(10, 59))}`));
  def('b43c_wpmdb_licence', 'deliciousbrains', true, 'https://deliciousbrains.com/wp-migrate/doc/installing-via-composer/ (licence key used as the http-basic username for composer.deliciousbrains.com; GUID-shaped as issued)',
    (r) => uuid(r));
  plain('b43c_wpmdb_connection_key', 'deliciousbrains', `${AL.b62}+/`, 40, 'https://deliciousbrains.com/wp-migrate/doc/migrating-your-first-site/ (Connection Info = site URL + secret key that lets another site push or pull the whole database; 40 characters)');

  // ---- analytics and tag management ----------------------------------------------------------
  def('b43c_ga4_measurement_id', 'none', false, 'https://support.google.com/analytics/answer/12270356 (GA4 measurement ID G-XXXXXXXXXX, public in every page tag)',
    (r) => `G-${r.str(AL.upperAlnum, 10)}`);
  plain('b43c_ga4_api_secret', 'google', `${AL.b62}-_`, 22, 'https://support.google.com/analytics/answer/9814495 (Measurement Protocol API secret, api_secret URL parameter; 22 URL-safe characters as generated in Admin > Data streams)');
  def('b43c_gtm_container_id', 'none', false, 'https://support.google.com/tagmanager/answer/6103696 (container ID GTM-XXXXXXX, public in the snippet)',
    (r) => `GTM-${r.str(AL.upperAlnum, 7)}`);
  def('b43c_gtm_env_auth', 'none', false, 'https://support.google.com/tagmanager/answer/6311518 (environment snippet gtm_auth parameter, 22 URL-safe characters; published in the page snippet)',
    (r) => r.str(`${AL.b62}-_`, 22));
  plain('b43c_matomo_token_auth', 'matomo', AL.hex, 32, 'https://matomo.org/faq/general/faq_114 (token_auth, acts as the user password for the Reporting and Tracking APIs; 32 hex)');
  plain('b43c_matomo_salt', 'matomo', AL.hex, 32, 'https://matomo.org/faq/how-to/faq_20700/ ([General] salt in config.ini.php, used to sign tokens and hash data; 32 hex as written by the installer)');
  def('b43c_meta_pixel_id', 'none', false, 'https://developers.facebook.com/docs/meta-pixel/get-started (pixel ID, 15-16 digits, public in the base code)',
    (r) => r.digits(r.pick([15, 16])));
  def('b43c_site_verification', 'none', false, 'https://support.google.com/webmasters/answer/9008080 (google-site-verification meta tag / TXT value, 43 URL-safe characters; public)',
    (r) => r.str(`${AL.b62}-_`, 43));
  def('b43c_bing_msvalidate', 'none', false, 'https://www.bing.com/webmasters/help/add-and-verify-site-12184f8b (msvalidate.01 meta tag, 32 upper-case hex; public)',
    (r) => r.str(AL.HEX, 32));

  // ---- forms: captcha keys -------------------------------------------------------------------
  def('b43c_hcaptcha_secret', 'hcaptcha', true, 'https://docs.hcaptcha.com/#verify-the-user-response-server-side (secret sent to /siteverify; 0x + 40 hex as shown in the dashboard)',
    (r) => `0x${r.hex(40)}`);
  def('b43c_hcaptcha_sitekey', 'none', false, 'https://docs.hcaptcha.com/#add-the-hcaptcha-widget-to-your-webpage (data-sitekey, a UUID; public)', (r) => uuid(r));
};
