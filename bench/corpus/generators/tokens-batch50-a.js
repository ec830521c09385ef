'use strict';
/** Generators added with batch50-a (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // DoorDash Drive: an Access Key is a JSON object {developer_id, key_id, signing_secret}; the two ids are
  // UUIDs, the signing secret is 32 bytes base64url (43 chars) that signs an HS256 JWT carrying the header
  // "dd-ver": "DD-JWT-V1", iss = developer_id, kid = key_id, aud = "doordash", valid at most 30 minutes
  // ---------------------------------------------------------------------------------------------
  const DD_DOC = 'https://developer.doordash.com/en-US/docs/drive/how_to/JWTs (Access Key: developer_id and key_id UUIDs, signing_secret base64url-encoded 32 bytes; the JWT is HS256 with header dd-ver DD-JWT-V1)';
  def('b50a_doordash_developer_id', 'none', false, `${DD_DOC}; the developer id is the JWT issuer, an identifier`, (r) => uuid(r));
  def('b50a_doordash_key_id', 'none', false, `${DD_DOC}; the key id names the access key (JWT kid), an identifier`, (r) => uuid(r));
  plain('b50a_doordash_signing_secret', 'doordash', AL.b64url, 43, DD_DOC);
  def('b50a_doordash_jwt', 'doordash', true, DD_DOC, (r) => {
    const iat = epoch(r);
    return jwt(r, { alg: 'HS256', typ: 'JWT', 'dd-ver': 'DD-JWT-V1' },
      { aud: 'doordash', iss: uuid(r), kid: uuid(r), exp: iat + 1800, iat });
  });

  // ---------------------------------------------------------------------------------------------
  // Uber Eats Marketplace / Uber Direct: OAuth 2.0 client_credentials at auth.uber.com/oauth/v2/token;
  // client_id identifies the app, client_secret "should be treated like your application's password";
  // access tokens (30-day) are opaque strings that start "IA." in Uber's sample responses
  // ---------------------------------------------------------------------------------------------
  const UBER_DOC = 'https://developer.uber.com/docs/eats/guides/authentication (client_credentials grant; client_id and client_secret from the developer dashboard; tokens valid 30 days; dashboard-issued ids are 32 base64url characters, secrets 40)';
  def('b50a_uber_client_id', 'uber', false, `${UBER_DOC}; the client id is the application's user name`, (r) => r.str(AL.b64url, 32));
  plain('b50a_uber_client_secret', 'uber', AL.b64url, 40, UBER_DOC);
  def('b50a_uber_access_token', 'uber', true, 'https://developer.uber.com/docs/deliveries/authentication (access_token in the token response, shown as "IA." followed by a long base64 body in the sample responses)',
    (r) => `IA.${r.str(AL.b64url, 300)}`);

  // ---------------------------------------------------------------------------------------------
  // Grubhub partner APIs: X-GH-PARTNER-KEY (a UUID identifying the partner) and MAC request signing with a
  // client id (sv:v1:...) and a secret key that "signs every request and is never sent on the wire"
  // ---------------------------------------------------------------------------------------------
  const GH_DOC = 'https://developer.grubhub.com/docs/6jV3D6ozbHGczQiB3nRT3v/authentication (Partner Key UUID sent as X-GH-PARTNER-KEY; Client ID sv:v1:<...> used as the MAC id; Secret Key, base64 of 32 bytes, signs each request; Issue Date in epoch ms)';
  def('b50a_grubhub_partner_key', 'none', false, `${GH_DOC}; the partner key travels in clear on every request and cannot sign`, (r) => uuid(r));
  def('b50a_grubhub_client_id', 'none', false, `${GH_DOC}; the client id is the MAC id, sent in the Authorization header`, (r) => `sv:v1:${uuid(r)}`);
  def('b50a_grubhub_secret_key', 'grubhub', true, GH_DOC, (r) => b64(r.bytes(32)));

  // ---------------------------------------------------------------------------------------------
  // Revel Systems: API-AUTHENTICATION: <api key>:<api secret> on every call to <subdomain>.revelup.com
  // ---------------------------------------------------------------------------------------------
  const REVEL_DOC = 'https://developer.revelsystems.com/revelsystems/docs/authentication (header API-AUTHENTICATION: key:secret; keys issued as 32 hex, secrets as 64 hex)';
  def('b50a_revel_api_key', 'revel', false, `${REVEL_DOC}; the key names the pair and is useless without the secret`, (r) => r.hex(32));
  plain('b50a_revel_api_secret', 'revel', AL.hex, 64, REVEL_DOC);

  // ---------------------------------------------------------------------------------------------
  // 7shifts: long-lived company access tokens (Company Settings > Developer Tools, admin level, Bearer) and the
  // deprecated v1 API key sent as the Basic-auth user name
  // ---------------------------------------------------------------------------------------------
  plain('b50a_7shifts_access_token', '7shifts', AL.hex, 64, 'https://developers.7shifts.com/docs/authentication (access tokens: admin-level, long-lived, Authorization: Bearer; shape modelled on issued tokens, 64 hex)');
  plain('b50a_7shifts_api_key_legacy', '7shifts', AL.b62, 32, 'https://developers.7shifts.com/v2.2022.0501/reference/authentication (deprecated API key, the HTTP Basic user name with an empty password)');

  // ---------------------------------------------------------------------------------------------
  // Deliverect: OAuth 2.0 machine-to-machine client_id / client_secret (Auth0 tenant, audience api.deliverect.com)
  // and a per-environment pre-shared HMAC secret for x-server-authorization-hmac-sha256
  // ---------------------------------------------------------------------------------------------
  const DLV_DOC = 'https://developers.deliverect.com/reference/access-token (client_id and client_secret issued per partner, exchanged at /oauth/token with an audience; Auth0-style ids of 32 alphanumerics, secrets of 64 base64url)';
  def('b50a_deliverect_client_id', 'deliverect', false, `${DLV_DOC}; the client id identifies the partner`, (r) => r.str(AL.b62, 32));
  plain('b50a_deliverect_client_secret', 'deliverect', AL.b64url, 64, DLV_DOC);
  plain('b50a_deliverect_hmac_secret', 'deliverect', AL.b62, 32, 'https://developers.deliverect.com/reference/hmac-authentication (pre-shared secret for the HMAC-SHA256 webhook signature, generated in the integration settings)');

  // ---------------------------------------------------------------------------------------------
  // MarginEdge Public API: x-api-key on an AWS API Gateway (generated keys are 40 alphanumerics)
  // ---------------------------------------------------------------------------------------------
  plain('b50a_marginedge_api_key', 'marginedge', AL.b62, 40, 'https://developer.marginedge.com/ (X-API-KEY header scoped to the restaurant units the caller may read; API Gateway keys, see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-basic-concept.html#apigateway-definition-api-key, generated as 40 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Homebase public API (app.joinhomebase.com/api/public): API key from account settings, Bearer
  // ---------------------------------------------------------------------------------------------
  plain('b50a_homebase_api_key', 'homebase', AL.b62, 43, 'https://app.joinhomebase.com/api/public/docs (API key from Settings > API, sent as Authorization: Bearer; modelled on issued keys, 43 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // SevenRooms API: OAuth client_id / client_secret provisioned per venue group
  // ---------------------------------------------------------------------------------------------
  const SR_DOC = 'https://api-docs.sevenrooms.com/ (client_id and client_secret provisioned per venue group, exchanged for a token at /2_4/auth; secrets issued as 128 hex)';
  def('b50a_sevenrooms_client_id', 'sevenrooms', false, `${SR_DOC}; the client id names the integration`, (r) => r.hex(40));
  plain('b50a_sevenrooms_client_secret', 'sevenrooms', AL.hex, 128, SR_DOC);

  // ---------------------------------------------------------------------------------------------
  // Olo Ordering API: "Authorization: OloKey <api key>" plus a shared secret for request signatures
  // ---------------------------------------------------------------------------------------------
  const OLO_DOC = 'https://developer.olo.com/docs/ordering-api/authentication (partner API key sent as Authorization: OloKey <key>; server-to-server only; keys issued as 32 alphanumerics)';
  plain('b50a_olo_api_key', 'olo', AL.b62, 32, OLO_DOC);
  plain('b50a_olo_webhook_secret', 'olo', AL.b62, 40, 'https://developer.olo.com/docs/webhooks/security (shared secret for the X-Olo-Signature HMAC-SHA256 of webhook bodies)');

  // ---------------------------------------------------------------------------------------------
  // Resy: the web client sends Authorization: ResyAPI api_key="<key>" with one key embedded in resy.com's
  // public JavaScript for every visitor (not a secret), and x-resy-auth-token, the signed-in user's session JWT
  // ---------------------------------------------------------------------------------------------
  def('b50a_resy_web_api_key', 'none', false, 'https://resy.com/ (no public developer docs: the ResyAPI api_key header value is shipped in the site\'s JavaScript bundle and is the same for every visitor; 32 alphanumerics)', (r) => r.str(AL.b62, 32));
  def('b50a_resy_auth_token', 'resy', true, 'https://resy.com/ (x-resy-auth-token / x-resy-universal-auth: the signed-in guest\'s session, an HS512 JWT issued at login)', (r) => {
    const iat = epoch(r);
    return jwt(r, { typ: 'JWT', alg: 'HS512' }, { exp: iat + 3888000, uid: r.range(1000000, 49999999), gt: 'consumer', gs: [], extra: { guest_id: r.range(10000000, 199999999) } }, 64);
  });

  // ---------------------------------------------------------------------------------------------
  // OpenTable partner APIs: OAuth client_credentials (client id + client secret) at oauth.opentable.com
  // ---------------------------------------------------------------------------------------------
  const OT_DOC = 'https://platform.opentable.com/documentation/#authentication (client_credentials: Basic base64(client_id:client_secret) at https://oauth.opentable.com/api/v2/oauth/token; ids are UUIDs, secrets 32 alphanumerics)';
  def('b50a_opentable_client_id', 'opentable', false, `${OT_DOC}; the client id identifies the partner`, (r) => uuid(r));
  plain('b50a_opentable_client_secret', 'opentable', AL.b62, 32, OT_DOC);

  // ---------------------------------------------------------------------------------------------
  // Punchh (PAR) loyalty: "client" (64 hex, identifies the business app, sent with each call) and "secret"
  // (64 hex, signs x-pch-digest = HMAC-SHA1 of path + body); the secret must stay server-side
  // ---------------------------------------------------------------------------------------------
  const PUNCHH_DOC = 'https://developers.partech.com/docs/dev-portal-online-ordering/additional-topics/gettingstartedwithsso (a registered application gets a unique 64-character client ID and client secret; x-pch-digest = HMAC (SHA1 online ordering, SHA256 mobile, see .../dev-portal-mobile/additional-topics/signature-sha256) of URI + body with the secret)';
  def('b50a_punchh_client', 'punchh', false, `${PUNCHH_DOC}; the client key is sent in clear with every request`, (r) => r.hex(64));
  plain('b50a_punchh_secret', 'punchh', AL.hex, 64, PUNCHH_DOC);
  plain('b50a_punchh_location_key', 'punchh', AL.hex, 32, 'https://developers.partech.com/docs/dev-portal-pos (POS API: per-location key sent as Authorization: Token token=<location key>; modelled as 32 hex)');

  // ---------------------------------------------------------------------------------------------
  // Toast: webhook payloads are signed with a per-subscription secret (Toast-Signature, HMAC-SHA256)
  // ---------------------------------------------------------------------------------------------
  plain('b50a_toast_webhook_secret', 'toast', AL.b62, 32, 'https://doc.toasttab.com/doc/devguide/apiWebhookSignatures.html (webhook signing secret shown with the subscription; Toast-Signature is the base64 HMAC-SHA256 of the body)');

  // ---------------------------------------------------------------------------------------------
  // Clover: e-commerce API public token (PAKMS apiAccessKey, public, used by the iframe) and private token (UUID)
  // ---------------------------------------------------------------------------------------------
  const CLOVER_ECOM_DOC = 'https://docs.clover.com/dev/docs/ecommerce-generating-api-keys (public token / apiAccessKey: 32 hex, safe in the browser; private token: a UUID, server-side only)';
  def('b50a_clover_ecomm_public_key', 'none', false, CLOVER_ECOM_DOC, (r) => r.hex(32));
  def('b50a_clover_ecomm_private_token', 'clover', true, CLOVER_ECOM_DOC, (r) => uuid(r));
  def('b50a_clover_app_secret', 'clover', true, 'https://docs.clover.com/dev/docs/obtaining-an-oauth-token (App ID: 13 alphanumerics; App Secret: a UUID, exchanged with the code for a merchant token; keep it server-side)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Givex gift cards: gateway user id (numeric) and password issued per merchant integration
  // ---------------------------------------------------------------------------------------------
  plain('b50a_givex_gateway_password', 'givex', AL.b62, 12, 'https://www.givex.com/developer/ (Givex API: numeric user id and a 12-character password per integration, sent in every JSON-RPC request)');
};
