'use strict';
/** Generators added with batch61-a: each with the URL of the documentation it follows. */
const { AL, b64, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Razorpay / RazorpayX: webhook secret (chosen by the merchant in the dashboard, signs X-Razorpay-Signature),
  // RazorpayX customer identifier account numbers (identifiers), partner OAuth access tokens (JWT)
  // ---------------------------------------------------------------------------------------------
  plain('b61a_razorpay_webhook_secret', 'razorpay', AL.b62, 20, 'https://razorpay.com/docs/webhooks/validate-test/ (webhook secret set in the dashboard; HMAC-SHA256 of the body = X-Razorpay-Signature)');
  def('b61a_razorpayx_account_number', 'none', false, 'https://razorpay.com/docs/api/x/payouts/ (account_number: the RazorpayX customer identifier / virtual account number the payout debits; an identifier printed on statements)',
    (r) => `${r.pick(['2323230', '4564560', '7878780'])}${r.str(AL.digit, 9)}`);
  def('b61a_razorpay_oauth_access_token', 'razorpay', true, 'https://razorpay.com/docs/partners/technology-partners/onboard-businesses/integrate-oauth/ (access_token issued to a partner app, a JWT sent as Authorization: Bearer; refresh_token alongside)',
    (r) => { const iat = epoch(r); return jwt(r, { typ: 'JWT', alg: 'RS256', jti: r.str(AL.b62, 14) }, { aud: r.str(AL.b62, 14), jti: r.str(AL.b62, 14), iat, nbf: iat, exp: iat + 7776000, sub: '', scopes: ['read_write'] }, 256); });

  // ---------------------------------------------------------------------------------------------
  // Cashfree Payouts (v1): X-Client-Id (CF + digits + upper alphanumerics, an identifier) and X-Client-Secret
  // ---------------------------------------------------------------------------------------------
  const CFP_DOC = 'https://docs.cashfree.com/docs/payouts/authentication (X-Client-Id and X-Client-Secret from Payouts > Developers > API Keys; client ids read CF<digits><upper alphanumerics>, secrets 40 hex)';
  def('b61a_cashfree_payout_client_id', 'none', false, `${CFP_DOC}; the client id identifies the account`, (r) => `CF${r.digits(6)}${r.str(AL.upperAlnum, 20)}`);
  plain('b61a_cashfree_payout_client_secret', 'cashfree', AL.hex, 40, CFP_DOC);

  // ---------------------------------------------------------------------------------------------
  // PayU India: merchant key (6 characters, posted from the browser in the checkout form) and salt (32 chars,
  // hashes every request with SHA-512, must stay on the server)
  // ---------------------------------------------------------------------------------------------
  const PAYU_DOC = 'https://docs.payu.in/docs/generate-test-merchant-key-and-salt (Key is sent in the payment form; Salt (v1/v2, 32 characters) is used to compute the SHA-512 hash and must never be exposed)';
  def('b61a_payu_merchant_key', 'none', false, `${PAYU_DOC}; the key is posted from the browser`, (r) => r.str(AL.b62, 6));
  plain('b61a_payu_salt', 'payu', AL.b62, 32, PAYU_DOC);

  // ---------------------------------------------------------------------------------------------
  // Juspay Express Checkout / HyperCheckout: API key, Basic auth username with empty password
  // ---------------------------------------------------------------------------------------------
  plain('b61a_juspay_api_key', 'juspay', AL.HEX, 30, 'https://juspay.io/in/docs/hyper-checkout/web/overview/pre-requisites (API Key from Dashboard > Settings > Security; Authorization: Basic base64(api_key:); issued as 30 upper-case hex)');

  // ---------------------------------------------------------------------------------------------
  // Instamojo: v1.1 X-Api-Key + X-Auth-Token (32 hex each), private salt for webhook MAC; v2 client_secret
  // ---------------------------------------------------------------------------------------------
  const IMOJO_DOC = 'https://docs.instamojo.com/docs/api-authentication (X-Api-Key and X-Auth-Token headers, 32 hex each; Private Salt verifies the webhook mac; v2 client_id/client_secret for OAuth)';
  plain('b61a_instamojo_api_key', 'instamojo', AL.hex, 32, IMOJO_DOC);
  plain('b61a_instamojo_auth_token', 'instamojo', AL.hex, 32, IMOJO_DOC);
  plain('b61a_instamojo_private_salt', 'instamojo', AL.hex, 32, IMOJO_DOC);
  def('b61a_instamojo_client_id', 'none', false, `${IMOJO_DOC}; the v2 client id identifies the app`, (r) => r.str(AL.b62, 40));
  plain('b61a_instamojo_client_secret', 'instamojo', AL.b62, 128, IMOJO_DOC);

  // ---------------------------------------------------------------------------------------------
  // CCAvenue: access code (AV + upper alphanumerics, posted in the redirect form with encRequest) and the
  // working key (32 hex), the AES key that encrypts requests and decrypts responses
  // ---------------------------------------------------------------------------------------------
  const CCA_DOC = 'https://www.ccavenue.com/integration_kit.jsp (M.A.R.S. > Settings > API Keys: Merchant ID, Access Code AVxxxx sent in the form, Working Key = 32-hex AES key that must stay on the server)';
  def('b61a_ccavenue_access_code', 'none', false, `${CCA_DOC}; the access code is visible in the browser form`, (r) => `AV${r.str(AL.upper, 2)}${r.digits(2)}${r.str(AL.upper, 2)}${r.digits(2)}${r.str(AL.upper, 2)}${r.digits(2)}${r.str(AL.upper, 4)}`);
  plain('b61a_ccavenue_working_key', 'ccavenue', AL.HEX, 32, CCA_DOC);

  // ---------------------------------------------------------------------------------------------
  // BillDesk (v1.2 PG JWS): client id (identifier) and secret key, the HMAC key of the HS256 JWS
  // ---------------------------------------------------------------------------------------------
  plain('b61a_billdesk_secret_key', 'billdesk', AL.b62, 32, 'https://docs.billdesk.io/docs/authentication (merchants sign requests as JWS HS256 with the secret key shared during onboarding; clientid header identifies the merchant)');

  // ---------------------------------------------------------------------------------------------
  // Setu (Bridge: UPI DeepLinks, BBPS, Account Aggregator FIU): x-client-id and x-client-secret, both UUIDs
  // ---------------------------------------------------------------------------------------------
  def('b61a_setu_client_secret', 'setu', true, 'https://docs.setu.co/data/account-aggregator/api-integration/authentication (x-client-id, x-client-secret and x-product-instance-id headers from the Bridge; issued as UUIDs)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // DigiLocker Partner / API Setu: client_id (8 upper alnum, identifier) and client_secret (hex)
  // ---------------------------------------------------------------------------------------------
  const DL_DOC = 'https://apisetu.gov.in/docs/digilocker/authorization (OAuth 2.0 client_id and client_secret issued to a requester on partners.digilocker.gov.in; secret 40 hex)';
  def('b61a_digilocker_client_id', 'none', false, `${DL_DOC}; the client id appears in the authorize URL`, (r) => r.str(AL.upperAlnum, 8));
  plain('b61a_digilocker_client_secret', 'digilocker', AL.hex, 40, DL_DOC);

  // ---------------------------------------------------------------------------------------------
  // UIDAI Aadhaar authentication: AUA/KUA license key (lk attribute), issued per AUA, sent with each Auth XML
  // ---------------------------------------------------------------------------------------------
  def('b61a_uidai_aua_license_key', 'uidai', true, 'https://uidai.gov.in/images/resource/aadhaar_authentication_api_2_5.pdf (Auth element lk: license key issued to the AUA, max 64 characters; kept confidential by the AUA)',
    (r) => `M${r.str(AL.b62 + '-_', 11)}-${r.str(AL.b62, 5)}-${r.str(AL.b62, 5)}-${r.str(AL.b62, 3)}-${r.str(AL.b62, 22)}`);

  // ---------------------------------------------------------------------------------------------
  // ONDC network participants: ed25519 signing key pair (libsodium, private = 64 bytes base64) and X25519
  // encryption key pair (DER base64: private PKCS#8, public SPKI); public halves are published in the registry
  // ---------------------------------------------------------------------------------------------
  const ONDC_DOC = 'https://github.com/ONDC-Official/developer-docs/blob/main/registry/signing-verification.md (signing: ed25519 via libsodium, private key base64 of 64 bytes; encryption: X25519, keys base64 DER, public keys registered with subscriber_id and ukId)';
  def('b61a_ondc_signing_private_key', 'ondc', true, ONDC_DOC, (r) => b64(r.bytes(64)));
  def('b61a_ondc_encryption_private_key', 'ondc', true, ONDC_DOC, (r) => b64(Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), r.bytes(32)])));
  def('b61a_ondc_signing_public_key', 'none', false, `${ONDC_DOC}; published in the registry lookup`, (r) => b64(r.bytes(32)));
  def('b61a_ondc_encryption_public_key', 'none', false, `${ONDC_DOC}; published in the registry lookup`, (r) => b64(Buffer.concat([Buffer.from('302a300506032b656e032100', 'hex'), r.bytes(32)])));

  // ---------------------------------------------------------------------------------------------
  // GST e-invoice (NIC IRP) and e-way bill APIs: client id (identifier), client secret, API user password,
  // AppKey (random 32 bytes, base64, encrypted to the IRP public key at login), SEK and AuthToken (6 h)
  // ---------------------------------------------------------------------------------------------
  const IRP_DOC = 'https://einv-apisandbox.nic.in/version1.03/authentication.html (headers client_id, client_secret, gstin; payload UserName, Password, AppKey = base64 of 32 random bytes; response AuthToken and Sek valid 6 hours)';
  def('b61a_irp_client_id', 'none', false, `${IRP_DOC}; the client id identifies the ERP/GSP`, (r) => `AA${r.str(AL.upperAlnum, 14)}`);
  plain('b61a_irp_client_secret', 'gstn', AL.b62, 20, IRP_DOC);
  def('b61a_irp_app_key', 'gstn', true, IRP_DOC, (r) => b64(r.bytes(32)));
  def('b61a_irp_sek', 'gstn', true, `${IRP_DOC}; Sek arrives encrypted with the AppKey, decrypted it is the AES-256 key of the session`, (r) => b64(r.bytes(32)));
  plain('b61a_irp_auth_token', 'gstn', AL.b62, 25, IRP_DOC);

  // ---------------------------------------------------------------------------------------------
  // Zoho OAuth (CRM, Books, Desk, Catalyst): client id 1000.<30 upper alnum> (identifier), client secret
  // (42 hex), refresh and access tokens 1000.<32 hex>.<32 hex>
  // ---------------------------------------------------------------------------------------------
  const ZOHO_DOC = 'https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token-expiry.html (client_id=1000.GMB0YULZHJK411248S8I5GZ4CHUEX0, client_secret 41-42 hex, refresh_token=1000.<32 hex>.<32 hex>)';
  def('b61a_zoho_client_id', 'none', false, `${ZOHO_DOC}; the client id is shown in the authorize URL`, (r) => `1000.${r.str(AL.upperAlnum, 30)}`);
  plain('b61a_zoho_client_secret', 'zoho', AL.hex, 42, ZOHO_DOC);
  def('b61a_zoho_refresh_token', 'zoho', true, ZOHO_DOC, (r) => `1000.${r.hex(32)}.${r.hex(32)}`);
  def('b61a_zoho_access_token', 'zoho', true, ZOHO_DOC, (r) => `1000.${r.hex(32)}.${r.hex(32)}`);

  // ---------------------------------------------------------------------------------------------
  // Freshsales (Freshworks CRM): API key sent as Authorization: Token token=<key>
  // ---------------------------------------------------------------------------------------------
  plain('b61a_freshsales_api_key', 'freshsales', AL.b62 + '-_', 22, 'https://developers.freshworks.com/crm/api/#authentication (Authorization: Token token=<API key> from Profile Settings > API Settings; 22 characters)');

  // ---------------------------------------------------------------------------------------------
  // MSG91: authkey header (6-digit account number + A + 18 characters), IP-whitelisted by default
  // ---------------------------------------------------------------------------------------------
  def('b61a_msg91_authkey', 'msg91', true, 'https://msg91.com/help/api/where-can-i-find-my-authentication-ke (authkey from the user menu > Authkey; keys read <6 digits>A<alphanumerics>, sent as the authkey header or query parameter)',
    (r) => `${r.digits(6)}A${r.str(AL.b62, 10)}${r.hex(8)}P1`);

  // ---------------------------------------------------------------------------------------------
  // Exotel: API key (Basic-auth username, documented as the public identifier) and API token (password)
  // ---------------------------------------------------------------------------------------------
  const EXO_DOC = 'https://developer.exotel.com/docs/getting-started/api-credentials (API Key = public identifier / Basic-auth username, API Token = secret password, Account SID in the URL; https://<key>:<token>@api.exotel.com/v1/Accounts/<sid>/...)';
  def('b61a_exotel_api_key', 'none', false, `${EXO_DOC}; the key is documented as a public identifier`, (r) => r.hex(48));
  plain('b61a_exotel_api_token', 'exotel', AL.hex, 40, EXO_DOC);

  // ---------------------------------------------------------------------------------------------
  // Gupshup WhatsApp/SMS self-serve: apikey header (32 lower-case alphanumerics)
  // ---------------------------------------------------------------------------------------------
  plain('b61a_gupshup_api_key', 'gupshup', AL.lowerAlnum, 32, 'https://docs.gupshup.io/docs/api-authentication (apikey header from the Gupshup dashboard profile; 32 lower-case alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Textlocal (India): apikey parameter, shown in the console as base64 of a hex string
  // ---------------------------------------------------------------------------------------------
  def('b61a_textlocal_api_key', 'textlocal', true, 'https://api.textlocal.in/docs/ (apikey parameter from Settings > API Keys; keys are base64 strings such as NjY2Yj...)',
    (r) => b64(r.hex(30)));

  // ---------------------------------------------------------------------------------------------
  // Kaleyra (Solutions Infini): api-key header (A + 32 hex) and SID (account identifier in the URL)
  // ---------------------------------------------------------------------------------------------
  const KAL_DOC = 'https://developers.kaleyra.io/docs/getting-started-with-kaleyra-cloud-api (Developers > API Keys: SID used in the path /v1/<SID>/messages and api-key header; keys A + 32 hex)';
  def('b61a_kaleyra_sid', 'none', false, `${KAL_DOC}; the SID is an account identifier`, (r) => `HXIN${r.digits(10)}IN`);
  def('b61a_kaleyra_api_key', 'kaleyra', true, KAL_DOC, (r) => `A${r.hex(32)}`);

  // ---------------------------------------------------------------------------------------------
  // Shiprocket: POST /v1/external/auth/login with the API user email/password returns a JWT valid 10 days
  // ---------------------------------------------------------------------------------------------
  def('b61a_shiprocket_token', 'shiprocket', true, 'https://apidocs.shiprocket.in/#authentication (token from /v1/external/auth/login, a JWT valid for 240 hours, sent as Authorization: Bearer)',
    (r) => { const iat = epoch(r); return jwt(r, { typ: 'JWT', alg: 'HS256' }, { sub: r.digits(7), iss: 'https://apiv2.shiprocket.in/v1/external/auth/login', iat, exp: iat + 864000, nbf: iat, jti: r.str(AL.b62, 16) }); });

  // ---------------------------------------------------------------------------------------------
  // Delhivery Express: Authorization: Token <40 hex>; Ekart Elite: client id + secret for Basic auth
  // ---------------------------------------------------------------------------------------------
  plain('b61a_delhivery_token', 'delhivery', AL.hex, 40, 'https://delhivery-express-api-doc.readme.io/reference/introduction-1 (Token: the only authentication parameter, sent as Authorization: Token <token>; 40 hex)');
  plain('b61a_ekart_client_secret', 'ekart', AL.b62, 32, 'https://app.elite.ekartlogistics.in/api-docs (Basic auth with the client id and client secret issued by Ekart; access_token from /integrations/v2/auth/token)');
};
