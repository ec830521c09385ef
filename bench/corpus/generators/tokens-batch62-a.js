'use strict';
/** Generators added with batch62-a: each with the URL of the documentation it follows. */
const { AL, b64, b64url, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Vipps MobilePay: sales-unit API keys are client_id (a UUID), client_secret and the Azure APIM
  // Ocp-Apim-Subscription-Key (32 hex); POST /accesstoken/get returns a JWT valid 24 h in production.
  // Merchant-Serial-Number (MSN) is a 5-6 digit id of the sales unit.
  // ---------------------------------------------------------------------------------------------
  const VIPPS_DOC = 'https://developer.vippsmobilepay.com/docs/knowledge-base/api-keys/ (client_id, client_secret and Ocp-Apim-Subscription-Key are the API keys of a sales unit, to be kept secret; /accesstoken/get returns a JWT valid 1 h in test and 24 h in production)';
  def('b62a_vipps_client_id', 'none', false, `${VIPPS_DOC}; the client_id is a UUID that identifies the sales unit and authenticates nothing without the secret`, (r) => uuid(r));
  def('b62a_vipps_client_secret', 'vipps', true, VIPPS_DOC, (r) => b64(r.bytes(32)));
  plain('b62a_vipps_subscription_key', 'vipps', AL.hex, 32, `${VIPPS_DOC}; the subscription key is an Azure API Management key, 32 hex`);
  def('b62a_vipps_msn', 'none', false, 'https://developer.vippsmobilepay.com/docs/knowledge-base/vipps-msn/ (Merchant Serial Number: the 5-6 digit id of a sales unit; an identifier)', (r) => r.digits(6));
  def('b62a_vipps_access_token', 'vipps', true, VIPPS_DOC, (r) => {
    const iat = epoch(r);
    return jwt(r, { typ: 'JWT', alg: 'RS256', x5t: b64url(r.bytes(20)), kid: b64url(r.bytes(20)) },
      { aud: uuid(r), iss: `https://sts.windows.net/${uuid(r)}/`, iat, nbf: iat, exp: iat + 86400, aio: b64(r.bytes(48)), appid: uuid(r), appidacr: '1', tid: uuid(r), ver: '1.0' }, 256);
  });

  // ---------------------------------------------------------------------------------------------
  // Klarna: API keys klarna_<live|test>_api_<random>; older username/password credentials
  // (username = MID + "_" + random, e.g. PK12345_abcdef123456; password = shared secret);
  // client identifiers klarna_<live|test>_client_<random> are for the Web SDK in the browser.
  // ---------------------------------------------------------------------------------------------
  const KLARNA_DOC = 'https://docs.klarna.com/api/authentication (API key format klarna_<live|test>_api_<random>, sent as Authorization: Basic <API key>; username/password credentials: a username tied to the Merchant ID and a password shown once)';
  def('b62a_klarna_api_key', 'klarna', true, KLARNA_DOC, (r) => `klarna_live_api_${b64url(r.bytes(72))}`);
  def('b62a_klarna_test_api_key', 'klarna', true, KLARNA_DOC, (r) => `klarna_test_api_${b64url(r.bytes(72))}`);
  def('b62a_klarna_username', 'none', false, `${KLARNA_DOC}; the username (MID_random) identifies the credential`, (r) => `PK${r.digits(5)}_${r.hex(12)}`);
  plain('b62a_klarna_password', 'klarna', AL.b62, 16, `${KLARNA_DOC}; the legacy shared secret, 16 alphanumerics`);
  def('b62a_klarna_client_id', 'none', false, 'https://docs.klarna.com/resources/developer-tools/merchant-portal-guide/settings (client identifiers for the Web SDK are registered per allowed origin and embedded in the page; public)', (r) => `klarna_live_client_${b64url(r.bytes(48))}`);

  // ---------------------------------------------------------------------------------------------
  // Nexi Checkout (Nets Easy): integration keys per environment. The secret key goes in the
  // Authorization header of server calls; the checkout key is loaded by the checkout JS in the browser.
  // ---------------------------------------------------------------------------------------------
  const NETS_DOC = 'https://developer.nexigroup.com/nexi-checkout/en-EU/docs/access-your-integration-keys/ (Secret key "live-secret-key-" / "test-secret-key-" + 32 hex for the REST APIs; Checkout key "live-checkout-key-" + 32 hex for the JS SDK)';
  def('b62a_nets_secret_key', 'nexi', true, NETS_DOC, (r) => `live-secret-key-${r.hex(32)}`);
  def('b62a_nets_test_secret_key', 'nexi', true, NETS_DOC, (r) => `test-secret-key-${r.hex(32)}`);
  def('b62a_nets_checkout_key', 'none', false, `${NETS_DOC}; the checkout key is public, passed to the checkout page`, (r) => `live-checkout-key-${r.hex(32)}`);
  def('b62a_nets_payment_id', 'none', false, 'https://developer.nexigroup.com/nexi-checkout/en-EU/api/payment-v1/ (paymentId: 32 hex; an identifier)', (r) => r.hex(32));

  // ---------------------------------------------------------------------------------------------
  // Swish: payee alias (the merchant's Swish number 123xxxxxxx) is public
  // ---------------------------------------------------------------------------------------------
  def('b62a_swish_payee_alias', 'none', false, 'https://developer.swish.nu/documentation/getting-started/swish-commerce-api (payeeAlias: the merchant Swish number, 123 + 7 digits; printed on invoices and QR codes)', (r) => `123${r.str(AL.digit, 7)}`);

  // ---------------------------------------------------------------------------------------------
  // Tripletex: consumerToken (per integration) and employeeToken (per user) are exchanged at
  // PUT /v2/token/session/:create for a session token used as the Basic auth password (user "0").
  // Tokens read as base64 of {"tokenId":N,"token":"<uuid>"}.
  // ---------------------------------------------------------------------------------------------
  const TTX_DOC = 'https://developer.tripletex.no/docs/documentation/authentication-and-tokens/ (consumerToken + employeeToken -> session token via /v2/token/session/:create; session token sent as Basic 0:<token>; tokens are base64 of {"tokenId":<n>,"token":"<uuid>"})';
  const ttx = (r) => b64(JSON.stringify({ tokenId: Number(r.digits(r.pick([6, 7, 9]))), token: uuid(r) }));
  def('b62a_tripletex_consumer_token', 'tripletex', true, TTX_DOC, ttx);
  def('b62a_tripletex_employee_token', 'tripletex', true, TTX_DOC, ttx);
  def('b62a_tripletex_session_token', 'tripletex', true, TTX_DOC, ttx);

  // ---------------------------------------------------------------------------------------------
  // Moneybird: personal API token (Bearer, full access to the administration); administration id is public
  // ---------------------------------------------------------------------------------------------
  const MB_DOC = 'https://developer.moneybird.com/authentication/ (personal API token used as Bearer token, "similar to a password"; OAuth client id/secret for external apps)';
  plain('b62a_moneybird_token', 'moneybird', AL.b64url, 43, MB_DOC);
  plain('b62a_moneybird_client_secret', 'moneybird', AL.hex, 64, MB_DOC);
  def('b62a_moneybird_administration_id', 'none', false, 'https://developer.moneybird.com/integration/getting-started (administration id: an 18-digit number in every URL; an identifier)', (r) => r.digits(18));

  // ---------------------------------------------------------------------------------------------
  // Sendcloud: Basic auth with Public Key (username) and Secret Key (password) of an API integration
  // ---------------------------------------------------------------------------------------------
  const SC_DOC = 'https://sendcloud.dev/docs/getting-started/how-to-create-your-api-keys (API integration: Public Key is the username, Secret Key the password of Basic auth; keys issued as 32 hex)';
  def('b62a_sendcloud_public_key', 'none', false, `${SC_DOC}; the public key is the username`, (r) => r.hex(32));
  plain('b62a_sendcloud_secret_key', 'sendcloud', AL.hex, 32, SC_DOC);

  // ---------------------------------------------------------------------------------------------
  // bol.com Retailer API: client credentials (client id a UUID, client secret a long URL-safe string)
  // ---------------------------------------------------------------------------------------------
  const BOL_DOC = 'https://api.bol.com/retailer/public/Retailer-API/authentication.html (client credentials flow at login.bol.com/token: client id + client secret from the Seller Dashboard API settings; the secret is shown once)';
  def('b62a_bol_client_id', 'none', false, `${BOL_DOC}; the client id is a UUID identifying the credential`, (r) => uuid(r));
  plain('b62a_bol_client_secret', 'bol', `${AL.b62}-_`, 86, BOL_DOC);

  // ---------------------------------------------------------------------------------------------
  // Shipping: PostNord Developer (apikey query parameter, 32 hex), Bring / Mybring (X-Mybring-API-Uid =
  // the login email, X-Mybring-API-Key = a UUID)
  // ---------------------------------------------------------------------------------------------
  plain('b62a_postnord_api_key', 'postnord', AL.hex, 32, 'https://developer.postnord.com/docs (every request carries ?apikey=<key>; the key is issued per application in the developer portal, 32 hex)');
  def('b62a_bring_api_key', 'bring', true, 'https://developer.bring.com/api/#authentication (X-Mybring-API-Uid: the Mybring login email; X-Mybring-API-Key: the API key generated in Mybring settings, a UUID)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // CDON marketplace (Nordic): merchant API key sent as "Authorization: api <key>"
  // ---------------------------------------------------------------------------------------------
  def('b62a_cdon_api_key', 'cdon', true, 'https://developer.cdon.com/ (Merchant API: Authorization header "api <api key>"; the key comes from the CDON merchant portal and is issued as a UUID)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // eID brokers: Criipto / Idura Verify (client id is a urn chosen by the tenant, client secret generated
  // once and base64), Signicat (client id e.g. sandbox-<words>-<n>, client secret 48 alphanumerics)
  // ---------------------------------------------------------------------------------------------
  plain('b62a_criipto_client_secret', 'criipto', AL.b64, 43, 'https://docs.idura.app/verify/getting-started/register-your-application/ (OAuth2 code flow: client secret generated once when "OAuth2 code flow" is enabled on the application, a base64 string)');
  plain('b62a_signicat_client_secret', 'signicat', AL.b62, 48, 'https://developer.signicat.com/docs/accessing-api-products/ (API client: client ID and client secret created in the Signicat Dashboard; the secret is shown once)');

  // ---------------------------------------------------------------------------------------------
  // Altinn / Digdir: Altinn 2/3 APIM subscription key (Ocp-Apim-Subscription-Key, 32 hex); Maskinporten
  // access tokens are JWTs (short-lived bearer tokens)
  // ---------------------------------------------------------------------------------------------
  plain('b62a_altinn_subscription_key', 'altinn', AL.hex, 32, 'https://docs.altinn.studio/api/authentication/ (Altinn APIs require Ocp-Apim-Subscription-Key from the API product subscription, 32 hex, plus a Maskinporten or Altinn token)');
  def('b62a_maskinporten_access_token', 'maskinporten', true, 'https://docs.digdir.no/docs/Maskinporten/maskinporten_protocol_token (access_token: a signed JWT valid 120 s by default, sent as Bearer to the API owner)', (r) => {
    const iat = epoch(r);
    return jwt(r, { kid: `maskinporten-${r.hex(8)}`, alg: 'RS256' },
      { scope: 'skatteetaten:mvameldingvalidering', iss: 'https://maskinporten.no/', 'client_amr': 'private_key_jwt', 'token_type': 'Bearer', exp: iat + 120, iat, 'client_id': uuid(r), jti: b64url(r.bytes(32)), consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${r.digits(9)}` } }, 256);
  });

  // ---------------------------------------------------------------------------------------------
  // Dutch PSPs: MultiSafepay site API key (40 hex), Buckaroo website key (public, 10 upper-case
  // alphanumerics) + secret key, Pay. (pay.nl) token code AT-####-#### + API token (40 hex)
  // ---------------------------------------------------------------------------------------------
  plain('b62a_multisafepay_api_key', 'multisafepay', AL.hex, 40, 'https://docs.multisafepay.com/docs/sites#site-api-key (site API key, 40 hex, sent as ?api_key= or api_key header; gives full access to the site)');
  def('b62a_buckaroo_website_key', 'none', false, 'https://docs.buckaroo.io/docs/integration-authentication (Website key: identifies the website in the Buckaroo plaza, 10 characters; sent in clear in the HMAC header)', (r) => r.str(AL.upperAlnum, 10));
  plain('b62a_buckaroo_secret_key', 'buckaroo', AL.b62, 32, 'https://docs.buckaroo.io/docs/integration-authentication (Secret key configured in Plaza > Configuration > Security: signs every request with HMAC-SHA256)');
  def('b62a_paynl_token_code', 'none', false, 'https://developer.pay.nl/docs/authentication (AT-code: the token code AT-####-#### is the Basic auth username)', (r) => `AT-${r.str(AL.digit, 4)}-${r.str(AL.digit, 4)}`);
  plain('b62a_paynl_api_token', 'pay', AL.hex, 40, 'https://developer.pay.nl/docs/authentication (API token, 40 hex: the Basic auth password paired with the AT-code)');

  // ---------------------------------------------------------------------------------------------
  // Twinfield (Wolters Kluwer): OAuth2 client secret of an app registered with the WK developer portal
  // ---------------------------------------------------------------------------------------------
  plain('b62a_twinfield_client_secret', 'twinfield', `${AL.b62}-_`, 40, 'https://accounting.twinfield.com/webservices/documentation/#/ApiReference/Authentication/OpenIdConnect (OpenID Connect at login.twinfield.com: client_id and client_secret of the registered app; refresh tokens valid until revoked)');
  plain('b62a_twinfield_refresh_token', 'twinfield', AL.hex, 64, 'https://accounting.twinfield.com/webservices/documentation/#/ApiReference/Authentication/OpenIdConnect (refresh_token returned with offline_access, 64 hex)');

  // ---------------------------------------------------------------------------------------------
  // Storecove (Peppol access point as a service): API key sent as Bearer
  // ---------------------------------------------------------------------------------------------
  plain('b62a_storecove_api_key', 'storecove', `${AL.b62}-_`, 43, 'https://www.storecove.com/docs/#_authentication (API keys created under API Keys in the Storecove UI, sent as Authorization: Bearer; one key gives access to every legal entity of the account)');

  // Peppol participant ids and Norwegian organisation numbers are public identifiers
  def('b62a_peppol_participant', 'none', false, 'https://docs.peppol.eu/edelivery/policies/PEPPOL-EDN-Policy-for-use-of-identifiers-4.2.0-2023-06-01.pdf (participant ids such as 0192:<orgnr> or 0106:<KvK>; public)', (r) => `0192:${r.digits(9)}`);
};
