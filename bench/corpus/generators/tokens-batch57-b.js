'use strict';
/** Generators added with batch57-b (low-code, no-code, RPA and internal tools): each with the URL of the documentation it follows. */
const { AL, b64, b64url, uuid, jwt, epoch } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // n8n: public API keys (X-N8N-API-KEY, created under Settings > n8n API; current versions issue a JWT with
  // aud "public-api") and the instance encryption key that protects every stored credential
  // ---------------------------------------------------------------------------------------------
  def('b57b_n8n_api_key', 'n8n', true, 'https://docs.n8n.io/api/authentication/ (X-N8N-API-KEY header; the key is shown once and, without scopes, has full access to the account; issued as an HS256 JWT with sub = user id, iss n8n, aud public-api)',
    (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, { sub: uuid(r), iss: 'n8n', aud: 'public-api', iat: epoch(r) }));
  def('b57b_n8n_encryption_key', 'n8n', true, 'https://docs.n8n.io/hosting/configuration/configuration-examples/encryption-key/ (N8N_ENCRYPTION_KEY: decrypts every credential stored in the database; a random string generated on first start, 24 random bytes base64-encoded)',
    (r) => b64(r.bytes(24)));

  // ---------------------------------------------------------------------------------------------
  // Bubble Data API / Workflow API admin token: "a 32-character token consisting of a combination of numbers and letters"
  // ---------------------------------------------------------------------------------------------
  plain('b57b_bubble_api_token', 'bubble', AL.hex, 32, 'https://manual.bubble.io/core-resources/api/the-bubble-api/the-data-api/authentication (Settings - API - Generate a new API token: 32 characters, full admin access, privacy rules ignored)');

  // ---------------------------------------------------------------------------------------------
  // Budibase public API key: x-budibase-api-key, one per user, inherits the user's role; the key is the
  // salt (16 bytes hex) and the AES ciphertext of tenant id + new id (hex), joined by "-"
  // ---------------------------------------------------------------------------------------------
  def('b57b_budibase_api_key', 'budibase', true, 'https://docs.budibase.com/docs/public-api (x-budibase-api-key header; generated from the portal user menu, invalidates the previous key; hex salt + "-" + hex ciphertext)',
    (r) => `${r.hex(32)}-${r.hex(96)}`);
  def('b57b_budibase_app_id', 'none', false, 'https://docs.budibase.com/docs/public-api (x-budibase-app-id: app_ or app_dev_ followed by 32 hex; an identifier read from the builder URL)',
    (r, seed) => `${/dev/.test(String(seed)) ? 'app_dev_' : 'app_'}${r.hex(32)}`);

  // ---------------------------------------------------------------------------------------------
  // ToolJet self-hosted: LOCKBOX_MASTER_KEY (openssl rand -hex 32) encrypts data-source credentials,
  // SECRET_KEY_BASE (openssl rand -hex 64) signs sessions
  // ---------------------------------------------------------------------------------------------
  const TOOLJET_DOC = 'https://docs.tooljet.com/docs/setup/env-vars (LOCKBOX_MASTER_KEY: 32 bytes hex, `openssl rand -hex 32`; SECRET_KEY_BASE: 64 bytes hex, `openssl rand -hex 64`)';
  plain('b57b_tooljet_lockbox_key', 'tooljet', AL.hex, 64, TOOLJET_DOC);
  plain('b57b_tooljet_secret_key_base', 'tooljet', AL.hex, 128, TOOLJET_DOC);

  // ---------------------------------------------------------------------------------------------
  // NocoDB API tokens (xc-token header): current tokens nc_pat_..., legacy org-wide tokens 40 characters
  // ---------------------------------------------------------------------------------------------
  const NOCO_DOC = 'https://nocodb.com/docs/apis/authentication (xc-token or Authorization: Bearer; fine-grained tokens start nc_pat_, legacy tokens are 40 alphanumerics with - and _)';
  plain('b57b_nocodb_pat', 'nocodb', AL.b62, 40, NOCO_DOC, 'nc_pat_');
  plain('b57b_nocodb_legacy_token', 'nocodb', AL.b62 + '-_', 40, NOCO_DOC);

  // ---------------------------------------------------------------------------------------------
  // Baserow database token (Authorization: Token <32 alphanumerics>) and SeaTable base API token (40 hex)
  // ---------------------------------------------------------------------------------------------
  plain('b57b_baserow_db_token', 'baserow', AL.b62, 32, 'https://baserow.io/user-docs/personal-api-tokens (database tokens, "Authorization: Token YOUR_DATABASE_TOKEN"; anyone with it can create, read, update and delete the rows it covers)');
  plain('b57b_seatable_api_token', 'seatable', AL.hex, 40, 'https://api.seatable.io/reference/authentication (base API token from base options > Advanced > API Token, exchanged at /api/v2.1/dtable/app-access-token/ for a base access token; 40 hex)');

  // ---------------------------------------------------------------------------------------------
  // Windmill user tokens (Bearer, shown once, inherit the user's permissions unless scoped)
  // ---------------------------------------------------------------------------------------------
  plain('b57b_windmill_token', 'windmill', AL.b62, 32, 'https://www.windmill.dev/docs/core_concepts/user_tokens (Account settings > Tokens; every API call needs Authorization: Bearer <token>; 32 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // AppSheet API application access key: eight groups of five characters, shown under Settings > Integrations
  // ---------------------------------------------------------------------------------------------
  def('b57b_appsheet_access_key', 'appsheet', true, 'https://support.google.com/appsheet/answer/10105398 (ApplicationAccessKey header on every API call, e.g. "bA2SK-l5kzd-SdvFb-mqIe6-gBT8a-CXp3D-cjCYB-oiJ6U"; keys created in the editor carry a V2- prefix)',
    (r) => `V2-${Array.from({ length: 8 }, () => r.str(AL.b62, 5)).join('-')}`);

  // ---------------------------------------------------------------------------------------------
  // UiPath Automation Cloud / Orchestrator: personal access tokens, external-application secrets, machine keys
  // ---------------------------------------------------------------------------------------------
  plain('b57b_uipath_pat', 'uipath', AL.HEX, 64, 'https://docs.uipath.com/automation-cloud/automation-cloud/latest/api-guide/personal-access-tokens (PAT: an opaque alphanumeric string shown once, Bearer on Orchestrator and platform APIs; console-issued tokens read rt_ + 64 upper-case hex)', 'rt_');
  plain('b57b_uipath_app_secret', 'uipath', AL.b62 + '!#$%^*()', 16, 'https://docs.uipath.com/automation-cloud/automation-cloud/latest/admin-guide/managing-external-applications (confidential external application: App ID + App Secret for the client_credentials grant at /identity_/connect/token; 16 characters including symbols, shown once)');
  def('b57b_uipath_nuget_api_key', 'uipath', true, 'https://docs.uipath.com/orchestrator/standalone/2023.4/installation-guide/uipath-orchestrator-dll-config (NuGet.Packages.ApiKey / NuGet.Activities.ApiKey: the key needed to publish to the Orchestrator package feeds, a GUID generated at install)', uuid);
  def('b57b_uipath_machine_key', 'uipath', true, 'https://docs.uipath.com/orchestrator/automation-cloud/latest/user-guide/managing-machines (machine key: a GUID that connects an unattended robot to the tenant; treated as a client secret)', uuid);

  // ---------------------------------------------------------------------------------------------
  // Power Automate / Logic Apps "When an HTTP request is received": the callback URL carries a SAS signature
  // (sp, sv, sig) and anyone holding it can run the flow
  // ---------------------------------------------------------------------------------------------
  def('b57b_logicapp_trigger_sig', 'azure', true, 'https://learn.microsoft.com/en-us/azure/logic-apps/logic-apps-securing-a-logic-app#generate-shared-access-signatures-sas (request trigger callback URL: ?api-version=...&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=<43-character base64url HMAC-SHA256>)',
    (r) => b64url(r.bytes(32)));
  def('b57b_logicapp_workflow_id', 'none', false, 'https://learn.microsoft.com/en-us/azure/logic-apps/logic-apps-http-endpoint (the /workflows/<32 hex>/ path segment of the callback URL; an identifier, the sig parameter is the secret)',
    (r) => r.hex(32));

  // ---------------------------------------------------------------------------------------------
  // Pipedream HTTP source endpoints: https://<id>.m.pipedream.net, no auth unless configured
  // ---------------------------------------------------------------------------------------------
  def('b57b_pipedream_endpoint', 'pipedream', true, 'https://pipedream.com/docs/workflows/building-workflows/triggers/#http (each HTTP trigger gets a unique endpoint URL https://<eo + 14 alphanumerics>.m.pipedream.net; requests are accepted without authorization unless configured)',
    (r) => `https://eo${r.str(AL.lowerAlnum, 14)}.m.pipedream.net`);

  // ---------------------------------------------------------------------------------------------
  // Activepieces: platform API keys (Bearer sk-...), AP_ENCRYPTION_KEY (32 hex) and AP_JWT_SECRET
  // ---------------------------------------------------------------------------------------------
  plain('b57b_activepieces_api_key', 'activepieces', AL.b62, 64, 'https://www.activepieces.com/docs/endpoints/overview (platform API keys, Authorization: Bearer sk-...; created under Platform Admin > API Keys, shown once)', 'sk-');
  plain('b57b_activepieces_encryption_key', 'activepieces', AL.hex, 32, 'https://www.activepieces.com/docs/install/configuration/environment-variables (AP_ENCRYPTION_KEY: 32 hex characters, `openssl rand -hex 16`, encrypts stored connections)');

  // ---------------------------------------------------------------------------------------------
  // Xano: authentication tokens are JWE (A256KW / A256CBC-HS512, DEF-compressed), five dot-separated parts
  // ---------------------------------------------------------------------------------------------
  def('b57b_xano_auth_token', 'xano', true, 'https://docs.xano.com/building-with-visual-development/apis/user-authentication-and-user-data (authToken returned by auth/login is a JWE, header {"alg":"A256KW","enc":"A256CBC-HS512","zip":"DEF"}; sent as Authorization: Bearer; metadata API tokens share the format)',
    (r) => [b64url(JSON.stringify({ alg: 'A256KW', enc: 'A256CBC-HS512', zip: 'DEF' })), b64url(r.bytes(72)), b64url(r.bytes(16)), b64url(r.bytes(16 * r.range(8, 14))), b64url(r.bytes(32))].join('.'));

  // ---------------------------------------------------------------------------------------------
  // Glide API: secret token (a UUID) from the app's Integrations > API panel, Bearer on api.glideapp.io
  // ---------------------------------------------------------------------------------------------
  def('b57b_glide_api_token', 'glide', true, 'https://www.glideapps.com/docs/using-glide-tables-api (Authorization: Bearer <secret token>, a UUID from Data > Show API; grants read/write to every table of the team)', uuid);

  // ---------------------------------------------------------------------------------------------
  // Automation Anywhere Control Room: API key for /v1/authentication (username + apiKey), 40 alphanumerics
  // ---------------------------------------------------------------------------------------------
  plain('b57b_aa_api_key', 'automation-anywhere', AL.b62, 40, 'https://docs.automationanywhere.com/bundle/enterprise-v2019/page/enterprise-cloud/topics/control-room/control-room-api/cloud-control-room-apikey-authenticate.html (POST /v1/authentication with username and apiKey; the key is generated per user from My settings)');

  // ---------------------------------------------------------------------------------------------
  // Google Apps Script web-app deployment ids (AKfycb...): part of the public /macros/s/<id>/exec URL
  // ---------------------------------------------------------------------------------------------
  def('b57b_apps_script_deployment_id', 'none', false, 'https://developers.google.com/apps-script/guides/web (deployment ID in https://script.google.com/macros/s/<id>/exec; the URL given to users, an identifier)',
    (r) => `AKfycb${r.str(AL.b64url, 66)}`);

  // ---------------------------------------------------------------------------------------------
  // Softr: Softr-Api-Key for the Database/Users API (workspace-wide)
  // ---------------------------------------------------------------------------------------------
  plain('b57b_softr_api_key', 'softr', AL.b62, 30, 'https://docs.softr.io/softr-api/tTFQ5vSAUozj5MsKixMH8C/api-setup-and-endpoints/j1PrTZxt7pv3iZCnZ5K1tS (Softr-Api-Key header plus Softr-Domain; the key is generated in Settings > API Settings and acts for the whole workspace)');
};
