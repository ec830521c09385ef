'use strict';
/** Generators added with batch46-a (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Learning management systems
  // ---------------------------------------------------------------------------------------------
  // Canvas LMS: user-generated access tokens (Account > Settings > Approved Integrations) are
  // "<shard id>~<64 alphanumerics>"; sent as Authorization: Bearer or ?access_token=
  const CANVAS_TOKEN_DOC = 'https://canvas.instructure.com/doc/api/file.oauth.html#manual-token-generation (manually generated access tokens; issued tokens read <shard id>~<64 alphanumerics>)';
  def('b46a_canvas_access_token', 'canvas', true, CANVAS_TOKEN_DOC,
    (r) => `${r.pick(['1', '7', '10', '11', '1465', '2179', '8456', '24690'])}~${r.str(AL.b62, 64)}`);
  // Canvas developer keys: the client_id is the numeric global id of the key (shard * 10^13 + local id), public;
  // the key's "Key" value is the client secret used for the OAuth2 flow / client_credentials
  const CANVAS_DEVKEY_DOC = 'https://canvas.instructure.com/doc/api/file.developer_keys.html (Client ID = developer key global id, Client Secret = the key\'s 64-character "Key" value)';
  def('b46a_canvas_dev_key_id', 'none', false, CANVAS_DEVKEY_DOC,
    (r) => `${r.pick(['1', '10', '17', '24'])}0000000000${r.str(AL.digit, 3)}`);
  plain('b46a_canvas_dev_key_secret', 'canvas', AL.b62, 64, CANVAS_DEVKEY_DOC);
  // LTI 1.3 deployment ids as Canvas issues them: "<local id>:<40 hex>", an identifier sent in every launch
  def('b46a_lti_deployment_id', 'none', false, 'https://www.imsglobal.org/spec/lti/v1p3/#lti-deployment-id-claim (deployment_id: case-sensitive identifier, sent in every launch; Canvas uses <id>:<sha1 hex>)',
    (r) => `${r.range(1, 480)}:${r.hex(40)}`);

  // Moodle: web service tokens are 32 hex characters (md5 of random data), passed as wstoken=
  plain('b46a_moodle_ws_token', 'moodle', AL.hex, 32, 'https://docs.moodle.org/en/Using_web_services (token created under Site administration > Server > Web services > Manage tokens; wstoken= parameter; 32 hex characters)');
  // Moodle $CFG->passwordsaltmain: random string written by the installer, peppers every password hash
  plain('b46a_moodle_password_salt', 'moodle', `${AL.b62}#%*+-.:;<=>?@^_~`, 40, 'https://docs.moodle.org/en/Password_salting ($CFG->passwordsaltmain in config.php, a long random string; must stay secret and unchanged)');

  // Blackboard Learn REST: application key (UUID, identifies the app) and secret (32 alphanumerics)
  const BB_DOC = 'https://docs.anthology.com/docs/blackboard/rest-apis/getting-started/registry (developer portal application: Application ID, Key and Secret; client_credentials with Basic key:secret)';
  plain('b46a_blackboard_app_secret', 'blackboard', AL.b62, 32, BB_DOC);

  // D2L Brightspace OAuth 2.0 client registered in Manage Extensibility: client secret shown once
  plain('b46a_d2l_client_secret', 'd2l', `${AL.b62}-_`, 43, 'https://docs.valence.desire2learn.com/basic/oauth2.html (OAuth 2.0 client registration: Client ID and Client Secret; modelled on issued secrets: 43 base64url characters)');

  // Kaltura (lecture capture / media): partner id is public; the admin secret and user secret sign KS sessions
  const KALTURA_DOC = 'https://developer.kaltura.com/api-docs/VPaaS-API-Getting-Started/Kaltura_API_Authentication_and_Security.html (Partner ID + Admin Secret / User Secret, 32 hex, used to generate Kaltura Sessions)';
  plain('b46a_kaltura_admin_secret', 'kaltura', AL.hex, 32, KALTURA_DOC);

  // ---------------------------------------------------------------------------------------------
  // Student information systems and rostering
  // ---------------------------------------------------------------------------------------------
  // PowerSchool plugin data access: Client ID and Client Secret are generated GUIDs; the secret is sensitive
  def('b46a_powerschool_client_secret', 'powerschool', true, 'https://ps.powerschool-docs.com/pssis-admin/latest/view-oauth-client-credentials (plugin OAuth Client ID and Client Secret, "sensitive data"; both issued as GUIDs)',
    (r) => uuid(r));
  // Clever: district-app bearer tokens are 40 hex; app client_id 20 hex (public), client_secret 40 hex
  const CLEVER_DOC = 'https://dev.clever.com/v2.0/docs/api-overview (district-app tokens: "a string of characters" like 7f76343d50b9...; 40 hex) and https://dev.clever.com/reference/gettokens (Basic client_id:client_secret)';
  plain('b46a_clever_district_token', 'clever', AL.hex, 40, CLEVER_DOC);
  def('b46a_clever_client_id', 'none', false, CLEVER_DOC, (r) => r.hex(20));
  plain('b46a_clever_client_secret', 'clever', AL.hex, 40, CLEVER_DOC);
  // Clever object ids (districts, schools, sections, users) are 24-hex ObjectIds: identifiers
  def('b46a_clever_object_id', 'none', false, 'https://dev.clever.com/docs/identifiers (Clever IDs: 24-character hexadecimal, stable identifiers, not secrets)', (r) => r.hex(24));
  // ClassLink Roster Server (OneRoster 1.1): per-app client id and secret; modelled as 24 hex each
  const CL_DOC = 'https://developer.classlink.com/docs/oneroster-api (Roster Server OneRoster endpoints authenticated with the app\'s Client ID and Client Secret, OAuth 1.0a HMAC-SHA256 or OAuth 2 client credentials; modelled as 24 hex)';
  def('b46a_classlink_client_id', 'none', false, CL_DOC, (r) => r.hex(24));
  plain('b46a_classlink_client_secret', 'classlink', AL.hex, 24, CL_DOC);

  // Ellucian Ethos Integration: each application's API key (a GUID) is POSTed to /auth for a 5-minute JWT
  def('b46a_ethos_api_key', 'ellucian', true, 'https://github.com/ellucian-developer/integration-postman (API key of the Ethos Integration application, exchanged at POST /auth with "Authorization: Bearer <api key>"; issued as GUIDs)',
    (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Device management
  // ---------------------------------------------------------------------------------------------
  // Jamf Pro API Roles and Clients: client_id is a UUID, client_secret generated on demand
  plain('b46a_jamf_client_secret', 'jamf', `${AL.b62}-_`, 64, 'https://developer.jamf.com/jamf-pro/docs/client-credentials (API client: client_id + client_secret for /api/oauth/token; modelled on generated secrets: 64 characters)');

  // ---------------------------------------------------------------------------------------------
  // GIS: Esri ArcGIS
  // ---------------------------------------------------------------------------------------------
  // Legacy API keys (created before June 2024): AAPK + 32 hex + 64 base64url characters
  def('b46a_esri_api_key_legacy', 'esri', true, 'https://developers.arcgis.com/documentation/glossary/api-key-legacy/ (permanent access token created before June 2024; issued keys read AAPK + 32 hex + 64 base64url characters)',
    (r) => `AAPK${r.hex(32)}${r.str(AL.b64url, 64)}`);
  // API key credentials (2024+): long-lived access tokens starting AAPT..., with a '.AT1_' tail
  def('b46a_esri_api_key', 'esri', true, 'https://developers.arcgis.com/documentation/security-and-authentication/api-key-authentication/ (API key credentials: long-lived access tokens, up to two per credential; issued tokens read AAPTxy8BH1VEsoebNVZXo8Hur... + .AT1_ suffix)',
    (r) => `AAPTxy8BH1VEsoebNVZXo8Hur${r.str(AL.b64url, 214)}.AT1_${r.str(AL.b62, 8)}`);
  // ArcGIS Server / Portal generateToken results: opaque base64url strings, often ending in '..'
  def('b46a_arcgis_server_token', 'esri', true, 'https://developers.arcgis.com/rest/services-reference/enterprise/generate-token/ (generateToken: token string valid until "expires"; passed as token= on every request)',
    (r) => `${r.str(AL.b64url, 86)}..`);

  // ---------------------------------------------------------------------------------------------
  // Open data portals
  // ---------------------------------------------------------------------------------------------
  // Socrata (Tyler Data & Insights): app tokens are for throttling, not authentication; API key id + secret are Basic credentials
  const SOC_DOC = 'https://support.socrata.com/hc/en-us/articles/210138558-Generating-App-Tokens-and-API-Keys (app token for throttling; API key + secret key act as username and password)';
  def('b46a_socrata_app_token', 'none', false, 'https://dev.socrata.com/docs/app-tokens (X-App-Token / $$app_token: identifies the application for throttling; "not used for authentication"; 25 alphanumerics)',
    (r) => r.str(AL.b62, 25));
  def('b46a_socrata_key_id', 'none', false, SOC_DOC, (r) => r.str(AL.lowerAlnum, 25));
  plain('b46a_socrata_key_secret', 'socrata', AL.lowerAlnum, 50, SOC_DOC);
  // CKAN (2.9+): API tokens are JWTs (HS256 by default) whose payload carries jti + iat
  const CKAN_DOC = 'https://docs.ckan.org/en/2.10/maintaining/configuration.html#api-token-settings (api_token.jwt.encode.secret / algorithm HS256; tokens are JWTs with jti and iat)';
  def('b46a_ckan_api_token', 'ckan', true, CKAN_DOC,
    (r) => jwt(r, { typ: 'JWT', alg: 'HS256' }, { jti: b64url(r.bytes(48)), iat: epoch(r) }));
  // ckan.ini beaker.session.secret / api_token.jwt.*.secret written by `ckan generate config` (secrets.token_urlsafe)
  plain('b46a_ckan_session_secret', 'ckan', `${AL.b62}-_`, 27, 'https://docs.ckan.org/en/2.10/maintaining/configuration.html#beaker-session-secret (beaker.session.secret / SECRET_KEY: random string generated at config creation)');

  // ---------------------------------------------------------------------------------------------
  // Library systems
  // ---------------------------------------------------------------------------------------------
  // Ex Libris Developer Network (Alma / Primo) API keys: l7xx + 32 hex, sent as apikey= or "Authorization: apikey ..."
  def('b46a_alma_api_key', 'exlibris', true, 'https://developers.exlibrisgroup.com/alma/apis/ (API key per application and institution; Authorization: apikey {key} or ?apikey=; issued keys read l7xx + 32 hex)',
    (r) => `l7xx${r.hex(32)}`);
  // OCLC WSKey: the key is the client id (80 characters), the secret authenticates it
  const WSKEY_DOC = 'https://www.oclc.org/developer/develop/authentication/what-is-a-wskey.en.html (WSKey = client ID + secret; client credentials grant at oauth.oclc.org)';
  def('b46a_oclc_wskey', 'none', false, WSKEY_DOC, (r) => r.str(AL.b62, 80));
  plain('b46a_oclc_wskey_secret', 'oclc', `${AL.b62}+/`, 32, WSKEY_DOC);
  // Koha REST API client credentials (Patrons > API keys): client_id and secret are UUIDs
  def('b46a_koha_client_secret', 'koha', true, 'https://koha-community.org/manual/latest/en/html/patrons.html#manage-api-keys (API key = client id + secret, shown once; OAuth2 client_credentials; generated as UUIDs)',
    (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Municipal services: permits, payments
  // ---------------------------------------------------------------------------------------------
  // Accela Civic Platform (Construct API): x-accela-appid (numeric, public) + x-accela-appsecret (32 hex)
  const ACCELA_DOC = 'https://developer.accela.com/docs/construct-apiAuth.html (app ID and app secret from the developer portal; x-accela-appid / x-accela-appsecret headers)';
  def('b46a_accela_app_id', 'none', false, ACCELA_DOC, (r) => `6${r.str(AL.digit, 14)}`);
  plain('b46a_accela_app_secret', 'accela', AL.hex, 32, ACCELA_DOC);
  // Authorize.Net: API Login ID (identifies the account), 16-char Transaction Key, 128-hex Signature Key
  const ANET_DOC = 'https://support.authorize.net/knowledgebase/article/000001271/en-us (API Login ID at least 8 characters; Transaction Key 16 alphanumerics; Signature Key for SHA-512 response hashes)';
  def('b46a_authnet_login_id', 'none', false, ANET_DOC, (r) => r.str(AL.b62, r.range(9, 12)));
  plain('b46a_authnet_transaction_key', 'authorize-net', AL.b62, 16, ANET_DOC);
  plain('b46a_authnet_signature_key', 'authorize-net', AL.HEX, 128, ANET_DOC);
  // Elavon Converge: ssl_merchant_id + ssl_user_id + ssl_pin (the terminal PIN, 64 upper-case alphanumerics)
  plain('b46a_converge_pin', 'elavon', AL.upperAlnum, 64, 'https://developer.elavon.com/products/converge/v1/authentication (ssl_merchant_id, ssl_user_id and ssl_pin on every request; the PIN is generated per terminal user, 64 characters)');

  // ---------------------------------------------------------------------------------------------
  // Non-secret lookalikes for hard negatives
  // ---------------------------------------------------------------------------------------------
  // Windows Autopilot hardware hash (4K HH): a long base64 blob, device identity, not a credential
  def('b46a_autopilot_hash', 'none', false, 'https://learn.microsoft.com/en-us/autopilot/add-devices (Get-WindowsAutopilotInfo CSV: Device Serial Number, Windows Product ID, Hardware Hash)',
    (r) => `T0G${b64(r.bytes(r.range(900, 1100)))}`);
  // Certificate thumbprints (SHA-1 hex, upper case) as Connect-MgGraph -CertificateThumbprint uses them
  def('b46a_cert_thumbprint', 'none', false, 'https://learn.microsoft.com/en-us/powershell/module/microsoft.graph.authentication/connect-mggraph (-CertificateThumbprint: SHA-1 of a certificate in the store, public)',
    (r) => r.str(AL.HEX, 40));
};
