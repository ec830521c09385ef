'use strict';
/** Generators added with batch59-b: each with the URL of the documentation it follows. */
const { AL, b64, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Safaricom M-Pesa Daraja: Consumer Key / Consumer Secret (Basic auth to /oauth/v1/generate, the key is the
  // OAuth client id), 1-hour access token, Lipa Na M-Pesa Online passkey, STK password = base64(shortcode +
  // passkey + timestamp), B2C SecurityCredential = base64 RSA ciphertext of the initiator password
  // ---------------------------------------------------------------------------------------------
  const DARAJA_DOC = 'https://developer.safaricom.co.ke/APIs/Authorization (consumer key and consumer secret from the Daraja app, Basic auth for /oauth/v1/generate; issued as 48 and 64 alphanumerics; access_token 28 alphanumerics, expires_in 3599)';
  def('b59b_daraja_consumer_key', 'safaricom', false, `${DARAJA_DOC}; the consumer key is the client id half of the pair`, (r) => r.str(AL.b62, 48));
  plain('b59b_daraja_consumer_secret', 'safaricom', AL.b62, 64, DARAJA_DOC);
  plain('b59b_daraja_access_token', 'safaricom', AL.b62, 28, DARAJA_DOC);
  const STK_DOC = 'https://developer.safaricom.co.ke/APIs/MpesaExpressSimulate (Password = base64(BusinessShortCode + Passkey + Timestamp); the passkey is 64 hex, sent by Safaricom on go-live)';
  plain('b59b_daraja_passkey', 'safaricom', AL.hex, 64, STK_DOC);
  def('b59b_daraja_stk_password', 'safaricom', true, `${STK_DOC}; decoding the password yields the passkey`, (r) => {
    const shortcode = String(r.range(100000, 999999));
    const ts = `2025${String(r.range(1, 12)).padStart(2, '0')}${String(r.range(10, 28))}${String(r.range(10, 23))}${String(r.range(10, 59))}${String(r.range(10, 59))}`;
    return b64(`${shortcode}${r.hex(64)}${ts}`);
  });
  def('b59b_daraja_security_credential', 'safaricom', true, 'https://developer.safaricom.co.ke/APIs/BusinessToCustomer (SecurityCredential: the initiator password encrypted with the M-Pesa public certificate, base64, 344 characters; accepted as is by the API)',
    (r) => b64(r.bytes(256)));

  // ---------------------------------------------------------------------------------------------
  // MTN MoMo Open API: Ocp-Apim-Subscription-Key (product primary/secondary key, 32 hex), API user (a UUID
  // chosen by the caller, X-Reference-Id) and API key (32 hex) used as Basic auth for /token/
  // ---------------------------------------------------------------------------------------------
  const MOMO_DOC = 'https://momodeveloper.mtn.com/api-documentation/api-description (Ocp-Apim-Subscription-Key from the profile, API User = UUID, API Key returned by /apiuser/{id}/apikey as 32 hex; Basic auth with user:key for /collection/token/)';
  plain('b59b_momo_subscription_key', 'mtn-momo', AL.hex, 32, MOMO_DOC);
  plain('b59b_momo_api_key', 'mtn-momo', AL.hex, 32, MOMO_DOC);
  def('b59b_momo_api_user', 'none', false, `${MOMO_DOC}; the API user id is a UUID, an identifier`, (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Airtel Money (Airtel Africa Open API): client_id / client_secret for /auth/oauth2/token, both UUID-shaped
  // ---------------------------------------------------------------------------------------------
  const AIRTEL_DOC = 'https://developers.airtel.africa/documentation/authorization/ (client_credentials grant with client_id and client_secret from the application; both shown as UUID-shaped strings)';
  def('b59b_airtel_client_id', 'none', false, `${AIRTEL_DOC}; the client id identifies the app`, (r) => uuid(r));
  def('b59b_airtel_client_secret', 'airtel-money', true, AIRTEL_DOC, (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Flutterwave v3: public key FLWPUBK-<32 hex>-X (client side), test secret FLWSECK_TEST-<32 hex>-X,
  // encryption key (3DES for card payloads) FLWSECK_TEST + 12 hex in test, 24 hex live
  // ---------------------------------------------------------------------------------------------
  const FLW_DOC = 'https://developer.flutterwave.com/v3.0/docs/authentication (public key FLWPUBK-, secret key FLWSECK-, encryption key; test keys carry _TEST)';
  def('b59b_flutterwave_public_key', 'flutterwave', false, `${FLW_DOC}; the public key is used in Inline/Standard checkout on the client`, (r) => `FLWPUBK-${r.hex(32)}-X`);
  def('b59b_flutterwave_secret_test', 'flutterwave', true, FLW_DOC, (r) => `FLWSECK_TEST-${r.hex(32)}-X`);
  def('b59b_flutterwave_encryption_key', 'flutterwave', true, `${FLW_DOC}; live encryption keys read 24 hex`, (r) => r.hex(24));

  // ---------------------------------------------------------------------------------------------
  // Paystack: public key pk_live_/pk_test_ + 40 hex (Popup/Inline, public), test secret sk_test_ + 40 hex
  // ---------------------------------------------------------------------------------------------
  const PAYSTACK_DOC = 'https://paystack.com/docs/api/authentication/ (secret keys sk_test_/sk_live_, public keys pk_test_/pk_live_ for the client; 40 hex after the prefix)';
  def('b59b_paystack_public_key', 'paystack', false, PAYSTACK_DOC, (r) => `pk_live_${r.hex(40)}`);
  def('b59b_paystack_secret_test', 'paystack', true, PAYSTACK_DOC, (r) => `sk_test_${r.hex(40)}`);

  // ---------------------------------------------------------------------------------------------
  // Interswitch (Quickteller Business / Passport): client id IKIA + 40 upper hex, secret key 44 base64
  // ---------------------------------------------------------------------------------------------
  const ISW_DOC = 'https://docs.interswitchgroup.com/docs/authentication (Passport OAuth: Client ID IKIA + 40 hex and Secret Key, a base64 string, Basic auth for /passport/oauth/token)';
  def('b59b_interswitch_client_id', 'none', false, `${ISW_DOC}; the client id is an identifier`, (r) => `IKIA${r.str(AL.HEX, 40)}`);
  def('b59b_interswitch_secret', 'interswitch', true, ISW_DOC, (r) => b64(r.bytes(32)));

  // ---------------------------------------------------------------------------------------------
  // Termii: api_key in the JSON body of every call; account keys start TL followed by ~58 alphanumerics
  // ---------------------------------------------------------------------------------------------
  plain('b59b_termii_api_key', 'termii', AL.b62, 58, 'https://developers.termii.com/ (api_key: "Your API key (It can be found on your Termii dashboard)"; keys read TL + alphanumerics)', 'TL');

  // ---------------------------------------------------------------------------------------------
  // Hubtel: API keys are a Client ID and Client Secret pair (8 lower-case letters each), Basic auth
  // ---------------------------------------------------------------------------------------------
  const HUBTEL_DOC = 'https://developers.hubtel.com/docs/business/getting_started/api_keys (API Keys: Client ID and Client Secret, Basic authentication; issued as short lower-case strings)';
  def('b59b_hubtel_client_id', 'none', false, `${HUBTEL_DOC}; the client id is the user name half`, (r) => r.str(AL.lower, 8));
  plain('b59b_hubtel_client_secret', 'hubtel', AL.lower, 8, HUBTEL_DOC);

  // ---------------------------------------------------------------------------------------------
  // Jumia Seller Center API: UserID (the seller e-mail) + API key (40 hex) that signs each request (HMAC-SHA256)
  // ---------------------------------------------------------------------------------------------
  plain('b59b_jumia_api_key', 'jumia', AL.hex, 40, 'https://sellerapi.sellercenter.net/docs/signing-requests (API key from Seller Center > Settings > Integration Management; the Signature parameter is HMAC-SHA256 of the query with it)');
  def('b59b_jumia_signature', 'none', false, 'https://sellerapi.sellercenter.net/docs/signing-requests (per-request signature, 64 hex)', (r) => r.hex(64));

  // ---------------------------------------------------------------------------------------------
  // telebirr (Ethio telecom) H5/in-app payment: fabricAppId (UUID), appSecret (32 hex), merchant RSA key
  // ---------------------------------------------------------------------------------------------
  const TELEBIRR_DOC = 'https://developer.ethiotelecom.et/docs/GettingStarted (fabricAppId, appSecret for the fabric token, merchantAppId, merchant private key that signs requests)';
  def('b59b_telebirr_fabric_app_id', 'none', false, `${TELEBIRR_DOC}; the fabric app id is an identifier`, (r) => uuid(r));
  plain('b59b_telebirr_app_secret', 'telebirr', AL.hex, 32, TELEBIRR_DOC);

  // ---------------------------------------------------------------------------------------------
  // Tabby: secret key sk_ + UUID (sk_test_ in the sandbox), public key pk_ + UUID for the front end
  // ---------------------------------------------------------------------------------------------
  const TABBY_DOC = 'https://docs.tabby.ai/introduction/authentication (public key pk_test_/pk_ + UUID for the checkout session from the client; secret key sk_test_/sk_ + UUID for payments API, Bearer)';
  def('b59b_tabby_secret_key', 'tabby', true, TABBY_DOC, (r) => `sk_${uuid(r)}`);
  def('b59b_tabby_secret_key_test', 'tabby', true, TABBY_DOC, (r) => `sk_test_${uuid(r)}`);
  def('b59b_tabby_public_key', 'tabby', false, TABBY_DOC, (r) => `pk_${uuid(r)}`);

  // ---------------------------------------------------------------------------------------------
  // Tamara: API token (a JWT, Bearer), notification token (HMAC key for the webhook tamaraToken JWT), public key
  // (UUID, widgets only)
  // ---------------------------------------------------------------------------------------------
  const TAMARA_DOC = 'https://docs.tamara.co/docs/direct-quick-start-guide (API token: Bearer JWT; Notification token: key that verifies the tamaraToken JWT; Public Key for widgets)';
  def('b59b_tamara_api_token', 'tamara', true, TAMARA_DOC, (r) => jwt(r, { alg: 'RS256', typ: 'JWT' },
    { accountId: uuid(r), type: 'merchant', salt: r.hex(32), roles: ['ROLE_MERCHANT'], iat: epoch(r), iss: 'Tamara PP' }, 256));
  def('b59b_tamara_notification_token', 'tamara', true, TAMARA_DOC, (r) => uuid(r));
  def('b59b_tamara_public_key', 'tamara', false, `${TAMARA_DOC}; the public key only renders widgets`, (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // PayTabs PT2: server key S + 9 + "-" + 10 + "-" + 10 upper alphanumerics (authorization header);
  // client key C... the same shape, for the browser
  // ---------------------------------------------------------------------------------------------
  const PAYTABS_DOC = 'https://support.paytabs.com/en/support/solutions/articles/60000709801-how-to-get-my-authentication-integration-api-keys- (server key SXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXX in the authorization header; client key CXXXXXXXXX-... for own-form/managed form in the browser)';
  const ptKey = (c) => (r) => `${c}${r.str(AL.upperAlnum, 9)}-${r.str(AL.upperAlnum, 10)}-${r.str(AL.upperAlnum, 10)}`;
  def('b59b_paytabs_server_key', 'paytabs', true, PAYTABS_DOC, ptKey('S'));
  def('b59b_paytabs_client_key', 'paytabs', false, `${PAYTABS_DOC}; the client key is public by design`, ptKey('C'));

  // ---------------------------------------------------------------------------------------------
  // HyperPay (OPPWA/COPYandPAY): access token = base64("<32 hex user id>|<password>"), entityId 32 hex
  // ---------------------------------------------------------------------------------------------
  const HYPERPAY_DOC = 'https://wordpresshyperpay.docs.oppwa.com/reference/authentication (Authorization: Bearer <access token>, a base64 string that decodes to user-id|password; entityId 32 hex identifies the channel)';
  def('b59b_hyperpay_access_token', 'hyperpay', true, HYPERPAY_DOC, (r) => b64(`${r.hex(32)}|${r.str(AL.b62 + '#=?', 10)}`));
  def('b59b_hyperpay_entity_id', 'none', false, `${HYPERPAY_DOC}; entity ids are identifiers`, (r) => r.hex(32));

  // ---------------------------------------------------------------------------------------------
  // Moyasar: sk_live_/sk_test_ secret keys (Basic auth user name), pk_live_/pk_test_ publishable keys
  // ---------------------------------------------------------------------------------------------
  const MOYASAR_DOC = 'https://docs.moyasar.com/api/authentication/ (secret keys sk_live_/sk_test_, publishable keys pk_live_/pk_test_ safe in client code; 40 alphanumerics after the prefix)';
  def('b59b_moyasar_secret_key', 'moyasar', true, MOYASAR_DOC, (r) => `sk_live_${r.str(AL.b62, 40)}`);
  def('b59b_moyasar_secret_key_test', 'moyasar', true, MOYASAR_DOC, (r) => `sk_test_${r.str(AL.b62, 40)}`);
  def('b59b_moyasar_publishable_key', 'moyasar', false, MOYASAR_DOC, (r) => `pk_live_${r.str(AL.b62, 40)}`);

  // ---------------------------------------------------------------------------------------------
  // Tap Payments: sk_live_/sk_test_ + 24 alphanumerics (Bearer), pk_live_ publishable keys for card SDKs
  // ---------------------------------------------------------------------------------------------
  const TAP_DOC = 'https://developers.tap.company/reference/api-endpoint (Authorization: Bearer <secret key>; keys sk_test_/sk_live_ and pk_test_/pk_live_ + 24 alphanumerics, see the testing keys page)';
  def('b59b_tap_secret_key', 'tap', true, TAP_DOC, (r) => `sk_live_${r.str(AL.b62, 24)}`);
  def('b59b_tap_publishable_key', 'tap', false, TAP_DOC, (r) => `pk_live_${r.str(AL.b62, 24)}`);

  // ---------------------------------------------------------------------------------------------
  // Unifonic (AppSid, 30 alphanumerics) and Taqnyat (Bearer token, 32 hex) SMS
  // ---------------------------------------------------------------------------------------------
  plain('b59b_unifonic_appsid', 'unifonic', AL.b62, 30, 'https://docs.unifonic.com/docs/sms-api (AppSid: the application identifier that authenticates every request; create it under Applications, keep it secret)');
  plain('b59b_taqnyat_bearer', 'taqnyat', AL.hex, 32, 'https://dev.taqnyat.sa/en/doc/sms/ (Authorization: Bearer <token> from the application page of the portal)');

  // ---------------------------------------------------------------------------------------------
  // ZATCA Fatoora (e-invoicing, KSA): CSID = binarySecurityToken (base64 of the issued certificate, public) +
  // secret (Basic auth password); onboarding OTP (6 digits, single use)
  // ---------------------------------------------------------------------------------------------
  const ZATCA_DOC = 'https://sandbox.zatca.gov.sa/IntegrationSandbox (compliance/production CSID APIs return binarySecurityToken, the base64 X.509 certificate, and secret; Basic auth = binarySecurityToken:secret)';
  def('b59b_zatca_csid_secret', 'zatca', true, ZATCA_DOC, (r) => b64(r.bytes(32)));
  def('b59b_zatca_binary_security_token', 'none', false, `${ZATCA_DOC}; the binarySecurityToken is the certificate, public`, (r) => b64(`MIID${b64(r.bytes(r.range(620, 700)))}`));

  // ---------------------------------------------------------------------------------------------
  // UAE PASS (OIDC): client_id identifies the service provider, client_secret authenticates the token call
  // ---------------------------------------------------------------------------------------------
  plain('b59b_uaepass_client_secret', 'uaepass', AL.b62, 32, 'https://docs.uaepass.ae/guides/authentication/web-application/3.-obtaining-the-access-token (client_id and client_secret with Basic auth on /idshub/token; production credentials issued on onboarding)');

  // ---------------------------------------------------------------------------------------------
  // Talabat / Delivery Hero POS plugin and Careem partner API: OAuth client secrets issued at onboarding
  // ---------------------------------------------------------------------------------------------
  plain('b59b_careem_client_secret', 'careem', AL.b62, 40, 'https://docs.careem.com/ (partner APIs: OAuth 2.0 client credentials issued to the partner)');
  def('b59b_talabat_plugin_token', 'talabat', true, 'https://developer.talabat.com/ and https://developers.deliveryhero.com/documentation/pos.html (POS plugin: login with the plugin username/password returns a bearer JWT)',
    (r) => jwt(r, { alg: 'HS512' }, { sub: `plugin-${r.str(AL.lowerAlnum, 8)}`, roles: ['ROLE_POS_PLUGIN'], iat: epoch(r), exp: epoch(r) + 86400 * 30 }, 64));

  // ---------------------------------------------------------------------------------------------
  // Airtel Money disbursement PIN: RSA-encrypted with Airtel's public key (base64 of a 2048-bit ciphertext) and sent
  // as is in the disbursement body, so the ciphertext is itself a replayable credential
  // ---------------------------------------------------------------------------------------------
  def('b59b_airtel_encrypted_pin', 'airtel-money', true, 'https://developers.airtel.africa/documentation/disbursement-apis/ (pin: the 4-digit wallet PIN encrypted with the RSA public key from the portal, base64; the API accepts it as the authorisation of the transfer)',
    (r) => b64(r.bytes(256)));

  // ---------------------------------------------------------------------------------------------
  // WooCommerce REST API keys: consumer key ck_ + 40 hex (the identifier half) and consumer secret cs_ + 40 hex
  // ---------------------------------------------------------------------------------------------
  const WOO_DOC = 'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication (consumer key ck_... and consumer secret cs_..., Basic auth over HTTPS)';
  def('b59b_woocommerce_consumer_key', 'none', false, `${WOO_DOC}; the consumer key is the user-name half`, (r) => `ck_${r.hex(40)}`);
  def('b59b_woocommerce_consumer_secret', 'woocommerce', true, WOO_DOC, (r) => `cs_${r.hex(40)}`);
};
