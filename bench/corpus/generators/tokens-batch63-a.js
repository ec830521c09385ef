'use strict';
/** Generators added with batch63-a: each with the URL of the documentation it follows. */
const { AL, b64, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // PostFinance Checkout and wallee (same platform): an application user has a numeric user id and an
  // authentication key, a base64-encoded 256-bit secret used as HMAC-SHA512 key for the x-mac-* headers
  // (or to sign the HS256 JWT the SDKs send); the space id and user id are plain numbers
  // ---------------------------------------------------------------------------------------------
  const PFC_DOC = 'https://checkout.postfinance.ch/en-ch/doc/api/web-service#_authentication (application user: user id + authentication key, base64 of 32 random bytes; x-mac-value = base64 HMAC-SHA512 over version|userId|timestamp|method|path)';
  const WALLEE_DOC = 'https://app-wallee.com/en-us/doc/api/web-service#_authentication (application user id + authentication key, base64 of 32 bytes, MAC or JWT authentication)';
  def('b63a_pfc_auth_key', 'postfinance-checkout', true, PFC_DOC, (r) => b64(r.bytes(32)));
  def('b63a_wallee_auth_key', 'wallee', true, WALLEE_DOC, (r) => b64(r.bytes(32)));

  // ---------------------------------------------------------------------------------------------
  // Datatrans: merchantId (10 digits, sent as Basic-auth user name, an identifier), the server-to-server
  // password generated in Webadmin, and HMAC-SHA256 keys (sign/sign2, 64 bytes written as 128 hex) for
  // request signing and webhook verification; the resulting `sign` values are per-request digests
  // ---------------------------------------------------------------------------------------------
  const DT_DOC = 'https://docs.datatrans.ch/docs/api-endpoints#authentication (Basic auth base64(merchantId:password), password generated under UPP Administration > Security; HMAC keys generated there as 128 hex characters)';
  def('b63a_datatrans_merchant_id', 'none', false, `${DT_DOC}; the merchantId is an identifier`, (r) => `110000${r.str(AL.digit, 4)}`);
  def('b63a_datatrans_api_password', 'datatrans', true, DT_DOC, (r) => r.str(`${AL.b62}#$!*`, 20));
  plain('b63a_datatrans_hmac_key', 'datatrans', AL.hex, 128, DT_DOC);
  def('b63a_datatrans_sign', 'none', false, `${DT_DOC}; a per-request HMAC-SHA256 digest`, (r) => r.hex(64));

  // ---------------------------------------------------------------------------------------------
  // Worldline Saferpay JSON API: Basic auth with a JSON API user API_<customerId>_<8 digits> (identifier)
  // and the password set when the user is created in the Saferpay Backoffice
  // ---------------------------------------------------------------------------------------------
  const SP_DOC = 'https://saferpay.github.io/jsonapi/#authentication (HTTP Basic with the JSON API user "API_<CustomerId>_<number>" and its password from Backoffice > Settings > JSON API basic authentication)';
  def('b63a_saferpay_api_user', 'none', false, `${SP_DOC}; the user name`, (r) => `API_${r.digits(6)}_${r.digits(8)}`);
  def('b63a_saferpay_api_password', 'saferpay', true, SP_DOC, (r) => r.str(`${AL.b62}*-+_`, 16));

  // Worldline Direct / Online Payments: API key id (identifier, 20 upper-case hex) and API secret (base64 ~ 64 bytes)
  const WL_DOC = 'https://docs.direct.worldline-solutions.com/en/integration/api-developer-guide/authentication (API Key and API Secret from the Merchant Portal; the secret keys HMAC-SHA256 of the GCS v1HMAC header)';
  def('b63a_worldline_api_key_id', 'none', false, `${WL_DOC}; the API Key is sent in the header`, (r) => r.str(AL.HEX, 20));
  def('b63a_worldline_api_secret', 'worldline', true, WL_DOC, (r) => b64(r.bytes(48)));

  // ---------------------------------------------------------------------------------------------
  // Payrexx: API secret of an instance (X-API-KEY header or HMAC ApiSignature key)
  // ---------------------------------------------------------------------------------------------
  plain('b63a_payrexx_api_secret', 'payrexx', AL.b62, 30, 'https://developers.payrexx.com/v1.0/reference (X-API-KEY: YOUR_API_SECRET, or ApiSignature = base64 HMAC-SHA256 with the API Secret of the instance)');

  // ---------------------------------------------------------------------------------------------
  // bexio: personal access tokens from office.bexio.com/admin/apiTokens are signed JWTs issued by idp.bexio.com;
  // OAuth apps get a client id (UUID, public) and a client secret
  // ---------------------------------------------------------------------------------------------
  const BEXIO_DOC = 'https://docs.bexio.com/#section/Authentication (Personal Access Token or OpenID Connect via idp.bexio.com; Authorization: Bearer <token>)';
  def('b63a_bexio_pat', 'bexio', true, BEXIO_DOC, (r) => jwt(r, { kid: uuid(r), alg: 'RS256' },
    { sub: `${r.str(AL.lower, 6)}@${r.pick(['velohaus', 'kaelin-treuhand', 'fiducia'])}.ch`, login_id: uuid(r), company_id: r.str(AL.lowerAlnum, 12), user_id: r.range(1, 40), azp: 'evlwbirwrzfbqctw', scope: 'openid profile email all offline_access', iss: 'https://idp.bexio.com', exp: epoch(r) + 31536000 * 5, iat: epoch(r), company_user_id: r.range(1, 40), jti: uuid(r) }, 256));
  def('b63a_bexio_client_secret', 'bexio', true, BEXIO_DOC, (r) => r.str(`${AL.b62}-_`, 64));

  // Run my Accounts: per-tenant API key (query parameter api_key) issued in the settings
  plain('b63a_runmyaccounts_api_key', 'runmyaccounts', AL.b62, 40, 'https://www.runmyaccounts.ch/support-artikel/api-schnittstelle/ (REST API: https://service.runmyaccounts.com/api/latest/clients/<mandant>/...?api_key=<key>, key issued per tenant)');

  // Abacus REST API (AbaConnect / Entity API): service user with OAuth client id (UUID) and client secret
  const ABACUS_DOC = 'https://apihub.abacus.ch/documentation/authentication (OAuth 2.0 client credentials of a service user: client id and client secret generated in program 1795)';
  def('b63a_abacus_client_secret', 'abacus', true, ABACUS_DOC, (r) => r.str(AL.b62, 40));

  // ---------------------------------------------------------------------------------------------
  // Identity: SwissID (OIDC, client secret), ID Austria (OIDC at eid.oesterreich.gv.at, client secret)
  // ---------------------------------------------------------------------------------------------
  def('b63a_swissid_client_secret', 'swissid', true, 'https://www.swissid.ch/en/business (SwissID Login: OpenID Connect, client_secret_basic with client id and secret issued at onboarding)', (r) => r.str(`${AL.b62}-_`, 43));
  def('b63a_idaustria_client_secret', 'id-austria', true, 'https://www.oesterreich.gv.at/id-austria/fuer-unternehmen.html (ID Austria service providers: OIDC client registered at the E-ID system, client secret alongside the PVP certificate)', (r) => r.str(AL.b62, 48));

  // ---------------------------------------------------------------------------------------------
  // Shipping: Swiss Post Digital Commerce API (OAuth client credentials at api.post.ch) and Planzer API key
  // ---------------------------------------------------------------------------------------------
  const POST_DOC = 'https://developer.post.ch/en/digital-commerce-api (OAuth 2.0 client credentials: client_id and client_secret from the Swiss Post developer portal, token at api.post.ch/OAuth/token)';
  def('b63a_swisspost_client_id', 'none', false, `${POST_DOC}; the client id is sent in clear`, (r) => r.hex(32));
  plain('b63a_swisspost_client_secret', 'swisspost', AL.hex, 32, POST_DOC);
  plain('b63a_planzer_api_key', 'planzer', AL.b62, 32, 'https://www.planzer.ch/de/services/planzer-schnittstellen (Planzer shipment API: x-api-key issued per customer number)');

  // Digitec Galaxus marketplace: partner API key (header) for orders/offers
  plain('b63a_galaxus_api_key', 'galaxus', AL.b62, 40, 'https://www.galaxus.ch/de/wiki/6133 (Galaxus Marketplace Partner API: API key issued in the Merchant Center, sent as X-Api-Key)');

  // ---------------------------------------------------------------------------------------------
  // Austrian public e-services: FinanzOnline session web service returns a session id after login with
  // Teilnehmer-Id, Benutzer-Id and PIN of a web-service user; the session id authorises further calls
  // ---------------------------------------------------------------------------------------------
  plain('b63a_finanzonline_session_id', 'finanzonline', `${AL.b62}`, 24, 'https://www.bmf.gv.at/services/finanzonline/informationen-fuer-softwarehersteller.html (Session-Webservice: login(tid, benid, pin, herstellerid) returns the session id used by the data-box and file-upload services)');

  // ---------------------------------------------------------------------------------------------
  // Banking APIs: Erste Group developer portal (web-api-key header, a UUID, plus OAuth client secret) and
  // Raiffeisen Bank International developer portal (OAuth client id/secret)
  // ---------------------------------------------------------------------------------------------
  const ERSTE_DOC = 'https://developers.erstegroup.com/docs/tutorial/sandbox (every call carries web-api-key: <API key of the application>, a UUID, plus OAuth client id and client secret for the George business APIs)';
  def('b63a_erste_web_api_key', 'erste', true, ERSTE_DOC, (r) => uuid(r));
  def('b63a_erste_client_secret', 'erste', true, ERSTE_DOC, (r) => r.str(AL.b62, 40));
  def('b63a_raiffeisen_client_secret', 'raiffeisen', true, 'https://developer.raiffeisen.at/en/documentation (PSD2 / corporate APIs: OAuth 2.0 client credentials issued per application, TLS client certificate)', (r) => r.str(`${AL.b62}-_`, 40));

  // ---------------------------------------------------------------------------------------------
  // SMS: Swisscom Digital Marketplace (client_id header = app key, secret for OAuth), ASPSMS (userkey is an
  // account identifier, the API password is the secret)
  // ---------------------------------------------------------------------------------------------
  const SC_DOC = 'https://digital.swisscom.com/products/sms (app key sent as client_id header for the SMS API, key and secret issued per app)';
  plain('b63a_swisscom_app_key', 'swisscom', AL.b62, 32, SC_DOC);
  plain('b63a_swisscom_app_secret', 'swisscom', AL.b62, 16, SC_DOC);
  def('b63a_aspsms_userkey', 'none', false, 'https://www.aspsms.com/en/documentation/ (UserKey identifies the account; the API password authenticates)', (r) => r.str(AL.upperAlnum, 12));
};
