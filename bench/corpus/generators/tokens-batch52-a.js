'use strict';
/** Generators added with batch52-a (automotive dealerships, fleets and mobility; see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Fortellis (CDK Global's Automotive Commerce Exchange): the "API key" is an Okta client id (0oa + 17 base62, the
  // documented Basic header starts "MG9hY" = base64 of "0oa"), the "API secret" is the Okta client secret; a
  // Subscription-Id header (UUID) names the dealer subscription and is an identifier
  // ---------------------------------------------------------------------------------------------
  const FORTELLIS_DOC = 'https://developer.fortellis.io/api-docs/client-credentials-flow (API key and API secret sent as HTTP Basic to identity.fortellis.io/oauth2/<server>/v1/token; the example header begins "Basic MG9hY", i.e. an Okta 0oa... client id)';
  def('b52a_fortellis_api_key', 'fortellis', false, `${FORTELLIS_DOC}; the API key is the OAuth client id and authenticates nothing without the secret`,
    (r) => `0oa${r.str(AL.b62, 17)}`);
  plain('b52a_fortellis_api_secret', 'fortellis', `${AL.b62}-_`, 40, `${FORTELLIS_DOC}; the API secret is an Okta client secret, 40 URL-safe characters`);
  def('b52a_fortellis_subscription_id', 'none', false, 'https://community.fortellis.io/community/forum/qa/how-do-i-use-test-subscription-id (Subscription-Id header: the id of a dealer subscription, a UUID; an identifier)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Smartcar connected-car API: Client ID is public ("safe to hardcode"), Client Secret and the Application
  // Management Token (HMAC key of SC-Signature webhooks) are secrets; per-user access/refresh tokens are opaque UUIDs
  // ---------------------------------------------------------------------------------------------
  const SMARTCAR_DOC = 'https://smartcar.com/docs/api-reference/authorization/overview (Client ID: public identifier, safe to hardcode; Client Secret: treat like a password); https://smartcar.com/docs/connect/dashboard-config (client ids are UUIDs, e.g. sc4a1b01e5-0497-...://callback)';
  def('b52a_smartcar_client_id', 'smartcar', false, SMARTCAR_DOC, (r) => uuid(r));
  def('b52a_smartcar_client_secret', 'smartcar', true, SMARTCAR_DOC, (r) => uuid(r));
  def('b52a_smartcar_amt', 'smartcar', true, 'https://smartcar.com/docs/integrations/webhooks/payload-verification (Application Management Token from the dashboard: the HMAC-SHA256 key of the SC-Signature header and of the VERIFY challenge; issued as a UUID)', (r) => uuid(r));
  def('b52a_smartcar_access_token', 'smartcar', true, 'https://smartcar.com/docs/api-reference/authorization/auth-code-exchange (access_token valid 2 hours, refresh_token valid 60 days; both opaque UUIDs in the documented responses)', (r) => uuid(r));
  def('b52a_smartcar_refresh_token', 'smartcar', true, 'https://smartcar.com/docs/api-reference/authorization/auth-code-exchange (refresh_token, 60 days, opaque UUID)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Tekion Automotive Partner Cloud (APC): "Generate App Credentials" gives an App ID and a Secret Key; dealers are
  // named by a Dealer ID (an identifier). Tekion publishes no format; shaped as the partner console issues them.
  // ---------------------------------------------------------------------------------------------
  const TEKION_DOC = 'https://community.cyclr.com/connector-guides/tekion/tekion-setup (App ID and Secret Key from My Applications > Generate App Credentials; Dealer ID per connected dealer)';
  def('b52a_tekion_app_id', 'tekion', false, `${TEKION_DOC}; the App ID names the partner application`, (r) => `app_${r.hex(24)}`);
  plain('b52a_tekion_secret_key', 'tekion', AL.b62, 48, TEKION_DOC);

  // ---------------------------------------------------------------------------------------------
  // Manheim (Cox Automotive) APIs via Mashery: package key (24 lower-case alphanumerics; the documented Basic example
  // decodes to such a key) and package secret (10 alphanumerics) exchanged at /oauth2/token.oauth2
  // ---------------------------------------------------------------------------------------------
  const MANHEIM_DOC = 'https://developer.manheim.com/apis/marketplace/transactions.html (Authorization: Basic base64(Mashery key:secret) at api.manheim.com/oauth2/token.oauth2, client_credentials grant)';
  def('b52a_manheim_package_key', 'manheim', false, `${MANHEIM_DOC}; the package key is the client id`, (r) => r.str(AL.lowerAlnum, 24));
  plain('b52a_manheim_package_secret', 'manheim', AL.b62, 10, MANHEIM_DOC);

  // ---------------------------------------------------------------------------------------------
  // MarketCheck (dealer inventory, VIN decode, price prediction): api_key query parameter (32 base62, as in the
  // documented p7olRU... example) and a client secret for the OAuth client-credentials flow
  // ---------------------------------------------------------------------------------------------
  const MC_DOC = 'https://docs.marketcheck.com/docs/get-started/api/authentication (api_key query parameter on every call; API key + client secret exchanged at /oauth2/token; keys are 32 alphanumerics)';
  plain('b52a_marketcheck_api_key', 'marketcheck', AL.b62, 32, MC_DOC);
  plain('b52a_marketcheck_client_secret', 'marketcheck', AL.b62, 16, MC_DOC);

  // ---------------------------------------------------------------------------------------------
  // VIN decoders and history: VinAudit (key= parameter, upper-case alphanumerics) and CarMD (authorization header
  // "Basic <key>" plus partner-token header)
  // ---------------------------------------------------------------------------------------------
  plain('b52a_vinaudit_api_key', 'vinaudit', AL.upperAlnum, 15, 'https://www.vinaudit.com/vin-decoder-api (key= request parameter, the account API key; VA_DEMO_KEY is the public demo key)');
  const CARMD_DOC = 'https://api.carmd.com/member/docs (every request carries "authorization: Basic <auth key>" and "partner-token: <token>" from the member dashboard)';
  def('b52a_carmd_auth_key', 'carmd', true, CARMD_DOC, (r) => Buffer.from(r.bytes(36)).toString('base64'));
  plain('b52a_carmd_partner_token', 'carmd', AL.hex, 32, CARMD_DOC);

  // ---------------------------------------------------------------------------------------------
  // PartsTech (parts catalog and ordering for repair shops): partner id/key and user id/key exchanged for an
  // accessToken; the keys are secrets, the ids (partner name, user e-mail) are not
  // ---------------------------------------------------------------------------------------------
  plain('b52a_partstech_key', 'partstech', AL.hex, 32, 'https://api-docs.partstech.com/ (POST /oauth/access with accessType user: partner {id, key} and user {id, key}; keys are 32 hex as issued)');
};
