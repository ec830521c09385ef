'use strict';
/** Generators added with batch61-b: each with the URL of the documentation it follows. */
const { AL, b64, b64url, uuid, epoch } = require('./lib');

module.exports = function register(def, plain) {
  const envOf = (seed, live, test) => (/test|sbx|sandbox|dev/i.test(String(seed || '')) ? test : live);

  // ---------------------------------------------------------------------------------------------
  // Modern Treasury: HTTP Basic with the organization ID (a UUID, an identifier) as username and the
  // API key as password; keys are per environment (live / test)
  // ---------------------------------------------------------------------------------------------
  const MT_DOC = 'https://docs.moderntreasury.com/platform/reference/authentication (Basic auth: organization ID as username, API key as password; live and test API keys from Developers > API Keys)';
  def('b61b_modern_treasury_api_key', 'moderntreasury', true, `${MT_DOC}; keys read live-/test- followed by 48 alphanumerics`,
    (r, seed) => `${envOf(seed, 'live', 'test')}-${r.str(AL.b62, 48)}`);
  def('b61b_modern_treasury_org_id', 'none', false, `${MT_DOC}; the organization ID is a UUID that only names the org`, (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Increase: Bearer API keys, one for production and one for the sandbox
  // ---------------------------------------------------------------------------------------------
  const INC_DOC = 'https://increase.com/documentation/api/overview (Bearer authentication; production and sandbox API keys from the dashboard, example "secret_key_1234567890"; https://increase.com/auth.md shows sandbox keys as sk + 30 alphanumerics)';
  def('b61b_increase_api_key', 'increase', true, INC_DOC, (r) => `secret_key_${r.str(AL.b62, 40)}`);
  def('b61b_increase_sandbox_key', 'increase', true, INC_DOC, (r) => `sk${r.str(AL.b62, 30)}`);
  plain('b61b_increase_webhook_secret', 'increase', AL.b62, 40, 'https://increase.com/documentation/webhooks (Event Subscription shared_secret: HMAC-SHA256 key for the Increase-Webhook-Signature header)');

  // ---------------------------------------------------------------------------------------------
  // Column: Basic auth with an empty username and the API key as password; live_ / test_ prefixes
  // ---------------------------------------------------------------------------------------------
  def('b61b_column_api_key', 'column', true, 'https://column.com/docs/workingwithapi (live production keys are prefixed live_, sandbox keys test_; curl -u :<API KEY>)',
    (r, seed) => `${envOf(seed, 'live', 'test')}_${r.str(AL.b62, 32)}`);

  // ---------------------------------------------------------------------------------------------
  // Unit: Org API tokens and customer tokens are PASETO v2.public tokens: v2.public.<base64url(JSON claims ||
  // 64-byte Ed25519 signature)>
  // ---------------------------------------------------------------------------------------------
  const UNIT_DOC = 'https://www.unit.co/docs/api/using-the-api.md (Authorization: Bearer v2.public.eyJyb2xlIjoib3JnIiwidX...; Org API tokens and customer tokens, https://unit.co/docs/api/org-api-tokens)';
  const unitToken = (role) => (r) => {
    const claims = role === 'org'
      ? { role: 'org', userId: String(r.range(10, 9999)), sub: `${r.str(AL.lowerAlnum, 6)}@ferrous.example`, exp: new Date((epoch(r) + 86400 * 365) * 1000).toISOString(), jti: String(r.range(100, 99999)), orgId: String(r.range(100, 9999)), scope: 'customers applications accounts payments cards cards-sensitive webhooks', org: 'Ferrous' }
      : { role: 'customer', customerId: String(r.range(100000, 9999999)), userId: null, sub: 'customer', exp: new Date((epoch(r) + 86400) * 1000).toISOString(), jti: String(r.range(100, 99999)), orgId: String(r.range(100, 9999)), scope: 'accounts customers cards payments statements', org: 'Ferrous', sourceIp: '' };
    return `v2.public.${b64url(Buffer.concat([Buffer.from(JSON.stringify(claims)), r.bytes(64)]))}`;
  };
  def('b61b_unit_org_token', 'unit', true, UNIT_DOC, unitToken('org'));
  def('b61b_unit_customer_token', 'unit', true, `${UNIT_DOC}; customer tokens are scoped to one end customer and expire within 24 hours`, unitToken('customer'));

  // ---------------------------------------------------------------------------------------------
  // Synctera: Bearer API keys created in the Synctera Console (opaque)
  // ---------------------------------------------------------------------------------------------
  plain('b61b_synctera_api_key', 'synctera', AL.b62, 40, 'https://docs.synctera.com/docs/authentication (API keys created in Console, sent as Authorization: Bearer; sandbox and production keys differ)');

  // ---------------------------------------------------------------------------------------------
  // Treasury Prime: Basic auth, API key ID as username, API key value as password
  // ---------------------------------------------------------------------------------------------
  const TP_DOC = 'https://docs.treasuryprime.com/reference/authentication-1 (curl -u $API_KEY_ID:$API_KEY_VALUE; "Your API keys are extremely sensitive")';
  def('b61b_treasury_prime_key_id', 'none', false, `${TP_DOC}; the key ID is the Basic-auth username (key_ + 26 lower-case alphanumerics)`, (r) => `key_${r.str(AL.lowerAlnum, 26)}`);
  plain('b61b_treasury_prime_key_value', 'treasuryprime', AL.b62, 40, `${TP_DOC}; the key value is the password`);

  // ---------------------------------------------------------------------------------------------
  // Moov: an API key has a public key and a secret key; Basic base64(publicKey:secretKey) server side
  // ---------------------------------------------------------------------------------------------
  const MOOV_DOC = 'https://docs.moov.io/guides/get-started/api-authentication/authentication/ (API key = public key + secret key; Authorization: Basic <base64(publicKey:secretKey)>; "Never put your secret key in a browser")';
  def('b61b_moov_public_key', 'none', false, `${MOOV_DOC}; the public key identifies the key pair`, (r) => r.str(AL.b62, 16));
  plain('b61b_moov_secret_key', 'moov', AL.b62, 32, MOOV_DOC);

  // ---------------------------------------------------------------------------------------------
  // Airwallex: x-client-id (identifier) + x-api-key (secret) exchanged at /api/v1/authentication/login
  // ---------------------------------------------------------------------------------------------
  const AWX_DOC = 'https://www.airwallex.com/docs/api/authentication/api_access_token (x-client-id and x-api-key headers exchanged for a 30-minute bearer token; "Do not share your API keys")';
  def('b61b_airwallex_client_id', 'none', false, `${AWX_DOC}; the Client ID is 22 URL-safe characters and identifies the account`, (r) => r.str(`${AL.b62}_-`, 22));
  def('b61b_airwallex_api_key', 'airwallex', true, `${AWX_DOC}; API keys are 64 hex characters (two UUIDs' worth) as shown once in the web app`, (r) => r.hex(64));

  // ---------------------------------------------------------------------------------------------
  // Rapyd: access_key header (sent in clear on every request) + secret_key (only inside the HMAC)
  // ---------------------------------------------------------------------------------------------
  const RAPYD_DOC = 'https://docs.rapyd.net/en/request-signatures.html (signature = BASE64(HMAC-SHA256(method+path+salt+timestamp+access_key+secret_key+body)); keys from Client Portal > Developers: access keys rak_ + 20 upper-case hex, secret keys rsk_ + 100 hex)';
  def('b61b_rapyd_access_key', 'none', false, `${RAPYD_DOC}; the access key travels in clear in the access_key header`, (r) => `rak_${r.str(AL.HEX, 20)}`);
  def('b61b_rapyd_secret_key', 'rapyd', true, RAPYD_DOC, (r) => `rsk_${r.hex(100)}`);

  // ---------------------------------------------------------------------------------------------
  // Currencycloud: login_id (e-mail) + api_key (64 hex) exchanged for an auth_token (32 hex, X-Auth-Token,
  // expires after 30 minutes of inactivity)
  // ---------------------------------------------------------------------------------------------
  const CC_DOC = 'https://support.currencycloud.com/hc/en-gb/articles/16152640663836 (POST /v2/authenticate/api with login_id and api_key, example api_key 64 hex; auth_token 32 hex sent as X-Auth-Token)';
  plain('b61b_currencycloud_api_key', 'currencycloud', AL.hex, 64, CC_DOC);
  plain('b61b_currencycloud_auth_token', 'currencycloud', AL.hex, 32, `${CC_DOC}; a session credential valid until 30 minutes of inactivity or close_session`);

  // ---------------------------------------------------------------------------------------------
  // Nium: x-api-key header + clientHashId (a UUID path parameter, an identifier)
  // ---------------------------------------------------------------------------------------------
  plain('b61b_nium_api_key', 'nium', AL.b62, 35, 'https://docs.nium.com/apis/reference/authentication (x-api-key header, sample key of 35 alphanumerics; clientHashId in the path)');

  // ---------------------------------------------------------------------------------------------
  // Checkbook.io: Authorization: <publishable key>:<secret key>; webhook key for signatures
  // ---------------------------------------------------------------------------------------------
  const CB_DOC = 'https://docs.checkbook.io/docs/api/authentication (API key = publishable key (identifier, 32 hex, may be shared with support) + secret key (30 alphanumerics, "treat it like a password") + webhook key; Authorization: key:secret)';
  def('b61b_checkbook_publishable_key', 'none', false, CB_DOC, (r) => r.hex(32));
  plain('b61b_checkbook_secret_key', 'checkbook', AL.b62, 30, CB_DOC);
  plain('b61b_checkbook_webhook_key', 'checkbook', AL.b62, 32, CB_DOC);

  // ---------------------------------------------------------------------------------------------
  // Alloy: token (Basic username) + secret (Basic password)
  // ---------------------------------------------------------------------------------------------
  const ALLOY_DOC = 'https://developer.alloy.com/public/docs/authentication-guide (curl -u token:secret; "Make sure to not share your secret"; workflow_token / workflow_secret on older accounts, 32 alphanumerics each)';
  def('b61b_alloy_token', 'none', false, `${ALLOY_DOC}; the token is the Basic-auth username`, (r) => r.str(AL.b62, 32));
  plain('b61b_alloy_secret', 'alloy', AL.b62, 32, ALLOY_DOC);

  // ---------------------------------------------------------------------------------------------
  // Sardine: clientID (public, also in the Risk SDK) + clientSecret (Basic password)
  // ---------------------------------------------------------------------------------------------
  const SARDINE_DOC = 'https://docs.sardine.ai/guides/integration/developerResources/authentication (clientID "safe to be exposed to the public internet", clientSecret "your Sardine password"; both UUIDs)';
  def('b61b_sardine_client_id', 'none', false, SARDINE_DOC, (r) => uuid(r));
  def('b61b_sardine_client_secret', 'sardine', true, SARDINE_DOC, (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Sift (sift.com fraud): REST API key (secret, 16 hex) and JavaScript beacon key (public, 10 hex)
  // ---------------------------------------------------------------------------------------------
  const SIFT_DOC = 'https://developers.sift.com/docs/curl/apis-overview (REST API key from Developer > API Keys, 16 hex, sent as $api_key or Basic username; JavaScript snippet beacon key, 10 hex, public in every page)';
  plain('b61b_sift_api_key', 'sift', AL.hex, 16, SIFT_DOC);
  def('b61b_sift_beacon_key', 'none', false, SIFT_DOC, (r) => r.hex(10));

  // ---------------------------------------------------------------------------------------------
  // Galileo Program API: apiLogin + apiTransKey + providerId in every request
  // ---------------------------------------------------------------------------------------------
  const GAL_DOC = 'https://docs.galileo-ft.com/pro/docs/quickstart (apiLogin, apiTransKey and providerId in every request; Payment Hub: Authorization: Basic base64(apilogin:transkey))';
  def('b61b_galileo_api_login', 'none', false, `${GAL_DOC}; the apiLogin is the provider username (6 alphanumerics-4 digits)`, (r) => `${r.str(AL.b62, 6)}-${r.digits(4)}`);
  plain('b61b_galileo_trans_key', 'galileo', AL.b62, 10, `${GAL_DOC}; the apiTransKey is the password`);

  // ---------------------------------------------------------------------------------------------
  // Lithic webhook signing secret (whsec_ + base64 of 24 bytes) and Stripe Issuing object ids
  // ---------------------------------------------------------------------------------------------
  def('b61b_lithic_webhook_secret', 'lithic', true, 'https://docs.lithic.com/docs/events-api#verifying-webhooks (event subscription secret whsec_ + base64, HMAC-SHA256 key for webhook-signature)',
    (r) => `whsec_${b64(r.bytes(24))}`);
  def('b61b_stripe_issuing_id', 'none', false, 'https://docs.stripe.com/api/issuing/cards/object (issuing ids ic_, ich_, iauth_, ipi_ + 24 alphanumerics; identifiers)', (r, seed) => {
    const p = String(seed || '').split('-')[0];
    return `${['ic', 'ich', 'iauth', 'ipi', 'fa'].includes(p) ? p : 'ic'}_${r.str(AL.b62, 24)}`;
  });
  def('b61b_plaid_sandbox_access_token', 'plaid', true, 'https://plaid.com/docs/quickstart/glossary/ (tokens are [type]-[environment]-[uuid]; a sandbox access_token grants API access to one sandbox Item together with the client_id and sandbox secret)',
    (r) => `access-sandbox-${uuid(r)}`);
  def('b61b_wise_client_secret', 'wise', true, 'https://docs.wise.com/api-docs/guides/partner-onboarding (partner client credentials: client ID is the partner name, client secret a UUID used for the client_credentials grant)', (r) => uuid(r));
};
