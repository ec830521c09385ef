'use strict';
/** Generators added with batch65-a (Canadian business software, payments and government services): each with the URL of the documentation it follows. */
const { AL, b64 } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Moneris Gateway (eSELECTplus / Unified API): store_id identifies the store, api_token authenticates it
  // (test stores store1..store5 share the public test token "yesguy"; production tokens are 20 alphanumerics)
  // ---------------------------------------------------------------------------------------------
  const MONERIS_DOC = 'https://developer.moneris.com/More/Testing/Testing%20a%20Solution (store_id + api_token sent in every gateway request; production api_token issued in the Merchant Resource Centre, 20 alphanumerics)';
  plain('b65a_moneris_api_token', 'moneris', AL.b62, 20, MONERIS_DOC);
  def('b65a_moneris_store_id', 'none', false, `${MONERIS_DOC}; the store id is an identifier (monca + 5 digits for Canadian stores)`, (r) => `monca${r.str(AL.digit, 5)}`);
  def('b65a_moneris_checkout_id', 'none', false, 'https://developer.moneris.com/livedemo/checkout/overview/guide/php (Moneris Checkout checkout_id chkt + 5 alphanumerics, configured profile id sent with the api_token; not a credential by itself)',
    (r) => `chkt${r.str(AL.upperAlnum, 5)}`);

  // ---------------------------------------------------------------------------------------------
  // Bambora / Worldline North America: Authorization: Passcode base64(merchant_id:passcode); passcodes are
  // 32 mixed-case hex, one per API (payments, profiles, reporting, batch); merchant ids are 9 digits
  // ---------------------------------------------------------------------------------------------
  const BAMBORA_DOC = 'https://docs.na.worldline-solutions.com/plan-your-integration/merchant-integration-guide/calling-apis (Authorization: Passcode Base64Encoded(merchant_id:passcode); API passcodes generated in the Member Area as 32 hex characters in mixed case)';
  const mixedHex = (r, n) => Array.from({ length: n }, () => r.pick([...'0123456789abcdefABCDEF'])).join('');
  const bamboraMid = (r) => `3${r.str(AL.digit, 8)}`;
  def('b65a_bambora_passcode', 'bambora', true, BAMBORA_DOC, (r) => mixedHex(r, 32));
  def('b65a_bambora_merchant_id', 'none', false, `${BAMBORA_DOC}; the merchant id is an identifier printed on checkout links`, bamboraMid);
  def('b65a_bambora_passcode_b64', 'bambora', true, `${BAMBORA_DOC}; the header value itself`, (r) => b64(`${bamboraMid(r)}:${mixedHex(r, 32)}`));
  plain('b65a_bambora_hash_key', 'bambora', AL.b62, 32, 'https://docs.na.worldline-solutions.com/build-your-integration/checkout-form/checkout/linking-to-checkout (hash key appended to the query string before SHA-1 hashValue; anyone holding it can forge checkout links and response validations)');

  // ---------------------------------------------------------------------------------------------
  // Helcim API v2: api-token header generated per API Access Configuration
  // ---------------------------------------------------------------------------------------------
  const HELCIM_DOC = 'https://devdocs.helcim.com/docs/creating-an-api-access-configuration (api-token header; having a valid token lets a bad actor process payments; issued as a long opaque string)';
  def('b65a_helcim_api_token', 'helcim', true, HELCIM_DOC, (r) => `${r.str(AL.b62, 20)}${r.pick(['.', '-', '_', '#', '!'])}${r.str(AL.b62, 15)}${r.pick(['.', '_', '@', '%'])}${r.str(AL.b62, 8)}`);

  // ---------------------------------------------------------------------------------------------
  // Questrade API: refresh token from the API Centre (single-use, 7 days), access token (30 minutes)
  // ---------------------------------------------------------------------------------------------
  const QT_DOC = 'https://www.questrade.com/api/documentation/security (refresh_token from the API Centre redeemed at login.questrade.com/oauth2/token for access_token + new refresh_token; sample values are 32 characters of letters, digits and "+")';
  const qt = (r) => `${r.str(AL.b62, 31)}${r.pick([...AL.b62, '+'])}`;
  def('b65a_questrade_refresh_token', 'questrade', true, QT_DOC, qt);
  def('b65a_questrade_access_token', 'questrade', true, QT_DOC, qt);

  // ---------------------------------------------------------------------------------------------
  // Canada Post Web Services: API key = username:password, 16 hex and 22 hex, HTTP Basic
  // ---------------------------------------------------------------------------------------------
  const CPC_DOC = 'https://www.canadapost-postescanada.ca/information/app/drc/testing.jsf (API key shown as username:password, e.g. 6e93d53968881714:0bfa9fcb9853d1f51ee57a; sent as HTTP Basic)';
  def('b65a_canadapost_username', 'none', false, `${CPC_DOC}; the username half identifies the key`, (r) => r.hex(16));
  def('b65a_canadapost_password', 'canadapost', true, CPC_DOC, (r) => r.hex(22));
  def('b65a_canadapost_basic_b64', 'canadapost', true, `${CPC_DOC}; the Basic header value`, (r) => b64(`${r.hex(16)}:${r.hex(22)}`));

  // ---------------------------------------------------------------------------------------------
  // Purolator E-Ship Web Services: development/production key (32 hex, the Basic username) and key password
  // ---------------------------------------------------------------------------------------------
  const PURO_DOC = 'https://www.purolator.com/en/business-solutions/web-services (E-Ship Web Services key and key password sent as HTTP Basic on the SOAP endpoints; keys are 32 hex, passwords 8 alphanumerics)';
  def('b65a_purolator_key', 'none', false, `${PURO_DOC}; the key is the Basic username`, (r) => r.hex(32));
  plain('b65a_purolator_key_password', 'purolator', AL.b62, 8, PURO_DOC);

  // ---------------------------------------------------------------------------------------------
  // Chit Chats: API access token created under Settings, sent bare in Authorization
  // ---------------------------------------------------------------------------------------------
  plain('b65a_chitchats_access_token', 'chitchats', AL.b62, 40, 'https://github.com/wesbos/chitchats-api-doc (API Access Token created in Settings > Account, sent as Authorization: $ACCESS_TOKEN; client id in the URL is an identifier)');

  // ---------------------------------------------------------------------------------------------
  // Flinks: secret key (flinks-auth-key for /GenerateAuthorizeToken, never expires) and x-api-key for data endpoints
  // ---------------------------------------------------------------------------------------------
  const FLINKS_DOC = 'https://docs.flinks.com/guides/connect/authentication-reference (secret key: does not expire, generates authorize tokens; x-api-key: security header on data endpoints; customerId in the URL is an identifier)';
  plain('b65a_flinks_secret_key', 'flinks', AL.b62, 32, FLINKS_DOC);
  plain('b65a_flinks_x_api_key', 'flinks', AL.b62, 40, FLINKS_DOC);

  // ---------------------------------------------------------------------------------------------
  // CRA Internet File Transfer / T4 filing: Web Access Code (WAC), 6 characters issued per business number
  // ---------------------------------------------------------------------------------------------
  def('b65a_cra_web_access_code', 'cra', true, 'https://www.canada.ca/en/revenue-agency/services/e-services/filing-information-returns-electronically-t4-t5-other-types-returns-overview/web-access-code.html (web access code: 6 characters, letters and digits, used with the business number to file information returns)',
    (r) => `${r.str(AL.upper, 2)}${r.str(AL.digit, 2)}${r.str(AL.upper, 1)}${r.str(AL.digit, 1)}`);

  // ---------------------------------------------------------------------------------------------
  // Ontario MOH EBS (Health Card Validation, MCEDT): software conformance key, a UUID identifying the vendor's
  // conformance-tested software; the MOH user id, password and the signing keystore are the credentials
  // ---------------------------------------------------------------------------------------------
  def('b65a_ebs_conformance_key', 'none', false, 'https://www.ontario.ca/document/ohip-infobulletins-2019/ebs-technical-specification (SoftwareConformanceKey in the EBS header identifies conformance-tested software, issued per software product; authentication uses the MOH user id/password and the signed message)',
    (r) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`);
  // ---------------------------------------------------------------------------------------------
  // Wealthsimple: OAuth 2.0 tokens from api.production.wealthsimple.com/v1/oauth/v2/token (password grant with
  // OTP for the web app, authorization code for partners); opaque, 43 base64url characters
  // ---------------------------------------------------------------------------------------------
  const WS_DOC = 'https://developers.wealthsimple.com/#tag/Authentication (OAuth 2.0: access_token valid 2 hours, refresh_token to renew it; opaque strings)';
  plain('b65a_wealthsimple_access_token', 'wealthsimple', AL.b64url, 43, WS_DOC);
  plain('b65a_wealthsimple_refresh_token', 'wealthsimple', AL.b64url, 43, WS_DOC);
};
