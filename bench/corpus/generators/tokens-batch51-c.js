'use strict';
/**
 * Generators added with batch51-c (HR, recruiting and payroll technology; see bench/corpus/README.md): each with
 * the URL of the documentation it follows. Where a provider documents only "an API key", the shape follows the
 * keys its console issues (stated in the doc string).
 */
const { AL, b64, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Applicant tracking systems
  // ---------------------------------------------------------------------------------------------
  // Greenhouse: Harvest API key and Job Board API key, both sent as the Basic-auth user name with a blank password
  plain('b51c_greenhouse_harvest_key', 'greenhouse', AL.hex, 32, 'https://developers.greenhouse.io/harvest.html#authentication (Harvest API key: HTTP Basic with the key as user name and a blank password; created once in Dev Center > API Credential Management; 32 hex as issued)');
  plain('b51c_greenhouse_job_board_key', 'greenhouse', AL.hex, 32, 'https://developers.greenhouse.io/job-board.html#authentication (Job Board API key, required to POST applications; Basic auth user name; 32 hex as issued). The board token (a company slug) used for GET requests is public');
  // Lever: API key as Basic user name; webhook signature token verifies HMAC-SHA256 webhook signatures
  plain('b51c_lever_api_key', 'lever', AL.b62, 48, 'https://hire.lever.co/developer/documentation#authentication (API key generated under Settings > Integrations and API, used as the Basic-auth user name; 48 alphanumerics as issued)');
  plain('b51c_lever_webhook_token', 'lever', AL.b62, 32, 'https://hire.lever.co/developer/documentation#webhooks (signatureToken: the secret for the HMAC-SHA256 signature over token + triggeredAt)');
  // Ashby: long-lived API key, Basic auth base64(key + ":")
  plain('b51c_ashby_api_key', 'ashby', AL.hex, 64, 'https://developers.ashbyhq.com/docs/introduction (Authorization: Basic base64(api key + ":"); long-lived key shown once under Admin > Integrations > API Keys; 64 hex as issued)');
  // Workable: API access token (Bearer) per account subdomain
  plain('b51c_workable_access_token', 'workable', AL.hex, 64, 'https://workable.readme.io/reference/generate-an-access-token (API access token generated under Settings > Integrations, sent as Authorization: Bearer; 64 hex as issued)');
  // SmartRecruiters: X-SmartToken API key (32 characters after the DCRA1- prefix in issued keys)
  def('b51c_smartrecruiters_api_key', 'smartrecruiters', true, 'https://developers.smartrecruiters.com/docs/api-key-authentication (X-SmartToken header with the API key generated in the Credential Manager; a 32-character key, issued as DCRA1- + 32 hex)',
    (r) => `DCRA1-${r.hex(32)}`);

  // ---------------------------------------------------------------------------------------------
  // HRIS and payroll
  // ---------------------------------------------------------------------------------------------
  const PERSONIO_DOC = 'https://developer.personio.de/reference/auth (client_id and client_secret exchanged at /auth for a stable bearer token with a papi- prefix valid 24 hours; credentials under Settings > API credentials)';
  def('b51c_personio_client_id', 'none', false, `${PERSONIO_DOC}; the client id is an identifier`, (r) => `papi-${uuid(r)}`);
  def('b51c_personio_client_secret', 'personio', true, `${PERSONIO_DOC}; the client secret is shown once`, (r) => `papi-${r.str(AL.b62, 48)}`);
  def('b51c_personio_access_token', 'personio', true, PERSONIO_DOC, (r) => `papi-${r.str(AL.b64url, 92)}`);
  // Deel: organization / personal API tokens used as Bearer
  plain('b51c_deel_api_token', 'deel', `${AL.b62}-_`, 72, 'https://developer.deel.com/api/authentication (organization and personal API tokens generated in the Developer Center, used as Authorization: Bearer; shown once)');
  // Rippling: API token (Bearer), shown once
  plain('b51c_rippling_api_token', 'rippling', AL.b62, 64, 'https://developer.rippling.com/documentation/rest-api (API token created in the API Tokens app, shown once, sent as Authorization: Bearer; tokens expire after 30 days of inactivity)');
  // Gusto: OAuth 2 client credentials and tokens (43-character base64url strings)
  const GUSTO_DOC = 'https://docs.gusto.com/app-integrations/docs/authentication (OAuth 2: client_id, client_secret, access_token valid 2 hours and a refresh_token; 43-character strings as issued)';
  def('b51c_gusto_client_id', 'none', false, `${GUSTO_DOC}; the client id is an identifier`, (r) => r.str(`${AL.b62}-_`, 43));
  plain('b51c_gusto_client_secret', 'gusto', `${AL.b62}-_`, 43, GUSTO_DOC);
  plain('b51c_gusto_refresh_token', 'gusto', `${AL.b62}-_`, 43, GUSTO_DOC);
  // HiBob: service user id (identifier) + token, sent as Basic id:token
  const HIBOB_DOC = 'https://apidocs.hibob.com/docs/api-service-users (service user ID and token, sent as HTTP Basic ID:token; the token is shown once)';
  def('b51c_hibob_service_user_id', 'none', false, `${HIBOB_DOC}; the ID is an identifier`, (r) => `SERVICE-${r.digits(5)}`);
  plain('b51c_hibob_service_token', 'hibob', AL.b62, 40, HIBOB_DOC);
  // Workday: API client for integrations (client id, client secret, non-expiring refresh token)
  const WORKDAY_DOC = 'https://doc.workday.com/admin-guide/en-us/integrations/integration-security/api-clients/register-api-clients-for-integrations.html (Register API Client for Integrations: Client ID, Client Secret and a non-expiring Refresh Token, used at /ccx/oauth2/<tenant>/token)';
  def('b51c_workday_client_id', 'none', false, `${WORKDAY_DOC}; the client id is a base64 identifier`, (r) => b64(r.bytes(33)));
  plain('b51c_workday_client_secret', 'workday', AL.lowerAlnum, 88, WORKDAY_DOC);
  plain('b51c_workday_refresh_token', 'workday', AL.lowerAlnum, 88, WORKDAY_DOC);
  // Unified HR APIs: Merge (API key + linked-account X-Account-Token), Finch (client secret + per-connection access token)
  const MERGE_DOC = 'https://docs.merge.dev/basics/authentication (Authorization: Bearer <API key> and X-Account-Token: <Linked Account token>; both grant access to end users\' HR data)';
  plain('b51c_merge_api_key', 'merge', `${AL.b62}-_`, 64, MERGE_DOC);
  plain('b51c_merge_account_token', 'merge', `${AL.b62}-_`, 44, MERGE_DOC);
  const FINCH_DOC = 'https://developer.tryfinch.com/implementation-guide/Connect/Retrieve-Access-Token (client_id, client_secret from the dashboard; per-connection access_token, a UUID, sent as Bearer)';
  plain('b51c_finch_client_secret', 'finch', `${AL.b62}-_`, 44, FINCH_DOC);
  def('b51c_finch_access_token', 'finch', true, FINCH_DOC, (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Background checks and scheduling
  // ---------------------------------------------------------------------------------------------
  plain('b51c_checkr_api_key', 'checkr', AL.hex, 40, 'https://docs.checkr.com/get-started/prerequisites (separate staging and production secret API keys, HTTP Basic with the key as user name and an empty password; 40 hex as issued)');
  def('b51c_checkr_object_id', 'none', false, 'https://docs.checkr.com/apis/introduction (candidate, report and invitation ids: 24 hex; identifiers)', (r) => r.hex(24));
  def('b51c_calendly_pat', 'calendly', true, 'https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens (personal access token: a JWT sent as Authorization: Bearer)',
    (r) => jwt(r, { kid: r.hex(64), typ: 'PAT', alg: 'ES256' }, { iss: 'https://auth.calendly.com', iat: epoch(r), jti: uuid(r), user_uuid: uuid(r) }, 64));
  plain('b51c_calendly_webhook_signing_key', 'calendly', `${AL.b62}-_`, 43, 'https://developer.calendly.com/api-docs/4c305798a61d3-webhook-signatures (webhook signing key: the HMAC-SHA256 secret behind the Calendly-Webhook-Signature header)');
};
