'use strict';
/** Generators added with batch58-b: each with the URL of the documentation it follows. */
const { AL, jwt, uuid, epoch } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // German small-business accounting: lexoffice (Lexware Office) Public API keys, sevDesk API tokens,
  // DATEV developer-portal OAuth client secrets
  // ---------------------------------------------------------------------------------------------
  plain('b58b_lexoffice_api_key', 'lexoffice', AL.b64url, 43, 'https://developers.lexoffice.io/docs/#authentication (Public API key created at app.lexware.de/addons/public-api, shown once, valid up to 24 months, sent as Authorization: Bearer; issued as a 43-character URL-safe string)');
  plain('b58b_sevdesk_api_token', 'sevdesk', AL.hex, 32, 'https://api.sevdesk.de/#section/Authentication-and-Authorization (one API token per administrator, a 32-character hexadecimal string sent raw in the Authorization header; no expiry)');
  plain('b58b_datev_client_secret', 'datev', AL.hex, 32, 'https://developer.datev.de/de/guides/authentication (OAuth 2.0 / OIDC client credentials of an app registered in the DATEV developer portal: client_id and client_secret, 32 hex characters each)');
  def('b58b_datev_client_id', 'none', false, 'https://developer.datev.de/de/guides/authentication (client_id: identifies the app in the authorize URL; public)', (r) => r.hex(32));

  // ---------------------------------------------------------------------------------------------
  // Neobanks: Qonto (organization login + secret key, joined by ":" in the Authorization header), bunq
  // (API key bound to a device/IP, then installation and session tokens), Swan (project client credentials)
  // ---------------------------------------------------------------------------------------------
  plain('b58b_qonto_secret_key', 'qonto', AL.hex, 32, 'https://docs.qonto.com/get-started/business-api/authentication/api-key (Authorization: {sign-in}:{secret-key}; the secret key is a 32-character string such as 62885d39f3a0ddedd3d3ee0432a43ccr)');
  const BUNQ_DOC = 'https://doc.bunq.com/basics/authentication/api-keys (API key generated in the bunq app, 64 hex; sandbox keys from POST /sandbox-user start sandbox_; installation and session tokens returned by /installation and /session-server are 64 hex and sent as X-Bunq-Client-Authentication)';
  plain('b58b_bunq_api_key', 'bunq', AL.hex, 64, BUNQ_DOC);
  def('b58b_bunq_sandbox_api_key', 'bunq', true, BUNQ_DOC, (r) => `sandbox_${r.hex(50)}`);
  plain('b58b_bunq_session_token', 'bunq', AL.hex, 64, BUNQ_DOC);
  plain('b58b_swan_client_secret', 'swan', AL.b62, 40, 'https://docs.swan.io/api/authentication (project Client ID and Client Secret from Dashboard > Developers > API, exchanged at oauth.swan.io/oauth2/token for a project access token)');

  // ---------------------------------------------------------------------------------------------
  // Nordic accounting: Fortnox (legacy fixed Client-Secret + Access-Token headers, deprecated 2025 but still
  // found in old integrations), Visma e-conomic (X-AppSecretToken + X-AgreementGrantToken), Visma Connect
  // ---------------------------------------------------------------------------------------------
  const FORTNOX_DOC = 'https://www.fortnox.se/developer/authorization (legacy integrations: Client-Secret header, 10 alphanumerics, and a fixed Access-Token, a UUID, obtained once with an Authorization-Code; OAuth2 client secrets for the new flow)';
  plain('b58b_fortnox_client_secret', 'fortnox', AL.b62, 10, FORTNOX_DOC);
  def('b58b_fortnox_access_token', 'fortnox', true, FORTNOX_DOC, (r) => uuid(r));
  def('b58b_fortnox_client_id', 'none', false, `${FORTNOX_DOC}; the client id appears in the authorize URL and is public`, (r) => r.str(AL.b62, 12));
  const ECON_DOC = 'https://www.e-conomic.com/developer/connect (X-AppSecretToken identifies the app and must stay on the server; X-AgreementGrantToken is issued per customer agreement when it grants access; both long alphanumeric strings)';
  plain('b58b_economic_app_secret_token', 'e-conomic', AL.b62, 43, ECON_DOC);
  plain('b58b_economic_grant_token', 'e-conomic', AL.b62, 43, ECON_DOC);
  plain('b58b_visma_client_secret', 'visma', AL.b64url, 48, 'https://developer.visma.com/api/eaccounting/authentication (Visma Connect OAuth client credentials for eAccounting / Visma.net: client_id is the application name, client_secret a random string shown once)');

  // ---------------------------------------------------------------------------------------------
  // Exact Online (NL): app registration client id is a GUID (public), client secret 12 alphanumerics,
  // refresh tokens opaque and valid 30 days
  // ---------------------------------------------------------------------------------------------
  const EXACT_DOC = 'https://support.exactonline.com/community/s/knowledge-base#All-All-DNO-Simulation-gen-oauth-eol-oauth-devstep1 (app registration: Client ID is a GUID, Client secret a 12-character alphanumeric string; access tokens valid 10 minutes, refresh tokens 30 days)';
  plain('b58b_exact_client_secret', 'exact-online', AL.b62, 12, EXACT_DOC);
  def('b58b_exact_refresh_token', 'exact-online', true, EXACT_DOC, (r) => `${r.str(AL.b62 + '!*', 180)}`);
  plain('b58b_exact_webhook_secret', 'exact-online', AL.b62, 32, 'https://start.exactonline.nl/docs/HlpRestAPIResourcesDetails.aspx?name=WebhooksWebhookSubscriptions (webhook payloads are signed with HMAC-SHA256 using the app\'s webhook secret)');

  // ---------------------------------------------------------------------------------------------
  // HMRC Developer Hub (Making Tax Digital): client id (28 alphanumerics, public), client secret (UUID),
  // access and refresh tokens (32 hex; access valid 4 hours, refresh 18 months), server token for
  // application-restricted endpoints
  // ---------------------------------------------------------------------------------------------
  const HMRC_DOC = 'https://developer.service.hmrc.gov.uk/api-documentation/docs/authorisation/user-restricted-endpoints (client_id and client_secret of the registered application; access_token and refresh_token returned by /oauth/token, 32 hex each)';
  def('b58b_hmrc_client_id', 'none', false, `${HMRC_DOC}; the client_id is sent in the authorize URL and is not a secret`, (r) => r.str(AL.b62, 28));
  def('b58b_hmrc_client_secret', 'hmrc', true, HMRC_DOC, (r) => uuid(r));
  plain('b58b_hmrc_access_token', 'hmrc', AL.hex, 32, HMRC_DOC);
  plain('b58b_hmrc_refresh_token', 'hmrc', AL.hex, 32, HMRC_DOC);

  // ---------------------------------------------------------------------------------------------
  // Italy: Fatture in Cloud (TeamSystem) tokens read "a/" followed by a JWT; OAuth client secret of the app
  // ---------------------------------------------------------------------------------------------
  const FIC_DOC = 'https://developers.fattureincloud.it/docs/authentication/manual-authentication (manual and OAuth access tokens: "a/" + a signed JWT; manual tokens never expire)';
  def('b58b_fattureincloud_token', 'fattureincloud', true, FIC_DOC, (r) => {
    const iat = epoch(r);
    return `a/${jwt(r, { typ: 'JWT', alg: 'RS256' }, { ref: r.str(AL.b62, 32), iat }, 256)}`;
  });
  plain('b58b_fattureincloud_client_secret', 'fattureincloud', AL.b62, 64, 'https://developers.fattureincloud.it/docs/authentication/code-flow (OAuth 2.0 application: client id and client secret from the Fatture in Cloud developer area)');

  // ---------------------------------------------------------------------------------------------
  // France: PISTE (the API gateway in front of Chorus Pro) OAuth client credentials, UUIDs
  // ---------------------------------------------------------------------------------------------
  const PISTE_DOC = 'https://developer.aife.economie.gouv.fr/ (PISTE application: OAuth client_id and client_secret, both UUIDs, exchanged at oauth.piste.gouv.fr/api/oauth/token; Chorus Pro also needs the cpro-account header = base64(login:password) of a technical account)';
  def('b58b_piste_client_secret', 'piste', true, PISTE_DOC, (r) => uuid(r));
  plain('b58b_piste_access_token', 'piste', AL.b62, 50, PISTE_DOC);

  // ---------------------------------------------------------------------------------------------
  // Payments: Mollie test keys, GoCardless sandbox tokens, webhook endpoint secrets, public record ids
  // ---------------------------------------------------------------------------------------------
  def('b58b_mollie_test_key', 'mollie', true, 'https://docs.mollie.com/reference/authentication (API keys: live_ or test_ followed by 30 alphanumerics; test keys still read all test-mode data of the profile)', (r) => `test_${r.str(AL.b62, 30)}`);
  def('b58b_gocardless_sandbox_token', 'gocardless', true, 'https://developer.gocardless.com/getting-started/api/making-your-first-request/ (access tokens start sandbox_ or live_)', (r) => `sandbox_${r.str(AL.b62 + '_-', 40)}`);
  plain('b58b_gocardless_webhook_secret', 'gocardless', AL.b62, 40, 'https://developer.gocardless.com/getting-started/staying-up-to-date-with-webhooks (webhook endpoint secret: HMAC-SHA256 key of the Webhook-Signature header)');
  def('b58b_gocardless_id', 'none', false, 'https://developer.gocardless.com/api-reference (resource ids: CR, MD, PM, CU, BA + 12 upper-case alphanumerics; identifiers)', (r, seed) => {
    const m = /^([A-Z]{2})/.exec(String(seed));
    return `${m ? m[1] : r.pick(['MD', 'PM', 'CU'])}${r.str(AL.upperAlnum, 12)}`;
  });
};
