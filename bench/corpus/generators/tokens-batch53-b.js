'use strict';
/** Generators added with batch53-b (customer support and contact centers; see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Front: company-level API tokens are JWTs (HS256) created under Settings > Developers > API Tokens and sent as
  // "Authorization: Bearer"; OAuth apps have a client id (identifier) and a client secret
  // ---------------------------------------------------------------------------------------------
  const FRONT_TOKEN_DOC = 'https://dev.frontapp.com/docs/create-and-revoke-api-tokens (company-level API token with scopes, sent as Authorization: Bearer; issued as an HS256 JSON Web Token)';
  def('b53b_front_api_token', 'front', true, FRONT_TOKEN_DOC, (r) => jwt(r, { alg: 'HS256', typ: 'JWT' },
    { scopes: r.pick([['shared:*'], ['shared:*', 'private:*'], ['shared:conversations', 'shared:contacts']]), iat: epoch(r), iss: 'front', sub: r.hex(20), jti: r.hex(16) }));
  const FRONT_OAUTH_DOC = 'https://dev.frontapp.com/docs/oauth (each OAuth application is assigned a Client ID and a Client Secret; the secret should never be shared; both shown as 32 hex)';
  def('b53b_front_client_id', 'none', false, `${FRONT_OAUTH_DOC}; the client id appears in the authorize URL`, (r) => r.hex(32));
  plain('b53b_front_client_secret', 'front', AL.hex, 32, FRONT_OAUTH_DOC);

  // ---------------------------------------------------------------------------------------------
  // Help Scout Mailbox API 2.0: OAuth2 app (App ID + App Secret, client credentials flow), bearer access tokens
  // ---------------------------------------------------------------------------------------------
  const HS_DOC = 'https://developer.helpscout.com/mailbox-api/overview/authentication (OAuth2 application: App ID and App Secret from Your Profile > My Apps, 32 alphanumerics each; access tokens sent as Authorization: Bearer, 32 hex in the documented example)';
  def('b53b_helpscout_app_id', 'none', false, `${HS_DOC}; the App ID is the client_id and appears in the authorize URL`, (r) => r.str(AL.b62, 32));
  plain('b53b_helpscout_app_secret', 'helpscout', AL.b62, 32, HS_DOC);
  plain('b53b_helpscout_access_token', 'helpscout', AL.hex, 32, HS_DOC);

  // ---------------------------------------------------------------------------------------------
  // Aircall Public API: Basic auth with api_id:api_token (both generated together, the token shown once);
  // webhooks carry a per-webhook "token" used to check the sender
  // ---------------------------------------------------------------------------------------------
  const AIRCALL_DOC = 'https://developer.aircall.io/docs/basic-authentication (API ID and API token generated together in Integrations > API keys, used as Basic-auth username and password; issued as 32 hex)';
  def('b53b_aircall_api_id', 'none', false, `${AIRCALL_DOC}; the API ID is the username`, (r) => r.hex(32));
  plain('b53b_aircall_api_token', 'aircall', AL.hex, 32, AIRCALL_DOC);
  def('b53b_aircall_basic_credentials', 'aircall', true, `${AIRCALL_DOC}; "api_id:api_token" as joined for the Basic header (apply |b64)`, (r) => `${r.hex(32)}:${r.hex(32)}`);
  plain('b53b_aircall_webhook_token', 'aircall', AL.hex, 32, 'https://developer.aircall.io/api-references/#webhooks (each webhook has a token, sent in every payload, to verify that events come from Aircall)');

  // ---------------------------------------------------------------------------------------------
  // Genesys Cloud: OAuth clients (client credentials grant): Client ID is a UUID, Client Secret 43 base64url
  // characters; access tokens are 86 base64url characters
  // ---------------------------------------------------------------------------------------------
  const GC_DOC = 'https://developer.genesys.cloud/authorization/platform-auth/use-client-credentials (OAuth client: Client ID (a UUID) and Client Secret (43 base64url characters) exchanged at login.<region>/oauth/token for an access token)';
  def('b53b_genesys_client_id', 'none', false, `${GC_DOC}; the client id identifies the OAuth client`, (r) => uuid(r));
  plain('b53b_genesys_client_secret', 'genesys', AL.b64url, 43, GC_DOC);
  plain('b53b_genesys_access_token', 'genesys', AL.b64url, 86, GC_DOC);

  // ---------------------------------------------------------------------------------------------
  // Zendesk Sunshine Conversations (Conversations API keys): App ID (identifier), Key ID app_<24 hex> (Basic-auth
  // username / JWT kid) and the secret key (the password)
  // ---------------------------------------------------------------------------------------------
  const SUNCO_DOC = 'https://support.zendesk.com/hc/en-us/articles/4576088682266 (API key = App ID + Key ID + secret key; with Basic auth the key id is the username and the secret the password; secrets shown as 86 base64url characters)';
  def('b53b_sunco_key_id', 'none', false, `${SUNCO_DOC}; the key id is an identifier`, (r) => `app_${r.hex(24)}`);
  plain('b53b_sunco_key_secret', 'zendesk', AL.b64url, 86, SUNCO_DOC);
  def('b53b_sunco_app_id', 'none', false, `${SUNCO_DOC}; the App ID identifies the account`, (r) => r.hex(24));

  // ---------------------------------------------------------------------------------------------
  // Zendesk: JWT single sign-on shared secret and webhook signing secret; Web Widget key (public, in the snippet)
  // ---------------------------------------------------------------------------------------------
  plain('b53b_zendesk_jwt_shared_secret', 'zendesk', AL.b62, 48, 'https://support.zendesk.com/hc/en-us/articles/4408845838874 (JWT SSO: the shared secret shown in Admin Center signs the HS256 JWT that logs users in; modelled on issued values)');
  def('b53b_zendesk_webhook_secret', 'zendesk', true, 'https://developer.zendesk.com/documentation/webhooks/verifying/ (webhook signing secret: base64 HMAC-SHA256 key used for X-Zendesk-Webhook-Signature)',
    (r) => b64(r.bytes(32)));
  def('b53b_zendesk_widget_key', 'none', false, 'https://developer.zendesk.com/documentation/zendesk-web-widget-sdks/ (Web Widget snippet static.zdassets.com/ekr/snippet.js?key=<uuid>, embedded in every page; public)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Kustomer: API keys are JWTs (Bearer) carrying org, user and roles; chat keys with role org.tracking are public
  // ---------------------------------------------------------------------------------------------
  const KUSTOMER_DOC = 'https://developer.kustomer.com/docs/get-started/authentication (API keys are bearer JWTs, "eyJhbGciOi...", created under Settings > Security > API Keys with fixed roles)';
  def('b53b_kustomer_api_key', 'kustomer', true, KUSTOMER_DOC, (r) => jwt(r, { alg: 'HS256', typ: 'JWT' },
    { id: r.hex(24), user: r.hex(24), org: r.hex(24), orgName: r.pick(['pinecall', 'lumenwear', 'northfield']), userType: 'machine', pod: 'prod1',
      roles: r.pick([['org.user.customer.read', 'org.user.conversation.read'], ['org.permission.customer.create', 'org.permission.message.create']]), aud: 'urn:consumer', iss: 'urn:api', sub: r.hex(24) }));
  def('b53b_kustomer_chat_key', 'none', false, `${KUSTOMER_DOC}; chat keys (role org.tracking only) run in the customer's browser`, (r) => jwt(r, { alg: 'HS256', typ: 'JWT' },
    { id: r.hex(24), user: r.hex(24), org: r.hex(24), orgName: 'lumenwear', userType: 'machine', pod: 'prod1', roles: ['org.tracking'], aud: 'urn:consumer', iss: 'urn:api', sub: r.hex(24) }));

  // ---------------------------------------------------------------------------------------------
  // Dialpad: company API keys (Admin Settings > My Company > Authentication > API Keys), Bearer or ?apikey=
  // ---------------------------------------------------------------------------------------------
  plain('b53b_dialpad_api_key', 'dialpad', AL.b62, 50, 'https://developers.dialpad.com/docs/api-key-generation (company API key, more powerful than a password; sent as Authorization: Bearer or the apikey query parameter; modelled on issued values)');

  // ---------------------------------------------------------------------------------------------
  // LiveChat (Text platform): Personal Access Tokens, region-prefixed ("dal:", "fra:"), used with the account id in Basic auth
  // ---------------------------------------------------------------------------------------------
  def('b53b_livechat_pat', 'livechat', true, 'https://platform.text.com/docs/authorization/agent-authorization (Personal Access Token used with the account_id in the Basic scheme; tokens carry the data-centre prefix, e.g. dal: or fra:)',
    (r) => `${r.pick(['dal', 'fra'])}:${r.str(AL.b64url, 27)}`);

  // ---------------------------------------------------------------------------------------------
  // Freshchat: the API token shown under Admin > Configure > API Tokens is an RS256 JWT sent as Bearer
  // ---------------------------------------------------------------------------------------------
  def('b53b_freshchat_api_token', 'freshchat', true, 'https://developers.freshchat.com/api/#authentication (API key from Admin Settings > API Tokens, a JWT sent as Authorization: Bearer)',
    (r) => jwt(r, { alg: 'RS256', typ: 'JWT', kid: 'custom-oauth-keyid' },
      { iss: 'freshchat', sub: uuid(r), clientId: `fc-${uuid(r)}`, scope: 'agent:read agent:create conversation:read message:create', iat: epoch(r), exp: epoch(r) + 86400 * 3650 }, 256));

  // ---------------------------------------------------------------------------------------------
  // Talkdesk: OAuth client credentials (client id identifier, client secret); Delighted CSAT API key
  // ---------------------------------------------------------------------------------------------
  const TD_DOC = 'https://docs.talkdesk.com/docs/client-credentials (OAuth client created in Admin > API Clients: client ID and client secret exchanged at <account>.talkdeskid.com/oauth/token; modelled on issued values)';
  def('b53b_talkdesk_client_id', 'none', false, `${TD_DOC}; the client id is an identifier`, (r) => r.hex(32));
  plain('b53b_talkdesk_client_secret', 'talkdesk', AL.b64url, 64, TD_DOC);
  plain('b53b_delighted_api_key', 'delighted', AL.b62, 32, 'https://app.delighted.com/docs/api (secret API key sent as the Basic-auth username; 32 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Azure Bot Service Direct Line channel secret (agent-assist bot in the web chat): <11>.<43> base64url
  // ---------------------------------------------------------------------------------------------
  def('b53b_directline_secret', 'azure', true, 'https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-authentication (Direct Line secret, sent as Authorization: Bearer or exchanged for a token; shown in the channel settings as 11 + "." + 43 base64url characters)',
    (r) => `${r.str(AL.b64url, 11)}.${r.str(AL.b64url, 43)}`);

  // Metabase session ids (X-Metabase-Session header), UUIDs returned by POST /api/session; valid 14 days by default
  def('b53b_metabase_session', 'metabase', true, 'https://www.metabase.com/docs/latest/api (POST /api/session returns {"id": "<uuid>"}, sent as the X-Metabase-Session header; sessions last 14 days by default)', (r) => uuid(r));
};
