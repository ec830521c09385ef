'use strict';
/** Generators added with batch49-a (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, uuid, jwt, epoch } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Blackbaud SKY API (Raiser's Edge NXT, Financial Edge NXT): every call carries the developer's subscription key
  // (Bb-Api-Subscription-Key, an API Management key of 32 hex) and an OAuth bearer token; the application (client)
  // id is a UUID, the application secret a 44-character base64 string; refresh tokens are 32 hex
  // ---------------------------------------------------------------------------------------------
  const BB_SUB_DOC = 'https://developer.blackbaud.com/skyapi/docs/basics (Bb-Api-Subscription-Key header on every request; primary and secondary keys of 32 hex shown on the My subscriptions page)';
  const BB_AUTH_DOC = 'https://developer.blackbaud.com/skyapi/docs/authorization/auth-code-flow (application ID = client_id, application secret = client_secret; access tokens expire after 60 minutes, refresh tokens after 365 days)';
  plain('b49a_blackbaud_subscription_key', 'blackbaud', AL.hex, 32, BB_SUB_DOC);
  def('b49a_blackbaud_app_id', 'none', false, `${BB_AUTH_DOC}; the application ID is a UUID and appears in the authorize URL`, (r) => uuid(r));
  def('b49a_blackbaud_app_secret', 'blackbaud', true, BB_AUTH_DOC, (r) => b64(r.bytes(32)));
  plain('b49a_blackbaud_refresh_token', 'blackbaud', AL.hex, 32, BB_AUTH_DOC);
  def('b49a_blackbaud_access_token', 'blackbaud', true, `${BB_AUTH_DOC}; the access token is an RS256 JWT issued by oauth2.sky.blackbaud.com`, (r) => {
    const iat = epoch(r);
    return jwt(r, { alg: 'RS256', kid: r.str(AL.b64url, 27), typ: 'JWT' }, {
      '1bb.perm': r.hex(32), 'environment_id': `p-${r.str(AL.b64url, 22)}`, 'legal_entity_id': `p-${r.str(AL.b64url, 22)}`,
      'user_id': uuid(r), iss: 'https://oauth2.sky.blackbaud.com/', aud: 'blackbaud', iat, exp: iat + 3600,
    }, 256);
  });

  // ---------------------------------------------------------------------------------------------
  // Planning Center (churches): personal access tokens are an application id + secret pair used as HTTP basic auth
  // ---------------------------------------------------------------------------------------------
  const PCO_DOC = 'https://developer.planning.center/docs/#/overview/authentication (Personal Access Token: application id and secret, curl -u app_id:secret; both 64 hex; OAuth apps also have a client id/secret of 64 hex)';
  def('b49a_pco_app_id', 'none', false, `${PCO_DOC}; the application id is the basic-auth user name`, (r) => r.hex(64));
  plain('b49a_pco_secret', 'planning-center', AL.hex, 64, PCO_DOC);

  // ---------------------------------------------------------------------------------------------
  // NGP VAN / EveryAction: basic auth with the application name as user and "<api key>|<mode>" as password,
  // where the key is a UUID and the mode is 0 (VoterFile) or 1 (MyCampaign / EveryAction)
  // ---------------------------------------------------------------------------------------------
  const VAN_DOC = 'https://docs.ngpvan.com/docs/authentication (HTTP basic auth: username = application name, password = API key followed by |0 or |1 for the database mode; keys are GUIDs)';
  def('b49a_ngpvan_api_key', 'ngpvan', true, VAN_DOC, (r, seed) => `${uuid(r)}|${/0$/.test(String(seed)) ? 0 : 1}`);

  // ---------------------------------------------------------------------------------------------
  // Action Network: OSDI-API-Token header, one key per list/group, generated on the API & Sync page (32 hex)
  // ---------------------------------------------------------------------------------------------
  plain('b49a_actionnetwork_api_key', 'action-network', AL.hex, 32, 'https://actionnetwork.org/docs/v2/ (Authentication: OSDI-API-Token header carrying the API key of a user or group, a 32-character hex string)');

  // ---------------------------------------------------------------------------------------------
  // NationBuilder: API v1/v2 access tokens (test tokens from Settings > Developer > API token) and OAuth app secrets,
  // all 64 hex; the OAuth client id is also 64 hex but appears in authorize URLs
  // ---------------------------------------------------------------------------------------------
  const NB_DOC = 'https://nationbuilder.com/api_quickstart (access_token query parameter or Authorization: Bearer; test tokens and OAuth client id/secret are 64-character hex strings)';
  plain('b49a_nationbuilder_token', 'nationbuilder', AL.hex, 64, NB_DOC);
  def('b49a_nationbuilder_client_id', 'none', false, `${NB_DOC}; the client id is sent in the browser authorize URL`, (r) => r.hex(64));
  plain('b49a_nationbuilder_client_secret', 'nationbuilder', AL.hex, 64, NB_DOC);

  // ---------------------------------------------------------------------------------------------
  // Bloomerang: REST v2 private API keys (X-API-Key) and public keys used by embedded forms
  // ---------------------------------------------------------------------------------------------
  const BLOOM_DOC = 'https://bloomerang.co/product/integrations-data-management/api/ (private API key in the X-API-Key header, 40 alphanumerics; a separate public key, pub_ + 40 alphanumerics, is meant for client-side donation forms)';
  plain('b49a_bloomerang_private_key', 'bloomerang', AL.lowerAlnum, 40, BLOOM_DOC);
  def('b49a_bloomerang_public_key', 'none', false, `${BLOOM_DOC}; the public key may be embedded in web pages`, (r) => `pub_${r.str(AL.lowerAlnum, 40)}`);

  // ---------------------------------------------------------------------------------------------
  // DonorPerfect XML API: one long API key per user passed as ?apikey= on https://www.donorperfect.net/prod/xmlrequest.asp
  // ---------------------------------------------------------------------------------------------
  def('b49a_donorperfect_api_key', 'donorperfect', true, 'https://api.warrenbti.com/ (DonorPerfect XML API: apikey query parameter issued by DonorPerfect support; keys are ~100 base64 characters, URL-encoded in requests)',
    (r) => b64(r.bytes(75)));

  // ---------------------------------------------------------------------------------------------
  // Givebutter: Bearer API keys created under Settings > Integrations > API Keys, shown once
  // ---------------------------------------------------------------------------------------------
  def('b49a_givebutter_api_key', 'givebutter', true, 'https://docs.givebutter.com/api-reference/authentication (Authorization: Bearer <API key>; keys are Laravel-style "<id>|<40 alphanumerics>", shown once)',
    (r) => `${r.range(1000, 99999)}|${r.str(AL.b62, 40)}`);

  // ---------------------------------------------------------------------------------------------
  // Donorbox: basic auth with the organisation e-mail as user and the API key as password
  // ---------------------------------------------------------------------------------------------
  plain('b49a_donorbox_api_key', 'donorbox', AL.b64url.replace(/[-_]/g, ''), 50, 'https://github.com/donorbox/donorbox-api (basic authentication: organisation e-mail + API key, "Set new api key" shows it once; 50 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Classy (GoFundMe Pro): OAuth2 client_credentials; the client id identifies the app, the secret authenticates it
  // ---------------------------------------------------------------------------------------------
  const CLASSY_DOC = 'https://developers.classy.org/overview/authentication (POST /oauth2/auth with grant_type=client_credentials, client_id (16 alphanumerics) and client_secret (32 alphanumerics))';
  def('b49a_classy_client_id', 'none', false, `${CLASSY_DOC}; the id alone does not authenticate`, (r) => r.str(AL.b62, 16));
  plain('b49a_classy_client_secret', 'classy', AL.b62, 32, CLASSY_DOC);

  // ---------------------------------------------------------------------------------------------
  // Mobilize (events/volunteer shifts): organisation API keys sent as Authorization: Bearer
  // ---------------------------------------------------------------------------------------------
  plain('b49a_mobilize_api_key', 'mobilize', AL.b62, 48, 'https://github.com/mobilizeamerica/api#authentication (Authorization: Bearer <api key>, requested from Mobilize support per organisation)');

  // ---------------------------------------------------------------------------------------------
  // ActBlue CSV API: Client UUID (user name) + Client Secret (password) over basic auth
  // ---------------------------------------------------------------------------------------------
  const AB_DOC = 'https://secure.actblue.com/docs/csv_api (API credentials: a Client UUID and a Client Secret sent as HTTP basic auth; the secret is shown once)';
  def('b49a_actblue_client_uuid', 'none', false, `${AB_DOC}; the client UUID is the user name`, (r) => uuid(r));
  plain('b49a_actblue_client_secret', 'actblue', AL.b64url, 43, AB_DOC);

  // ---------------------------------------------------------------------------------------------
  // GiveWP (WordPress donation plugin) REST API: public key + token (md5(secret . public key)); the secret key is private
  // ---------------------------------------------------------------------------------------------
  const GIVEWP_DOC = 'https://givewp.com/documentation/developers/give-api/ (API keys: Public Key, Token and Secret Key, each 32 hex; requests pass ?key=<public key>&token=<token>)';
  def('b49a_givewp_public_key', 'none', false, `${GIVEWP_DOC}; the public key identifies the user and is useless without the token`, (r) => r.hex(32));
  plain('b49a_givewp_token', 'givewp', AL.hex, 32, GIVEWP_DOC);
  plain('b49a_givewp_secret_key', 'givewp', AL.hex, 32, GIVEWP_DOC);

  // ---------------------------------------------------------------------------------------------
  // Civic data: api.data.gov keys (OpenFEC, Congress.gov, regulations.gov), 40 alphanumerics; Open States v3 keys are UUIDs
  // ---------------------------------------------------------------------------------------------
  plain('b49a_datagov_api_key', 'api-data-gov', AL.b62, 40, 'https://api.data.gov/docs/developer-manual/ (api_key query parameter or X-Api-Key header, a 40-character key from the signup form; DEMO_KEY is a shared, rate-limited public key)');
  def('b49a_openstates_api_key', 'openstates', true, 'https://docs.openstates.org/api-v3/ (X-API-KEY header or apikey parameter; keys registered at open.pluralpolicy.com are UUIDs)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Eventbrite (galas, ticketed fundraisers): private OAuth tokens from Account Settings > Developer Links > API Keys
  // ---------------------------------------------------------------------------------------------
  plain('b49a_eventbrite_private_token', 'eventbrite', AL.upperAlnum, 20, 'https://www.eventbrite.com/platform/api#/introduction/authentication (private token sent as Authorization: Bearer or ?token=; 20 upper-case alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Submittable (grant portals): API v3 key used as the basic-auth user name with an empty password
  // ---------------------------------------------------------------------------------------------
  plain('b49a_submittable_api_key', 'submittable', AL.hex, 32, 'https://submittable.help/en/articles/3011498-how-do-i-use-the-submittable-api (API key from Account > API Keys, sent as HTTP basic auth user name)');

  // ---------------------------------------------------------------------------------------------
  // Text-banking: Spoke (open source peer-to-peer texting) session secret, an arbitrary random string in SESSION_SECRET
  // ---------------------------------------------------------------------------------------------
  plain('b49a_spoke_session_secret', 'spoke', AL.b62, 48, 'https://github.com/MoveOnOrg/Spoke/blob/main/docs/REFERENCE-environment_variables.md (SESSION_SECRET: unique random key for signing the session cookie)');

  // ---------------------------------------------------------------------------------------------
  // Livestreamed services: YouTube Live stream keys (anyone holding one can broadcast to the channel)
  // ---------------------------------------------------------------------------------------------
  def('b49a_youtube_stream_key', 'youtube', true, 'https://support.google.com/youtube/answer/2907883 (stream key pasted into the encoder with rtmp://a.rtmp.youtube.com/live2; shown as five groups of four lower-case alphanumerics; "keep it secret")',
    (r) => Array.from({ length: 5 }, () => r.str(AL.lowerAlnum, 4)).join('-'));
};
