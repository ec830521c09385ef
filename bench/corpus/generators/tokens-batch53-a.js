'use strict';
/** Generators added with batch53-a (space, satellite and aerospace engineering; see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Flightradar24: the commercial API token (Bearer on fr24api.flightradar24.com, "<UUIDv7 id>|<48 alphanumerics>")
  // and the fr24feed sharing key (16 hex in fr24feed.ini, authenticates a receiver's uploads to the feed network)
  // ---------------------------------------------------------------------------------------------
  def('b53a_fr24_api_token', 'flightradar24', true,
    'https://fr24api.flightradar24.com/docs/getting-started (API token from the FR24 API dashboard, sent as Authorization: Bearer; issued as a UUIDv7 key id, "|", and 48 alphanumerics)',
    (r) => {
      const u = uuid(r).split('-');
      return `019${r.hex(5)}-${u[1]}-7${u[2].slice(1)}-${u[3]}-${u[4]}|${r.str(AL.b62, 48)}`;
    });
  plain('b53a_fr24_sharing_key', 'flightradar24', AL.hex, 16,
    'https://support.fr24.com/support/solutions/articles/3000034249 (fr24feed sharing key: fr24key="<16 hex>" in /etc/fr24feed.ini, sent with every upload; kept private to the feeder)');

  // ---------------------------------------------------------------------------------------------
  // FlightAware AeroAPI v4: one key per account in the x-apikey header, no scopes
  // ---------------------------------------------------------------------------------------------
  plain('b53a_aeroapi_key', 'flightaware', AL.b62, 32,
    'https://www.flightaware.com/aeroapi/portal/documentation#section/Authentication (x-apikey request header; keys from the AeroAPI portal, 32 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // AirNav RadarBox feeder sharing key (rbfeeder.ini key=, 32 hex) and ADS-B Exchange Enterprise API key (api-auth header, a UUID)
  // ---------------------------------------------------------------------------------------------
  plain('b53a_radarbox_sharing_key', 'radarbox', AL.hex, 32,
    'https://www.radarbox.com/raspberry-pi (rbfeeder sharing key, key=<32 hex> under [client] in /etc/rbfeeder.ini; it ties uploads and the business account to the station)');
  def('b53a_adsbx_api_key', 'adsbexchange', true,
    'https://www.adsbexchange.com/version-2-api-wip/ (api-auth request header carrying the customer API key, issued as a UUID)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // OpenSky Network REST API: OAuth2 client credentials against its Keycloak realm (basic auth retired March 2026)
  // ---------------------------------------------------------------------------------------------
  plain('b53a_opensky_client_secret', 'opensky', AL.b62, 32,
    'https://openskynetwork.github.io/opensky-api/rest.html#authentication (API client from the account page: client_id + client_secret exchanged at auth.opensky-network.org .../openid-connect/token; Keycloak client secrets are 32 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Aviation weather: CheckWX (X-API-Key), AVWX (Authorization: BEARER <token>, token_urlsafe(32)),
  // Windy Point Forecast API (server-side key in the POST body)
  // ---------------------------------------------------------------------------------------------
  plain('b53a_checkwx_api_key', 'checkwx', AL.hex, 32,
    'https://www.checkwxapi.com/documentation/authentication (X-API-Key header or x-api-key query parameter; account keys of 32 hex)');
  plain('b53a_avwx_token', 'avwx', AL.b64url, 43,
    'https://avwx.docs.apiary.io/#introduction/authentication (Authorization: BEARER <token> or ?token=; tokens from account.avwx.rest, 43 URL-safe base64 characters)');
  plain('b53a_windy_point_forecast_key', 'windy', AL.b62, 32,
    'https://api.windy.com/point-forecast/docs ("key" field of the POST body; Point Forecast keys are for server-side use, 32 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // FAA API portal (NOTAM API): client_id and client_secret request headers, both 32 hex; the id alone identifies the app
  // ---------------------------------------------------------------------------------------------
  const FAA_DOC = 'https://api.faa.gov/s/ (NOTAM API: every call carries client_id and client_secret headers from the registered application, both 32 hex)';
  def('b53a_faa_client_id', 'none', false, `${FAA_DOC}; the client_id identifies the application`, (r) => r.hex(32));
  plain('b53a_faa_client_secret', 'faa', AL.hex, 32, FAA_DOC);

  // ---------------------------------------------------------------------------------------------
  // Cirium FlightStats: appId (8 hex, identifies the application) and appKey (32 hex, the credential)
  // ---------------------------------------------------------------------------------------------
  const FS_DOC = 'https://developer.cirium.com/apis/flightstats-apis/authentication (appId and appKey query parameters or headers; appId 8 hex, appKey 32 hex)';
  def('b53a_flightstats_app_id', 'none', false, `${FS_DOC}; the appId identifies the application`, (r) => r.hex(8));
  plain('b53a_flightstats_app_key', 'cirium', AL.hex, 32, FS_DOC);

  // ---------------------------------------------------------------------------------------------
  // Satellite tracking: N2YO REST API license key (apiKey query parameter, shaped 589P8Q-SDRYX8-L842ZD-5Z9),
  // Space-Track.org session cookie (chocolatechip, set by /ajaxauth/login), SatNOGS Network API token (DRF token, 40 hex)
  // ---------------------------------------------------------------------------------------------
  def('b53a_n2yo_api_key', 'n2yo', true,
    'https://www.n2yo.com/api/ (license key passed as &apiKey=, e.g. 589P8Q-SDRYX8-L842ZD-5Z9: four upper-case alphanumeric groups 6-6-6-3)',
    (r) => `${r.str(AL.upperAlnum, 6)}-${r.str(AL.upperAlnum, 6)}-${r.str(AL.upperAlnum, 6)}-${r.str(AL.upperAlnum, 3)}`);
  plain('b53a_spacetrack_session', 'space-track', AL.lowerAlnum, 32,
    'https://www.space-track.org/documentation#/api (POST identity/password to /ajaxauth/login; the chocolatechip session cookie then authenticates every query)');
  plain('b53a_satnogs_api_token', 'satnogs', AL.hex, 40,
    'https://docs.satnogs.org/projects/satnogs-client/en/stable/userguide.html (SATNOGS_API_TOKEN: "SatNOGS Network API token associated with an account ... This token is secret"; Django REST framework token, 40 hex)');

  // ---------------------------------------------------------------------------------------------
  // Cesium ion access tokens: HS256 JWTs with jti/id/iat claims; scoped tokens (assets:write, assets:list) are account credentials
  // ---------------------------------------------------------------------------------------------
  def('b53a_cesium_ion_token', 'cesium', true,
    'https://cesium.com/learn/ion/cesium-ion-access-tokens (access tokens authenticate to the ion REST API; HS256 JWT with jti (UUID), id (token number) and iat claims)',
    (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, { jti: uuid(r), id: r.range(100000, 399999), iat: epoch(r) }));

  // ---------------------------------------------------------------------------------------------
  // CCSDS Space Data Link Security (SDLS, CCSDS 355.0-B): AES-256-GCM keys for TC/TM/AOS frames, loaded into the
  // ground-side key ring of NASA CryptoLib; anyone holding one can forge authenticated telecommands
  // ---------------------------------------------------------------------------------------------
  plain('b53a_sdls_key', 'ccsds-sdls', AL.hex, 64,
    'https://public.ccsds.org/Pubs/355x0b2.pdf (SDLS: AES-GCM with 256-bit keys managed per security association) and https://github.com/nasa/CryptoLib (key ring entries as 32-byte hex)');

  // ---------------------------------------------------------------------------------------------
  // Non-secret look-alikes: Yamcs users.yaml password hashes (PBKDF2WithHmacSHA1 iterations:salt:hash), ICAO 24-bit
  // aircraft addresses, Iridium modem IMEIs
  // ---------------------------------------------------------------------------------------------
  def('b53a_yamcs_password_hash', 'none', false,
    'https://docs.yamcs.org/yamcs-server-manual/security/providers/yaml-realm/ (users.yaml stores PBKDF2 hashes, not passwords; one-way)',
    (r) => `1000:${r.hex(32)}:${r.hex(40)}`);
  def('b53a_icao24', 'none', false, 'https://www.icao.int/publications/Documents/9684_cons_en.pdf (24-bit aircraft address, six hex digits in ADS-B; public)',
    (r) => r.pick(['a', 'a', '4', '3', 'c']) + r.hex(5));
  def('b53a_iridium_imei', 'none', false, 'https://docs.rockblock.rock7.com/reference/receiving-mo-messages-via-http-webhook (imei field: the 15-digit modem identifier)',
    (r) => `30${r.range(0, 4)}${r.str(AL.digit, 12)}`);
};
