'use strict';
/** Generators added with batch68-c: each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Brex: user tokens created in Developer > Settings, sent as Authorization: Bearer; bxt_ + 36 alphanumerics
  // (the documented example bxt_jBWQ... is 36 characters after the prefix)
  // ---------------------------------------------------------------------------------------------
  def('b68c_brex_user_token', 'brex', true, 'https://developer.brex.com/docs/authentication (user token, e.g. bxt_ + 36 alphanumerics; private, expires after 90 days unused)',
    (r) => `bxt_${r.str(AL.b62, 36)}`);

  // ---------------------------------------------------------------------------------------------
  // Mercury: API tokens start with "secret-token:" and are shown once; production and sandbox tokens differ
  // ---------------------------------------------------------------------------------------------
  const MERCURY_DOC = 'https://docs.mercury.com/docs/getting-started (API token, shown once, starts with secret-token:; issued tokens read secret-token:mercury_<environment>_<scope>_<random>_yrucrem)';
  def('b68c_mercury_api_token', 'mercury', true, MERCURY_DOC,
    (r) => `secret-token:mercury_production_${r.pick(['rma', 'wma'])}_${r.str(AL.b62, 43)}_yrucrem`);
  def('b68c_mercury_sandbox_token', 'mercury', true, `${MERCURY_DOC}; sandbox tokens reach the sandbox only but still read and move sandbox money`,
    (r) => `secret-token:mercury_sandbox_${r.pick(['rma', 'wma'])}_${r.str(AL.b62, 43)}_yrucrem`);

  // ---------------------------------------------------------------------------------------------
  // Ramp Developer API: OAuth client credentials (client_id identifies the app; client_secret is the credential),
  // bearer access tokens from /developer/v1/token
  // ---------------------------------------------------------------------------------------------
  const RAMP_DOC = 'https://docs.ramp.com/developer-api/v1/authorization (client_credentials and authorization_code grants; issued values read ramp_id_..., ramp_sec_..., ramp_tok_...)';
  def('b68c_ramp_client_id', 'none', false, `${RAMP_DOC}; the client id is an identifier, useless without the secret`, (r) => `ramp_id_${r.str(AL.b62, 40)}`);
  plain('b68c_ramp_client_secret', 'ramp', AL.b62, 48, RAMP_DOC, 'ramp_sec_');
  plain('b68c_ramp_access_token', 'ramp', AL.b62, 52, `${RAMP_DOC}; access tokens live 10 days`, 'ramp_tok_');

  // ---------------------------------------------------------------------------------------------
  // Teller: application id (app_..., public, given to Teller Connect in the browser), per-enrollment access
  // tokens (token_..., sent as the HTTP Basic user name together with the mTLS client certificate)
  // ---------------------------------------------------------------------------------------------
  const TELLER_DOC = 'https://teller.io/docs/api/authentication (mTLS client certificate plus the access token as the Basic auth user name)';
  def('b68c_teller_app_id', 'none', false, 'https://teller.io/docs/guides/connect (applicationId passed to TellerConnect.setup in the browser; an identifier)',
    (r) => `app_${r.str(AL.lowerAlnum, 21)}`);
  def('b68c_teller_access_token', 'teller', true, `${TELLER_DOC}; token_ + 26 lower-case alphanumerics as issued by Teller Connect`,
    (r) => `token_${r.str(AL.lowerAlnum, 26)}`);
  def('b68c_teller_account_id', 'none', false, 'https://teller.io/docs/api/accounts (account ids acc_ + 21 lower-case alphanumerics; identifiers)',
    (r) => `acc_${r.str(AL.lowerAlnum, 21)}`);

  // ---------------------------------------------------------------------------------------------
  // FreshBooks: OAuth2 app (client id and client secret, 64 hex each as in the documented curl), bearer tokens
  // valid 12 hours, single-use refresh tokens that never expire
  // ---------------------------------------------------------------------------------------------
  const FB_DOC = 'https://www.freshbooks.com/api/authentication (client_id, client_secret, bearer access token valid 12 hours, refresh token single-use; values are 64 hex as in the documented token request)';
  def('b68c_freshbooks_client_id', 'none', false, `${FB_DOC}; the client id appears in the public authorization URL`, (r) => r.hex(64));
  plain('b68c_freshbooks_client_secret', 'freshbooks', AL.hex, 64, FB_DOC);
  plain('b68c_freshbooks_refresh_token', 'freshbooks', AL.hex, 64, FB_DOC);
  plain('b68c_freshbooks_access_token', 'freshbooks', AL.hex, 64, FB_DOC);

  // ---------------------------------------------------------------------------------------------
  // Wave: full access tokens created on an application page act as the user (Authorization: Bearer);
  // business ids are base64 of "Business:<uuid>" (GraphQL global ids)
  // ---------------------------------------------------------------------------------------------
  plain('b68c_wave_full_access_token', 'wave', AL.b62, 30, 'https://developer.waveapps.com/hc/en-us/articles/360018856751-Authentication (Full Access Token: same permissions as the user, sent as Bearer; issued as 30 alphanumerics)');
  def('b68c_wave_business_id', 'none', false, 'https://developer.waveapps.com/hc/en-us/articles/360018937431-Query-List-businesses (business id: a GraphQL global id, base64 of "Business:<uuid>"; an identifier)',
    (r) => b64(`Business:${uuid(r)}`));

  // ---------------------------------------------------------------------------------------------
  // Avalara AvaTax: HTTP Basic with accountId:licenseKey (base64)
  // ---------------------------------------------------------------------------------------------
  def('b68c_avatax_basic', 'avalara', true, 'https://developer.avalara.com/avatax/authentication-in-avatax/ (Authorization: Basic base64(accountId:licenseKey); license key 16 hex)',
    (r) => b64(`${r.pick(['11', '20', '24'])}00${r.str(AL.digit, 6)}:${r.str(AL.HEX, 16)}`));

  // ---------------------------------------------------------------------------------------------
  // IRS IRIS A2A and e-Services: the API Client ID registered in e-Services identifies the software (a UUID);
  // authentication is a JWT client assertion signed with the registered private key
  // ---------------------------------------------------------------------------------------------
  def('b68c_irs_a2a_client_id', 'none', false, 'https://www.irs.gov/tax-professionals/e-services-online-tools-for-tax-professionals (API Client ID issued through e-Services API Client ID application; identifies the client, the signing key is the secret)',
    (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // QuickBooks Web Connector: .qwc OwnerID and FileID are GUIDs the app chooses; identifiers, not secrets
  // ---------------------------------------------------------------------------------------------
  def('b68c_qbwc_guid', 'none', false, 'https://developer.intuit.com/app/developer/qbdesktop/docs/get-started/get-started-with-quickbooks-web-connector (QWC file OwnerID and FileID: GUIDs in braces)',
    (r) => `{${uuid(r).toUpperCase()}}`);
};
