'use strict';
/** Generators added with batch50-b (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, uuid, jwt, epoch } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Autodesk ShotGrid / Flow Production Tracking: script-based authentication with script_name + api_key
  // (the "Application Key" generated on the Scripts admin page, "acts as the script's password").
  // Current keys are 64 hex; sites created before ~2019 still run 40-hex keys.
  // ---------------------------------------------------------------------------------------------
  plain('b50b_shotgrid_script_key', 'shotgrid', AL.hex, 64, 'https://developers.shotgridsoftware.com/python-api/authentication.html (application key "acts as the script\'s password", shown as 64 hex: 0123456789abcdef... x4)');
  plain('b50b_shotgrid_script_key_legacy', 'shotgrid', AL.hex, 40, 'https://github.com/shotgunsoftware/python-api/wiki/Setting-Up-Shotgun-for-API-Access (older application keys: 40 hex, e.g. "bc29517b4928b8336e007ae48e71f082eb0e7c88")');

  // ---------------------------------------------------------------------------------------------
  // ftrack Studio: personal and global API keys, used with a username (FTRACK_API_KEY / FTRACK_API_USER)
  // ---------------------------------------------------------------------------------------------
  def('b50b_ftrack_api_key', 'ftrack', true, 'https://developer.ftrack.com/api/authentication (personal and global API keys used with a username) and https://developer.ftrack.com/api-clients/python/understanding-sessions (api_key shown UUID-shaped)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Adobe Developer Console, OAuth Server-to-Server credential: client id (also sent as x-api-key in clear),
  // client secret p8e-..., IMS access tokens (RS256 JWTs, 24 h)
  // ---------------------------------------------------------------------------------------------
  const ADOBE_S2S = 'https://experienceleague.adobe.com/docs/experience-manager-learn/cloud-service/developing/extensibility/app-builder/server-to-server-auth (OAUTHS2S_CLIENT_ID 32 hex, OAUTHS2S_CLIENT_SECRET p8e- + 32 URL-safe characters)';
  def('b50b_adobe_client_id', 'adobe', false, `${ADOBE_S2S}; the client id is sent as the x-api-key header on every call and is the public half`, (r) => r.hex(32));
  def('b50b_adobe_client_secret', 'adobe', true, ADOBE_S2S, (r) => `p8e-${r.str(`${AL.b62}-_`, 32)}`);
  def('b50b_adobe_ims_access_token', 'adobe', true, 'https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/implementation/ (access_token from ims-na1.adobelogin.com/ims/token/v3, a JWT valid 24 hours; header x5u ims_na1-key-at-1.cer)', (r) => {
    const iat = epoch(r) * 1000;
    return jwt(r, { alg: 'RS256', x5u: 'ims_na1-key-at-1.cer', kid: 'ims_na1-key-at-1', itt: 'at' }, {
      id: `${iat}_${uuid(r)}_ue1`, type: 'access_token', client_id: r.hex(32), user_id: `${r.str(AL.HEX, 24)}@techacct.adobe.com`,
      as: 'ims-na1', aa_id: `${r.str(AL.HEX, 24)}@techacct.adobe.com`, ctp: 0, created_at: String(iat), expires_in: '86400000',
      scope: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext',
    }, 256);
  });

  // ---------------------------------------------------------------------------------------------
  // Wistia Data API: API tokens created by the Account Owner, Authorization: Bearer <token>
  // ---------------------------------------------------------------------------------------------
  plain('b50b_wistia_api_token', 'wistia', AL.hex, 64, 'https://docs.wistia.com/docs/making-api-requests ("Make sure that these tokens are kept secret"; Bearer token, 64 hex as the API tab shows it)');

  // ---------------------------------------------------------------------------------------------
  // Shutterstock API: consumer key + consumer secret (basic auth or OAuth client), OAuth access tokens start "v2/"
  // ---------------------------------------------------------------------------------------------
  const SSTK = 'https://api-reference.shutterstock.com/#overview-authentication (consumer key and consumer secret from the app page; HTTP basic for some endpoints; OAuth 2.0 access tokens begin "v2/")';
  def('b50b_shutterstock_client_id', 'shutterstock', false, `${SSTK}; the consumer key is the client_id passed in the /v2/oauth/authorize URL`, (r) => r.str(AL.b62, 32));
  plain('b50b_shutterstock_client_secret', 'shutterstock', AL.b62, 16, SSTK);
  def('b50b_shutterstock_access_token', 'shutterstock', true, SSTK, (r) => `v2/${b64(r.bytes(r.pick([240, 246, 252])))}`);

  // ---------------------------------------------------------------------------------------------
  // Getty Images API v3: Api-Key header on every call (authorises search against the licensee's quota) and an
  // API secret exchanged at /oauth2/token (client_credentials / password grants)
  // ---------------------------------------------------------------------------------------------
  const GETTY = 'https://api.gettyimages.com/docs/authorization (applications send Api-Key on every call; API Key + API Secret obtained for /oauth2/token; keys issued as 24 lower-case alphanumerics, secrets as 45 alphanumerics)';
  plain('b50b_getty_api_key', 'gettyimages', AL.lowerAlnum, 24, GETTY);
  plain('b50b_getty_api_secret', 'gettyimages', AL.b62, 45, GETTY);

  // ---------------------------------------------------------------------------------------------
  // SoundCloud API: registered app client_id (public, sent by players) and client_secret (confidential)
  // ---------------------------------------------------------------------------------------------
  const SC = 'https://developers.soundcloud.com/docs/api/guide#authentication (client_id and client_secret of a registered app; client credentials flow at secure.soundcloud.com/oauth/token; both 32 alphanumerics)';
  def('b50b_soundcloud_client_id', 'soundcloud', false, `${SC}; the client_id is embedded in web players`, (r) => r.str(AL.b62, 32));
  plain('b50b_soundcloud_client_secret', 'soundcloud', AL.b62, 32, SC);

  // ---------------------------------------------------------------------------------------------
  // Spotify Web API: refresh tokens from the authorization-code flow (long-lived, AQ...)
  // ---------------------------------------------------------------------------------------------
  def('b50b_spotify_refresh_token', 'spotify', true, 'https://developer.spotify.com/documentation/web-api/tutorials/code-flow (refresh_token returned with the access token; exchanged with the client secret at accounts.spotify.com/api/token; issued as AQ + ~130 URL-safe characters)',
    (r) => `AQ${r.str(AL.b64url, 129)}`);

  // ---------------------------------------------------------------------------------------------
  // iconik (media asset management): App-ID header (identifier) + Auth-Token header (a JWT for one user)
  // ---------------------------------------------------------------------------------------------
  const ICONIK = 'https://app.iconik.io/docs/authentication.html (every request carries a JSON Web Token; App-ID and Auth-Token headers; application tokens created under Admin > Settings > Application Tokens)';
  def('b50b_iconik_app_id', 'iconik', false, `${ICONIK}; the App-ID is an identifier (UUID)`, (r) => uuid(r));
  def('b50b_iconik_auth_token', 'iconik', true, ICONIK, (r) => jwt(r, { alg: 'HS256', iat: epoch(r), exp: epoch(r) + 31536000 }, { id: uuid(r) }, 32));

  // ---------------------------------------------------------------------------------------------
  // Transistor.fm podcast hosting: account API key sent as x-api-key
  // ---------------------------------------------------------------------------------------------
  plain('b50b_transistor_api_key', 'transistor', `${AL.b62}`, 22, 'https://developers.transistor.fm/#authentication (x-api-key header; the key is on the Account page under API Access)');

  // ---------------------------------------------------------------------------------------------
  // AWS Elemental MediaPackage CDN authorization: a shared secret the CDN sends as X-MediaPackage-CDNIdentifier,
  // stored in Secrets Manager as {"MediaPackageCDNIdentifier": "<value>"}
  // ---------------------------------------------------------------------------------------------
  def('b50b_mediapackage_cdn_identifier', 'aws', true, 'https://docs.aws.amazon.com/mediapackage/latest/ug/cdn-auth.html (CDN authorization header value kept in Secrets Manager under MediaPackageCDNIdentifier; generated as a UUID in the documented setup)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Mux: signing key ids (identifier half of a signed-playback key pair), Mux Data environment keys (public)
  // ---------------------------------------------------------------------------------------------
  def('b50b_mux_signing_key_id', 'mux', false, 'https://docs.mux.com/guides/secure-video-playback (signing key id sent as the kid claim; the base64 private key is the secret)', (r) => r.str(AL.b62, 34));
  def('b50b_mux_data_env_key', 'mux', false, 'https://docs.mux.com/guides/monitor-html5-video-element (env_key: "not a secret", embedded in players)', (r) => r.str(AL.lowerAlnum, 26));

  // ---------------------------------------------------------------------------------------------
  // Brightcove OAuth client id (UUID, the public half of the client credentials)
  // ---------------------------------------------------------------------------------------------
  def('b50b_brightcove_client_id', 'brightcove', false, 'https://apis.support.brightcove.com/oauth/getting-started/overview-oauth-api-v4.html (client_id, a UUID; the secret is the confidential half)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Music metadata identifiers (not secrets): ISRC (CC-XXX-YY-NNNNN) and UPC/EAN barcodes
  // ---------------------------------------------------------------------------------------------
  def('b50b_isrc', 'none', false, 'https://isrc.ifpi.org/en/isrc-standard/structure (country code, registrant code, year, designation code; public identifier)',
    (r) => `${r.pick(['US', 'GB', 'QZ', 'DE', 'CA'])}${r.str(AL.upperAlnum, 3)}${r.str(AL.digit, 2)}${r.str(AL.digit, 5)}`);
  def('b50b_upc', 'none', false, 'https://www.gs1.org/standards/barcodes/ean-upc (12-digit UPC-A on every release; public identifier)', (r) => r.str(AL.digit, 12));
};
