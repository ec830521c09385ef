'use strict';
/** Generators added with batch64-a (Australian and New Zealand business software, payments and government services): each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Akahu (NZ open banking): app token (the OAuth client_id, sent as X-Akahu-ID and in the authorize URL),
  // app secret (Basic password for app-scoped endpoints) and user access tokens (Bearer)
  // ---------------------------------------------------------------------------------------------
  const AKAHU_DOC = 'https://developers.akahu.nz/reference/api_index (Authorization: Bearer user_token_..., X-Akahu-ID: app_token_...; app-scoped endpoints take HTTP Basic with the App Token as user and the App Secret as password)';
  def('b64a_akahu_app_token', 'akahu', false, `${AKAHU_DOC}; the app token is the OAuth client_id, visible in the authorize URL, an identifier`,
    (r) => `app_token_c${r.str(AL.lowerAlnum, 24)}`);
  def('b64a_akahu_user_token', 'akahu', true, `${AKAHU_DOC}; user access token shaped as in https://developers.akahu.nz/changelog/new-header-required-x-akahu-id`,
    (r) => `user_token_c${r.str(AL.lowerAlnum, 24)}`);
  plain('b64a_akahu_app_secret', 'akahu', AL.lowerAlnum, 32, AKAHU_DOC);

  // ---------------------------------------------------------------------------------------------
  // Basiq (AU open banking): the API key from the dashboard is sent verbatim after "Authorization: Basic" to /token;
  // as issued it is the base64 of "<application id>:<secret>" (both UUIDs)
  // ---------------------------------------------------------------------------------------------
  def('b64a_basiq_api_key', 'basiq', true, 'https://api.basiq.io/reference/posttoken (API key passed verbatim as the Basic header value; keys carry many privileges, keep them secret)',
    (r) => b64(`${uuid(r)}:${uuid(r)}`));

  // ---------------------------------------------------------------------------------------------
  // Pin Payments: secret API key (HTTP Basic user, empty password) and publishable key pk_ (used by Pin.js in the browser)
  // ---------------------------------------------------------------------------------------------
  const PIN_DOC = 'https://pinpayments.com/developers/api-reference (secret API key as the Basic auth username with an empty password; publishable key pk_... for hosted fields / Pin.js)';
  plain('b64a_pin_secret_key', 'pin-payments', AL.b64url, 22, PIN_DOC);
  def('b64a_pin_publishable_key', 'pin-payments', false, `${PIN_DOC}; the publishable key is meant for client-side code`, (r) => `pk_${r.str(AL.b64url, 22)}`);

  // ---------------------------------------------------------------------------------------------
  // eWAY Rapid: API key (Basic username, long base64-like string) + API password; client-side encryption / public key epk-
  // ---------------------------------------------------------------------------------------------
  const EWAY_DOC = 'https://eway.io/api-v3/#authentication (HTTP Basic: the Rapid API Key as username and the API Password as password; Secure Fields use a public API key epk-...)';
  def('b64a_eway_api_key', 'eway', false, `${EWAY_DOC}; the API key is the Basic username and does not authenticate without the password`,
    (r) => `${r.str(AL.b62, 8)}${r.str(AL.b64, 62)}`);
  plain('b64a_eway_api_password', 'eway', AL.b62, 10, EWAY_DOC);
  def('b64a_eway_public_key', 'eway', false, `${EWAY_DOC}; the public API key is embedded in checkout pages`, (r) => `epk-${uuid(r).toUpperCase()}`);

  // ---------------------------------------------------------------------------------------------
  // Afterpay / Clearpay: Merchant ID (numeric, Basic username) + Secret Key (Basic password)
  // ---------------------------------------------------------------------------------------------
  const AFTERPAY_DOC = 'https://developers.cash.app/afterpay/api-reference/reference/introduction/authentication (HTTP Basic with the Merchant ID as username and the Secret Key as password)';
  def('b64a_afterpay_merchant_id', 'none', false, `${AFTERPAY_DOC}; the merchant id is an account identifier`, (r) => r.digits(r.pick([5, 6, 9])));
  plain('b64a_afterpay_secret_key', 'afterpay', AL.hex, 128, AFTERPAY_DOC);

  // ---------------------------------------------------------------------------------------------
  // Zip (zip.co) merchant API: private API key sent as Authorization: Bearer
  // ---------------------------------------------------------------------------------------------
  def('b64a_zip_api_key', 'zip', true, 'https://developers.zip.co/docs/api-keys (merchant private API key sent as Authorization: Bearer; generated in the Zip merchant portal, a base64 string)',
    (r) => b64(r.bytes(32)));

  // ---------------------------------------------------------------------------------------------
  // Tyro Connect / Tyro eCommerce: OAuth2 client credentials
  // ---------------------------------------------------------------------------------------------
  const TYRO_DOC = 'https://docs.connect.tyro.com/app/apis/auth/ (client_credentials grant at auth.connect.tyro.com/oauth/token with client_id and client_secret issued per app)';
  def('b64a_tyro_client_id', 'none', false, `${TYRO_DOC}; the client id identifies the app`, (r) => r.str(AL.b62, 32));
  plain('b64a_tyro_client_secret', 'tyro', `${AL.b62}-_`, 64, TYRO_DOC);

  // ---------------------------------------------------------------------------------------------
  // Windcave (formerly Payment Express / Paymark): PxPay 2.0 key (64 hex) and REST API key (Basic with the REST username)
  // ---------------------------------------------------------------------------------------------
  plain('b64a_windcave_pxpay_key', 'windcave', AL.hex, 64, 'https://www.windcave.com/developer-e-commerce-hosted-pxpay (PxPayUserId and PxPayKey, a 64-character hex key, in every GenerateRequest / ProcessResponse)');
  plain('b64a_windcave_rest_api_key', 'windcave', AL.b62, 64, 'https://www.windcave.com/developer-e-commerce-api-rest (REST API: HTTP Basic with the REST username and the API key)');

  // ---------------------------------------------------------------------------------------------
  // SecurePay (Australia Post): XML API merchant id + transaction password; REST API OAuth client credentials
  // ---------------------------------------------------------------------------------------------
  const SP_DOC = 'https://auspost.com.au/payments/docs/securepay/ (SecurePay XML API: merchantID such as ABC0001 plus transaction password; REST API: client_id/client_secret at the SecurePay Okta token endpoint)';
  plain('b64a_securepay_txn_password', 'securepay', AL.b62, 10, SP_DOC);
  plain('b64a_securepay_client_secret', 'securepay', `${AL.b62}-_`, 40, SP_DOC);

  // ---------------------------------------------------------------------------------------------
  // POLi Payments: Merchant Code + Authentication Code, sent as HTTP Basic
  // ---------------------------------------------------------------------------------------------
  plain('b64a_poli_auth_code', 'poli', AL.b62, 14, 'https://www.polipayments.com/assets/docs/POLi%20Merchant%20Guide.pdf (InitiateTransaction: Authorization: Basic base64(MerchantCode:AuthenticationCode))');

  // ---------------------------------------------------------------------------------------------
  // Australia Post: PAC (postage assessment calculator) AUTH-KEY, Shipping & Tracking (eParcel/StarTrack) API key + password
  // ---------------------------------------------------------------------------------------------
  def('b64a_auspost_pac_key', 'auspost', true, 'https://developers.auspost.com.au/apis/pac/getting-started (AUTH-KEY header; the API key e-mailed on registration, a UUID)', (r) => uuid(r));
  def('b64a_auspost_st_api_key', 'none', false, 'https://developers.auspost.com.au/apis/shipping-and-tracking/reference (HTTP Basic: API key as username, password as password, plus account-number header; the key alone does not authenticate)', (r) => uuid(r));
  plain('b64a_auspost_st_password', 'auspost', AL.b62, 20, 'https://developers.auspost.com.au/apis/shipping-and-tracking/reference (HTTP Basic: API key as username, password as password)');

  // ---------------------------------------------------------------------------------------------
  // Sendle: Sendle ID (Basic username) + API key (Basic password)
  // ---------------------------------------------------------------------------------------------
  plain('b64a_sendle_api_key', 'sendle', AL.b62, 24, 'https://developers.sendle.com/reference/authentication (HTTP Basic: Sendle ID as username, API key as password; keys from Settings > Integrations)');

  // ---------------------------------------------------------------------------------------------
  // Shippit: merchant API key (the "API secret") sent as Authorization: Bearer
  // ---------------------------------------------------------------------------------------------
  plain('b64a_shippit_api_key', 'shippit', `${AL.b62}-_`, 22, 'https://developer.shippit.com/dev_guide/using_apis/authentication.html (per-merchant API key from the merchant dashboard, Authorization: Bearer)');

  // ---------------------------------------------------------------------------------------------
  // NZ Post / CourierPost APIs: OAuth client credentials from the NZ Post developer centre
  // ---------------------------------------------------------------------------------------------
  const NZPOST_DOC = 'https://anypoint.mulesoft.com/exchange/portals/nz-post-group/ (client_id and client_secret exchanged at oauth.nzpost.co.nz/as/token.oauth2; client_id also sent in a header)';
  def('b64a_nzpost_client_id', 'none', false, `${NZPOST_DOC}; the client id is sent in clear`, (r) => r.hex(32));
  plain('b64a_nzpost_client_secret', 'nzpost', AL.b62, 32, NZPOST_DOC);

  // ---------------------------------------------------------------------------------------------
  // Telstra Messaging API (SMS): client_id / client_secret for the OAuth token
  // ---------------------------------------------------------------------------------------------
  const TELSTRA_DOC = 'https://dev.telstra.com/content/messaging-api (POST /v2/oauth/token with client_id, client_secret and grant_type=client_credentials; keys from the Telstra developer portal)';
  def('b64a_telstra_client_id', 'none', false, `${TELSTRA_DOC}; the client key identifies the app`, (r) => r.str(AL.b62, 32));
  plain('b64a_telstra_client_secret', 'telstra', AL.b62, 16, TELSTRA_DOC);

  // ---------------------------------------------------------------------------------------------
  // MessageMedia (Sinch) and ClickSend SMS
  // ---------------------------------------------------------------------------------------------
  const MM_DOC = 'https://developers.messagemedia.com/code/messages-api-documentation/ (Basic auth with API key and secret, or HMAC with the secret; key 20 characters, secret 30)';
  def('b64a_messagemedia_api_key', 'none', false, `${MM_DOC}; the key is the username`, (r) => r.str(AL.b62, 20));
  plain('b64a_messagemedia_api_secret', 'messagemedia', AL.b62, 30, MM_DOC);
  def('b64a_clicksend_api_key', 'clicksend', true, 'https://developers.clicksend.com/docs/rest/v3/#authentication (HTTP Basic: account username and API key; keys shaped 8-4-4-4-12 upper-case hex)',
    (r) => uuid(r).toUpperCase());

  // ---------------------------------------------------------------------------------------------
  // Workforce: Deputy permanent tokens, Tanda access tokens, Employment Hero Payroll (KeyPay) API keys
  // ---------------------------------------------------------------------------------------------
  plain('b64a_deputy_permanent_token', 'deputy', AL.hex, 32, 'https://developer.deputy.com/deputy-docs/docs/authenticating-with-a-permanent-token (Authorization: OAuth <token>; a permanent token never expires)');
  plain('b64a_tanda_access_token', 'tanda', AL.hex, 64, 'https://my.tanda.co/api/v2/documentation#header-authentication (Authorization: bearer <access token>, 64 hex from Settings > API)');
  plain('b64a_keypay_api_key', 'employment-hero', AL.b62, 40, 'https://api.keypay.com.au/guides/Authentication (Employment Hero Payroll / KeyPay: API key as the Basic username with an empty password)');

  // ---------------------------------------------------------------------------------------------
  // Field service and inventory: ServiceM8, simPRO, Cin7 Core (DEAR), Unleashed, MYOB
  // ---------------------------------------------------------------------------------------------
  def('b64a_servicem8_api_key', 'servicem8', true, 'https://developer.servicem8.com/docs/authentication (X-API-Key header; keys generated under Settings > API Keys start with smk-)',
    (r) => `smk-${r.hex(6)}-${r.str(AL.b62, 32)}`);
  plain('b64a_simpro_api_key', 'simpro', AL.hex, 40, 'https://developer.simprogroup.com/apidoc/?page=6ad8d00f1c6a1e2e1a9f18ad4d1fd9ab (API key created under System Setup > API Keys, sent as Authorization: Bearer)');
  def('b64a_cin7_account_id', 'none', false, 'https://dearinventory.docs.apiary.io/#introduction/authentication (api-auth-accountid header: the account id, a UUID identifier)', (r) => uuid(r));
  def('b64a_cin7_application_key', 'cin7', true, 'https://dearinventory.docs.apiary.io/#introduction/authentication (api-auth-applicationkey header: the application key, a UUID, keep secret)', (r) => uuid(r));
  def('b64a_unleashed_api_id', 'none', false, 'https://apidocs.unleashedsoftware.com/Authentication (api-auth-id header: the API id, a UUID)', (r) => uuid(r));
  def('b64a_unleashed_api_key', 'unleashed', true, 'https://apidocs.unleashedsoftware.com/Authentication (API key: the HMAC-SHA256 key for api-auth-signature over the query string; 88 base64 characters)',
    (r) => b64(r.bytes(64)));
  def('b64a_unleashed_signature', 'none', false, 'https://apidocs.unleashedsoftware.com/Authentication (api-auth-signature: base64 HMAC-SHA256 of the query string, per request)', (r) => b64(r.bytes(32)));
  const MYOB_DOC = 'https://developer.myob.com/api/myob-business-api/api-overview/authentication/ (API key = client_id sent also as x-myobapi-key, API secret = client_secret for the OAuth token exchange)';
  def('b64a_myob_api_key', 'none', false, `${MYOB_DOC}; the key is sent in clear on every call`, (r) => r.str(AL.lowerAlnum, 24));
  plain('b64a_myob_api_secret', 'myob', AL.b62, 24, MYOB_DOC);

  // ---------------------------------------------------------------------------------------------
  // ATO Standard Business Reporting: machine credential keystore (RAM / Relying Party Machine credential,
  // successor of AUSkey): the private key is stored base64 PKCS#8, encrypted only with the keystore password
  // ---------------------------------------------------------------------------------------------
  def('b64a_ato_m2m_private_key_b64', 'ato', true, 'https://softwaredevelopers.ato.gov.au/M2M (machine credential keystore: X.509 certificate chain plus the private key, protected by the keystore password; anyone with both can lodge as the business)',
    (r) => b64(Buffer.concat([Buffer.from('308204be020100300d06092a864886f70d0101010500048204a8', 'hex'), r.bytes(1192)])));
  plain('b64a_xero_refresh_token', 'xero', AL.hex, 64, 'https://developer.xero.com/documentation/guides/oauth2/auth-flow (refresh_token returned with offline_access: valid 60 days, exchanged with the client id/secret for a new access token; issued as 64 hex)');
  def('b64a_abn', 'none', false, 'https://abr.business.gov.au/Help/AbnFormat (Australian Business Number: 11 digits, public on the ABN Lookup register)', (r) => r.digits(11));
};
