'use strict';
/** Generators added with batch49-b (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, jwt, epoch, uuid } = require('./lib');

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Procore (construction management): OAuth 2.0 apps; Client ID and Client Secret from the Developer Portal,
  // tokens from login.procore.com/oauth/token. Issued ids, secrets and refresh tokens read 64 hex (Doorkeeper
  // style); access tokens are signed JWTs carrying the client_id claim, valid 90 minutes
  // ---------------------------------------------------------------------------------------------
  const PROCORE_DOC = 'https://developers.procore.com/documentation/content/oauth-endpoints (client_id, client_secret, /oauth/token returns access_token, refresh_token, expires_in, created_at)';
  def('b49b_procore_client_id', 'none', false, `${PROCORE_DOC}; the client_id appears in /oauth/authorize URLs, an identifier`, (r) => r.hex(64));
  plain('b49b_procore_client_secret', 'procore', AL.hex, 64, `${PROCORE_DOC}; revealed with "Show Client Secret"`);
  plain('b49b_procore_refresh_token', 'procore', AL.hex, 64, PROCORE_DOC);
  def('b49b_procore_access_token', 'procore', true, 'https://developers.procore.com/documentation/content/api-security-overview (bearer access tokens, short-lived; issued as HS512 JWTs with iat/exp/account/client_id claims)',
    (r) => {
      const iat = epoch(r);
      return jwt(r, { typ: 'JWT', alg: 'HS512' }, { iat, exp: iat + 5400, uid: r.range(100000, 9999999), client_id: r.hex(64) }, 64);
    });

  // ---------------------------------------------------------------------------------------------
  // Autodesk Platform Services (Forge / BIM 360 / ACC): Client ID (32 alphanumerics) + Client Secret
  // (16 alphanumerics in the documented example; newer apps 64), Basic base64(id:secret) at /authentication/v2/token
  // ---------------------------------------------------------------------------------------------
  const APS_DOC = 'https://aps.autodesk.com/en/docs/oauth/v2/tutorials/get-2-legged-token (Client ID 32 alphanumerics, Client Secret 16 alphanumerics, Authorization: Basic base64("<CLIENT_ID>:<CLIENT_SECRET>"))';
  def('b49b_aps_client_id', 'none', false, `${APS_DOC}; the client id is sent in 3-legged authorize URLs, an identifier`, (r) => r.str(AL.b62, 32));
  plain('b49b_aps_client_secret', 'autodesk', AL.b62, 16, APS_DOC);
  def('b49b_aps_client_secret_long', 'autodesk', true, `${APS_DOC}; secrets of apps created since 2023 are 64 characters`, (r) => r.str(AL.b62, 64));
  def('b49b_aps_basic', 'autodesk', true, APS_DOC, (r) => b64(`${r.str(AL.b62, 32)}:${r.str(AL.b62, 16)}`));
  def('b49b_aps_access_token', 'autodesk', true, 'https://aps.autodesk.com/en/docs/oauth/v2/developers_guide/asymmetric-encryption (access tokens are RS256 JWTs with kid, client_id, scope, aud https://autodesk.com/aud/ajwtexp60)',
    (r) => {
      const iat = epoch(r);
      return jwt(r, { alg: 'RS256', kid: `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`, pi: 'oauth' },
        { scope: ['data:read', 'data:write', 'bucket:read', 'account:read'], client_id: r.str(AL.b62, 32), iss: 'https://developer.api.autodesk.com', aud: 'https://autodesk.com/aud/ajwtexp60', jti: r.str(AL.b62, 40), exp: iat + 3600 }, 256);
    });
  def('b49b_aps_urn', 'none', false, 'https://aps.autodesk.com/en/docs/model-derivative/v2/tutorials/prep-file4viewer/ (design URN: base64url of the object id, an identifier)',
    (r) => Buffer.from(`urn:adsk.objects:os.object:${r.pick(['rdl-models', 'ridgeline-bim', 'nord-wip'])}/${r.str(AL.b62, 10)}.rvt`).toString('base64url'));

  // ---------------------------------------------------------------------------------------------
  // Bridge Interactive (Zillow Group) RESO Web API: server token (back end, secret) and browser token (front end,
  // restricted to whitelisted domains), both 32 hex and sent as access_token
  // ---------------------------------------------------------------------------------------------
  const BRIDGE_DOC = 'https://bridgedataoutput.com/docs/platform/API/bridge (access_token query parameter or Authorization: Bearer; Server Token for server-side calls, Browser Token for client-side calls from whitelisted domains; 32 hex)';
  plain('b49b_bridge_server_token', 'bridge', AL.hex, 32, BRIDGE_DOC);
  def('b49b_bridge_browser_token', 'none', false, `${BRIDGE_DOC}; the browser token is designed to ship in front-end code`, (r) => r.hex(32));
  def('b49b_reso_listing_key', 'none', false, 'https://ddwiki.reso.org/display/DDW20/ListingKey+Field (ListingKey: the system identifier of a listing; Bridge issues 32 hex)', (r) => r.hex(32));

  // ---------------------------------------------------------------------------------------------
  // MLS Grid (RESO Web API replication): one bearer access token per subscriber
  // ---------------------------------------------------------------------------------------------
  plain('b49b_mlsgrid_access_token', 'mlsgrid', AL.hex, 40, 'https://docs.mlsgrid.com/#authentication (Authorization: Bearer <access token> issued per data subscriber; modelled on issued tokens, 40 hex)');

  // ---------------------------------------------------------------------------------------------
  // CoreLogic Trestle: OAuth client credentials for the RESO Web API at api-trestle.corelogic.com
  // ---------------------------------------------------------------------------------------------
  plain('b49b_trestle_client_secret', 'trestle', AL.hex, 32, 'https://trestle-documentation.corelogic.com/webapi.html (client_credentials grant at /trestle/oidc/connect/token with client_id and client_secret; secrets 32 hex)');

  // ---------------------------------------------------------------------------------------------
  // FBS Spark API (Flexmls): API key + API secret; the key is sent in clear with an MD5 ApiSig made with the secret
  // ---------------------------------------------------------------------------------------------
  const SPARK_DOC = 'https://sparkplatform.com/docs/authentication/spark_api_authentication (ApiKey sent in the request, ApiSig = MD5(secret + "ApiKey" + key ...); keys and secrets 25 lower-case alphanumerics)';
  def('b49b_spark_api_key', 'none', false, `${SPARK_DOC}; the key travels in clear`, (r) => r.str(AL.lowerAlnum, 25));
  plain('b49b_spark_api_secret', 'spark', AL.lowerAlnum, 25, SPARK_DOC);
  plain('b49b_spark_access_token', 'spark', AL.lowerAlnum, 25, 'https://sparkplatform.com/docs/authentication/openid_connect_authentication (OAuth access_token, 25 lower-case alphanumerics, sent as Authorization: OAuth <token>)');

  // ---------------------------------------------------------------------------------------------
  // Zillow Web Services ID (legacy GetSearchResults / GetZestimate): X1-ZW + ... appended as zws-id
  // ---------------------------------------------------------------------------------------------
  def('b49b_zillow_zwsid', 'zillow', true, 'https://www.zillow.com/howto/api/APIOverview.htm (zws-id parameter: the Zillow Web Services ID issued per registered user, e.g. X1-ZWz1...)',
    (r) => `X1-ZWz1${r.str(AL.lowerAlnum, 10)}_${r.str(AL.lowerAlnum, 5)}`);

  // ---------------------------------------------------------------------------------------------
  // ATTOM Data property API: apikey request header, 32 hex
  // ---------------------------------------------------------------------------------------------
  plain('b49b_attom_api_key', 'attom', AL.hex, 32, 'https://api.developer.attomdata.com/docs (apikey header on every call; keys 32 hex)');

  // ---------------------------------------------------------------------------------------------
  // AppFolio Reports API v1 / Stack: HTTP Basic with client id and client secret at <db>.appfolio.com/api/v1
  // ---------------------------------------------------------------------------------------------
  const APPFOLIO_DOC = 'https://help.appfolio.com/s/article/Reports-API-Overview (Reports API: Basic authentication with the Client ID as user and Client Secret as password, e.g. https://<client_id>:<client_secret>@<database>.appfolio.com/api/v1/reports/...; both 32 hex)';
  def('b49b_appfolio_client_id', 'none', false, `${APPFOLIO_DOC}; the id names the credential`, (r) => r.hex(32));
  plain('b49b_appfolio_client_secret', 'appfolio', AL.hex, 32, APPFOLIO_DOC);

  // ---------------------------------------------------------------------------------------------
  // Buildium Open API: x-buildium-client-id + x-buildium-client-secret headers
  // ---------------------------------------------------------------------------------------------
  const BUILDIUM_DOC = 'https://developer.buildium.com/#section/Authentication (x-buildium-client-id and x-buildium-client-secret headers; the secret is shown once on creation; modelled on issued keys: id a GUID, secret 44 base64 characters)';
  def('b49b_buildium_client_id', 'none', false, `${BUILDIUM_DOC}; the client id is an identifier`, uuid);
  def('b49b_buildium_client_secret', 'buildium', true, BUILDIUM_DOC, (r) => b64(r.bytes(32)));

  // ---------------------------------------------------------------------------------------------
  // Rent Manager 12 Web API: POST /Authentication/AuthorizeUser returns a token sent as X-RM12Api-ApiToken
  // ---------------------------------------------------------------------------------------------
  def('b49b_rentmanager_api_token', 'rentmanager', true, 'https://www.rentmanager.com/api-documentation/ (AuthorizeUser with UserName, Password, LocationID returns a token used as the X-RM12Api-ApiToken header; a GUID-shaped string)',
    (r) => uuid(r).toUpperCase());

  // ---------------------------------------------------------------------------------------------
  // Dotloop Public API v2: OAuth client id/secret and access/refresh tokens, all UUIDs
  // ---------------------------------------------------------------------------------------------
  const DOTLOOP_DOC = 'https://dotloop.github.io/public-api/#authentication (client_id and client_secret from the developer portal; /oauth/token returns access_token and refresh_token, all shown as UUIDs)';
  def('b49b_dotloop_client_id', 'none', false, `${DOTLOOP_DOC}; the client_id appears in the authorize URL`, uuid);
  def('b49b_dotloop_client_secret', 'dotloop', true, DOTLOOP_DOC, uuid);
  def('b49b_dotloop_access_token', 'dotloop', true, DOTLOOP_DOC, uuid);
  def('b49b_dotloop_refresh_token', 'dotloop', true, DOTLOOP_DOC, uuid);

  // ---------------------------------------------------------------------------------------------
  // Matterport: API Token ID + Token Secret (HTTP Basic on api.matterport.com/api/models/graph); SDK keys
  // (Showcase applicationKey) are embedded in web pages and restricted by domain; model ids (m=) are public
  // ---------------------------------------------------------------------------------------------
  const MP_DOC = 'https://matterport.github.io/developer-docs/api/model/overview/ (API credentials: Token ID and Token Secret generated in Matterport Cloud, sent as HTTP Basic; modelled on issued tokens: id 24 lower-case alphanumerics, secret 64 hex)';
  def('b49b_matterport_token_id', 'none', false, `${MP_DOC}; the token id names the credential`, (r) => r.str(AL.lowerAlnum, 24));
  plain('b49b_matterport_token_secret', 'matterport', AL.hex, 64, MP_DOC);
  def('b49b_matterport_basic', 'matterport', true, MP_DOC, (r) => b64(`${r.str(AL.lowerAlnum, 24)}:${r.hex(64)}`));
  def('b49b_matterport_sdk_key', 'none', false, 'https://matterport.github.io/showcase-sdk/sdk_home.html (SDK key passed as applicationKey in the Showcase iframe URL, public, restricted to allowed domains; 25 lower-case alphanumerics)',
    (r) => r.str(AL.lowerAlnum, 25));
  def('b49b_matterport_model_sid', 'none', false, 'https://support.matterport.com/s/article/URL-Parameters (m= model id in share URLs, 11 alphanumerics; public)', (r) => r.str(AL.b62, 11));

  // ---------------------------------------------------------------------------------------------
  // Smart locks and access control
  // ---------------------------------------------------------------------------------------------
  def('b49b_seam_api_key', 'seam', true, 'https://docs.seam.co/latest/core-concepts/authentication/api-keys and https://github.com/seamapi/prefixed-api-key (seam_ + short token of 8 base58 + _ + long token of 24 base58)',
    (r) => `seam_${r.str(B58, 8)}_${r.str(B58, 24)}`);
  const REMOTELOCK_DOC = 'https://developer.remotelock.com/api/docs#authentication (OAuth 2.0 client_id and client_secret from the developer portal, client_credentials or authorization_code; issued as 64 hex)';
  def('b49b_remotelock_client_id', 'none', false, `${REMOTELOCK_DOC}; the client id is an identifier`, (r) => r.hex(64));
  plain('b49b_remotelock_client_secret', 'remotelock', AL.hex, 64, REMOTELOCK_DOC);
  plain('b49b_brivo_api_key', 'brivo', AL.lowerAlnum, 24, 'https://developer.brivo.com/docs/authentication (api-key header issued with each application, plus OAuth client id/secret; modelled on issued keys, 24 lower-case alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Dwolla (ACH rent collection): application key and secret, client_credentials at /token
  // ---------------------------------------------------------------------------------------------
  const DWOLLA_DOC = 'https://developers.dwolla.com/docs/balance/api-reference/authentication (application key and secret; key acts as client_id; both 50 alphanumerics)';
  def('b49b_dwolla_key', 'none', false, `${DWOLLA_DOC}; the key identifies the application`, (r) => r.str(AL.b62, 50));
  plain('b49b_dwolla_secret', 'dwolla', AL.b62, 50, DWOLLA_DOC);

  // ---------------------------------------------------------------------------------------------
  // Drone surveying and document review
  // ---------------------------------------------------------------------------------------------
  plain('b49b_dronedeploy_api_key', 'dronedeploy', AL.lowerAlnum, 32, 'https://help.dronedeploy.com/hc/en-us/articles/1500004860841-API-Keys (API key from Settings > API Keys, sent as Authorization: Bearer; modelled on issued keys, 32 lower-case alphanumerics)');
  const BB_DOC = 'https://developers.bluebeam.com/docs/authentication (Studio API OAuth 2.0: client_id a GUID, client_secret issued with the app; modelled, 40 alphanumerics)';
  def('b49b_bluebeam_client_id', 'none', false, `${BB_DOC}; the client id is public in authorize URLs`, uuid);
  plain('b49b_bluebeam_client_secret', 'bluebeam', AL.b62, 40, BB_DOC);
};
