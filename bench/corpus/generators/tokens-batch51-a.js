'use strict';
/** Generators added with batch51-a (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Strava: per-athlete OAuth access tokens (6 hours) and refresh tokens, both 40 hex as issued
  // ---------------------------------------------------------------------------------------------
  const STRAVA_DOC = 'https://developers.strava.com/docs/authentication/ (token exchange returns access_token and refresh_token; both shown as 40-character hex strings)';
  plain('b51a_strava_access_token', 'strava', AL.hex, 40, STRAVA_DOC);
  plain('b51a_strava_refresh_token', 'strava', AL.hex, 40, STRAVA_DOC);
  def('b51a_strava_client_id', 'none', false, 'https://developers.strava.com/docs/getting-started/#account (Client ID: a small integer shown in the app settings and sent in the authorize URL; an identifier)',
    (r) => String(r.range(10000, 199999)));

  // ---------------------------------------------------------------------------------------------
  // Fitbit Web API: OAuth 2.0 client id (6 upper-case alphanumerics, public: appears in the authorize URL),
  // client secret (32 hex), access token (HS256 JWT with iss "Fitbit"), refresh token (64 hex)
  // ---------------------------------------------------------------------------------------------
  const FITBIT_DOC = 'https://dev.fitbit.com/build/reference/web-api/authorization/oauth2-token (client_id 6 characters such as 22942C, client_secret 32 hex; access_token a JWT, refresh_token 64 hex)';
  const fitbitId = (r) => r.str(AL.upperAlnum, 6);
  def('b51a_fitbit_client_id', 'none', false, `${FITBIT_DOC}; the client id identifies the app and travels in the authorize URL`, fitbitId);
  plain('b51a_fitbit_client_secret', 'fitbit', AL.hex, 32, FITBIT_DOC);
  def('b51a_fitbit_access_token', 'fitbit', true, FITBIT_DOC, (r) => {
    const iat = epoch(r);
    return jwt(r, { alg: 'HS256' }, {
      aud: fitbitId(r), sub: fitbitId(r), iss: 'Fitbit', typ: 'access_token',
      scopes: 'rsoc rset ract rloc rwei rhr rpro rnut rsle', exp: iat + 28800, iat,
    });
  });
  plain('b51a_fitbit_refresh_token', 'fitbit', AL.hex, 64, FITBIT_DOC);

  // ---------------------------------------------------------------------------------------------
  // Oura: personal access tokens (cloud.ouraring.com/personal-access-tokens), 32 upper-case alphanumerics
  // ---------------------------------------------------------------------------------------------
  plain('b51a_oura_pat', 'oura', AL.upperAlnum, 32, 'https://cloud.ouraring.com/docs/authentication (Personal Access Token sent as Authorization: Bearer; issued as 32 upper-case letters and digits)');

  // ---------------------------------------------------------------------------------------------
  // WHOOP: OAuth client id (UUID, sent in the authorize URL) and client secret (64 hex) from the developer
  // dashboard; per-member access tokens are opaque strings (two base64url parts joined by a dot)
  // ---------------------------------------------------------------------------------------------
  const WHOOP_DOC = 'https://developer.whoop.com/docs/developing/oauth (Client ID and Client Secret from the Developer Dashboard; per-user Access and Refresh Tokens)';
  def('b51a_whoop_client_id', 'none', false, `${WHOOP_DOC}; the client id is a UUID sent in the authorization URL`, (r) => uuid(r));
  plain('b51a_whoop_client_secret', 'whoop', AL.hex, 64, WHOOP_DOC);
  def('b51a_whoop_access_token', 'whoop', true, `${WHOOP_DOC}; opaque token modeled on issued ones`,
    (r) => `${r.str(AL.b64url, 43)}.${r.str(AL.b64url, 43)}`);

  // ---------------------------------------------------------------------------------------------
  // Polar Open AccessLink: client id and client secret are both UUIDs (see the official example config.yml);
  // per-user access tokens are 32 hex and do not expire
  // ---------------------------------------------------------------------------------------------
  const POLAR_DOC = 'https://www.polar.com/accesslink-api/#authentication (client_id and client_secret from admin.polaraccesslink.com, both UUIDs as in github.com/polarofficial/accesslink-example-python; access_token 32 hex)';
  def('b51a_polar_client_id', 'none', false, `${POLAR_DOC}; the client id is an identifier`, (r) => uuid(r));
  def('b51a_polar_client_secret', 'polar-accesslink', true, POLAR_DOC, (r) => uuid(r));
  plain('b51a_polar_access_token', 'polar-accesslink', AL.hex, 32, POLAR_DOC);

  // ---------------------------------------------------------------------------------------------
  // Garmin Connect Developer Program (Health/Activity API, OAuth 1.0a): consumer key (UUID, sent in clear in
  // every oauth_consumer_key) and consumer secret; per-user access token (UUID) and token secret
  // ---------------------------------------------------------------------------------------------
  const GARMIN_DOC = 'https://developer.garmin.com/gc-developer-program/health-api/ (OAuth 1.0a: consumer key and consumer secret from the developer portal, user access token and token secret; secrets are 27 alphanumerics, keys/tokens UUIDs)';
  def('b51a_garmin_consumer_key', 'none', false, `${GARMIN_DOC}; oauth_consumer_key is sent in clear on every request`, (r) => uuid(r));
  plain('b51a_garmin_consumer_secret', 'garmin', AL.b62, 27, GARMIN_DOC);
  def('b51a_garmin_user_token', 'none', false, `${GARMIN_DOC}; oauth_token is sent in clear, useless without the token secret`, (r) => uuid(r));
  plain('b51a_garmin_token_secret', 'garmin', AL.b62, 27, GARMIN_DOC);

  // ---------------------------------------------------------------------------------------------
  // Mindbody Public API v6: Api-Key header (32 hex, per developer account) and staff user tokens returned by
  // POST /usertoken/issue (AccessToken, 32 hex, sent as Authorization)
  // ---------------------------------------------------------------------------------------------
  const MBO_DOC = 'https://developers.mindbodyonline.com/PublicDocumentation/V6#authentication (Api-Key header issued in the developer portal; /usertoken/issue returns AccessToken for the Authorization header; both 32 hex as issued)';
  plain('b51a_mindbody_api_key', 'mindbody', AL.hex, 32, MBO_DOC);
  plain('b51a_mindbody_user_token', 'mindbody', AL.hex, 32, MBO_DOC);

  // ---------------------------------------------------------------------------------------------
  // Glofox: integrations authenticate with an API key + API token pair per branch (branch ids are Mongo ObjectIds)
  // ---------------------------------------------------------------------------------------------
  const GLOFOX_DOC = 'https://docs.unified.to/integrations/glofox (authorization: API Key / API Token / Branch ID, sent as x-glofox-api-key and x-glofox-api-token headers; key and token modeled on issued ones)';
  plain('b51a_glofox_api_key', 'glofox', AL.b62, 32, GLOFOX_DOC);
  plain('b51a_glofox_api_token', 'glofox', AL.hex, 64, GLOFOX_DOC);
  def('b51a_glofox_branch_id', 'none', false, `${GLOFOX_DOC}; branch id is a 24-hex ObjectId, an identifier`, (r) => r.hex(24));

  // ---------------------------------------------------------------------------------------------
  // Live sports data and odds feeds: Sportradar (api_key query parameter or x-api-key header, 40 alphanumerics
  // on console keys), The Odds API (apiKey, 32 hex), API-Sports (x-apisports-key, 32 hex), SportsDataIO
  // (Ocp-Apim-Subscription-Key, 32 hex)
  // ---------------------------------------------------------------------------------------------
  plain('b51a_sportradar_api_key', 'sportradar', AL.b62, 40, 'https://developer.sportradar.com/getting-started/docs/make-your-first-call (API key from the console, sent as x-api-key header or api_key query parameter; 40 alphanumerics on current keys)');
  plain('b51a_theoddsapi_key', 'the-odds-api', AL.hex, 32, 'https://the-odds-api.com/liveapi/guides/v4/ (apiKey query parameter; keys are 32 hex)');
  plain('b51a_apisports_key', 'api-sports', AL.hex, 32, 'https://www.api-football.com/documentation-v3#section/Authentication (x-apisports-key header; dashboard keys are 32 hex)');
  plain('b51a_sportsdataio_key', 'sportsdataio', AL.hex, 32, 'https://sportsdata.io/developers/api-documentation/nfl (Ocp-Apim-Subscription-Key header or key query parameter; 32 hex subscription key)');

  // ---------------------------------------------------------------------------------------------
  // Ticketing: Ticketmaster Developer (Consumer Key = apikey, 32 alphanumerics; Consumer Secret, 16) and
  // SeatGeek Platform (client_id = base64 of "<account>|<unix time>", client_secret 64 hex)
  // ---------------------------------------------------------------------------------------------
  const TM_DOC = 'https://developer.ticketmaster.com/products-and-docs/apis/getting-started/ (Consumer Key passed as apikey; apps also get a Consumer Secret; 32 and 16 alphanumerics as issued)';
  plain('b51a_ticketmaster_consumer_key', 'ticketmaster', AL.b62, 32, TM_DOC);
  plain('b51a_ticketmaster_consumer_secret', 'ticketmaster', AL.b62, 16, TM_DOC);
  const SG_DOC = 'https://platform.seatgeek.com/#authentication (client_id required on every request, client_secret optional and secret; client_id is base64 of "<id>|<unix time>", client_secret 64 hex)';
  def('b51a_seatgeek_client_id', 'none', false, `${SG_DOC}; the client id identifies the app`,
    (r) => b64(`${r.digits(r.pick([7, 8]))}|${epoch(r)}`).replace(/=+$/, ''));
  plain('b51a_seatgeek_client_secret', 'seatgeek', AL.hex, 64, SG_DOC);

  // ---------------------------------------------------------------------------------------------
  // Fantasy: ESPN private-league cookies (espn_s2 is the logged-in session, ~250 URL-encoded base64 chars starting
  // AE; SWID is the member GUID in braces, an identifier) and Yahoo Fantasy OAuth (consumer key = client_id,
  // "dj0yJmk9..." base64 of v=1&i=...&s=consumersecret...; consumer secret 40 hex)
  // ---------------------------------------------------------------------------------------------
  const ESPN_DOC = 'https://github.com/cwendt94/espn-api/discussions/150 (private leagues need the espn_s2 and SWID cookies from a logged-in browser; espn_s2 is often over 250 characters, SWID about 38 with braces)';
  def('b51a_espn_s2', 'espn', true, ESPN_DOC, (r) => {
    const raw = `AE${r.str(AL.b64, 214)}==`;
    return raw.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D');
  });
  def('b51a_espn_swid', 'none', false, `${ESPN_DOC}; SWID is the member id`, (r) => `{${uuid(r).toUpperCase()}}`);
  const YAHOO_DOC = 'https://developer.yahoo.com/oauth2/guide/ (Client ID (Consumer Key), sent in the authorize URL, and Client Secret (Consumer Secret, 40 hex))';
  def('b51a_yahoo_client_id', 'none', false, `${YAHOO_DOC}; the client id is public`, (r) => {
    const inner = `v=2&i=${r.str(AL.b62, 12)}&d=${b64(`YWk9${r.str(AL.b62, 8)}`).replace(/=+$/, '')}&s=consumersecret&sv=0&x=${r.hex(2)}`;
    return `${b64(inner).replace(/=+$/, '')}`;
  });
  plain('b51a_yahoo_client_secret', 'yahoo', AL.hex, 40, YAHOO_DOC);

  // ---------------------------------------------------------------------------------------------
  // Club management: TeamSnap API v3 (Doorkeeper OAuth apps: client id and secret 64 hex; user tokens 64 hex)
  // ---------------------------------------------------------------------------------------------
  const TS_DOC = 'https://www.teamsnap.com/documentation/apiv3/authorization (OAuth 2 application Client ID and Client Secret, user access tokens; 64 hex as issued by auth.teamsnap.com)';
  def('b51a_teamsnap_client_id', 'none', false, `${TS_DOC}; the client id is sent in the authorize URL`, (r) => r.hex(64));
  plain('b51a_teamsnap_client_secret', 'teamsnap', AL.hex, 64, TS_DOC);
  plain('b51a_teamsnap_access_token', 'teamsnap', AL.hex, 64, TS_DOC);
};
