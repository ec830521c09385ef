'use strict';
/** Generators added with batch50-c (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Enphase Enlighten Systems API v4: every call carries the application API key (query `key` or header) AND
  // an OAuth bearer token; tokens come from /oauth/token with Basic base64(client_id:client_secret)
  // ---------------------------------------------------------------------------------------------
  const ENPHASE_DOC = 'https://developer-v4.enphase.com/docs/quickstart.html (application credentials: API Key, Client ID, Client Secret; token endpoint authenticated with HTTP Basic base64(client_id:client_secret); keys shown in the portal as 32 hex)';
  plain('b50c_enphase_api_key', 'enphase', AL.hex, 32, ENPHASE_DOC);
  def('b50c_enphase_client_id', 'none', false, `${ENPHASE_DOC}; the client id identifies the application and travels in redirect URLs`, (r) => r.hex(32));
  plain('b50c_enphase_client_secret', 'enphase', AL.hex, 32, ENPHASE_DOC);
  def('b50c_enphase_basic', 'enphase', true, ENPHASE_DOC, (r) => b64(`${r.hex(32)}:${r.hex(32)}`));
  def('b50c_enphase_access_token', 'enphase', true, `${ENPHASE_DOC}; access tokens are JWTs valid for one day, refresh tokens for a week`,
    (r) => jwt(r, { alg: 'RS256', typ: 'JWT' }, { aud: ['oauth2-resource'], app_type: 'partner', user_name: `installer${r.digits(4)}@example.net`, enl_uid: r.digits(6), exp: epoch(r), jti: uuid(r), client_id: r.hex(32) }, 256));

  // ---------------------------------------------------------------------------------------------
  // SolarEdge Monitoring API (V1, api_key query parameter; keys generated under Admin > Site Access > API Access)
  // ---------------------------------------------------------------------------------------------
  const SE_DOC = 'https://www.solaredge.com/sites/default/files/se_monitoring_api.pdf (api_key query parameter; keys generated in the monitoring portal are 32 upper-case alphanumerics)';
  plain('b50c_solaredge_api_key', 'solaredge', AL.upperAlnum, 32, SE_DOC);
  def('b50c_solaredge_site_id', 'none', false, `${SE_DOC}; the site id is the numeric id shown in the portal URL`, (r) => r.digits(7));

  // ---------------------------------------------------------------------------------------------
  // Victron VRM API v2: personal access tokens (Preferences > Integrations > Access tokens), sent as
  // "X-Authorization: Token <token>"; installation ids are numeric, portal ids are 12 hex (device MAC based)
  // ---------------------------------------------------------------------------------------------
  const VRM_DOC = 'https://vrm-api-docs.victronenergy.com/#/operations/users/idUser/accesstokens/create (access tokens: X-Authorization: Token <64 hex>)';
  plain('b50c_victron_vrm_token', 'victron', AL.hex, 64, VRM_DOC);
  def('b50c_victron_portal_id', 'none', false, 'https://www.victronenergy.com/live/vrm_portal:faq (VRM Portal ID: the 12-hex identifier of a GX device; an identifier, not a credential)', (r) => r.hex(12));

  // ---------------------------------------------------------------------------------------------
  // Tesla Fleet API (vehicles and energy sites: Powerwall, Solar): client_id is a UUID shown in the developer
  // dashboard, client_secret starts "ta-secret.", third-party access tokens are JWTs, refresh tokens carry a
  // region prefix
  // ---------------------------------------------------------------------------------------------
  const TESLA_DOC = 'https://developer.tesla.com/docs/fleet-api/authentication/third-party-tokens (client_id, client_secret, access_token JWT valid 8 hours, refresh_token single-use; shapes modelled on dashboard-issued credentials: ta-secret. prefix, NA_/EU_ refresh tokens)';
  def('b50c_tesla_client_id', 'none', false, `${TESLA_DOC}; the client id appears in authorize URLs`, (r) => uuid(r));
  def('b50c_tesla_client_secret', 'tesla', true, TESLA_DOC, (r) => `ta-secret.${r.str(AL.b62, 16)}`);
  def('b50c_tesla_access_token', 'tesla', true, TESLA_DOC,
    (r) => jwt(r, { alg: 'RS256', typ: 'JWT', kid: r.str(AL.b64url, 27) }, { iss: 'https://auth.tesla.com/oauth2/v3/nts', azp: uuid(r), sub: uuid(r), aud: ['https://fleet-api.prd.na.vn.cloud.tesla.com', 'https://auth.tesla.com/oauth2/v3/userinfo'], scp: ['openid', 'offline_access', 'energy_device_data', 'energy_cmds'], exp: epoch(r), iat: epoch(r) }, 256));
  def('b50c_tesla_refresh_token', 'tesla', true, TESLA_DOC, (r) => `${r.pick(['NA', 'EU'])}_${r.hex(64)}`);
  def('b50c_tesla_energy_site_id', 'none', false, 'https://developer.tesla.com/docs/fleet-api/endpoints/energy (energy_site_id: a numeric identifier of a Powerwall/solar site)', (r) => r.digits(13));

  // ---------------------------------------------------------------------------------------------
  // OCPP: charge point HTTP Basic credentials (security profiles 1 and 2). 1.6 Security Whitepaper:
  // AuthorizationKey, 16-20 bytes written as up to 40 hex digits; 2.0.1: BasicAuthPassword, 16-40 characters of
  // a-zA-Z0-9*-_=:+|@.
  // ---------------------------------------------------------------------------------------------
  const OCPP16_DOC = 'https://openchargealliance.org/my-oca/ocpp/ (OCPP 1.6 Security Whitepaper ed. 3, A00.FR.205: AuthorizationKey, minimal 16 bytes, represented as up to 40 hexadecimal digits)';
  plain('b50c_ocpp_authorization_key', 'ocpp', AL.hex, 40, OCPP16_DOC);
  def('b50c_ocpp_basic_password', 'ocpp', true, 'https://openchargealliance.org/my-oca/ocpp/ (OCPP 2.0.1 Part 2 A00.FR.205 and 2.1.4 passwordString: 16-40 characters from a-z A-Z 0-9 * - _ = : + | @ .)',
    (r) => r.str(`${AL.b62}*-_=:+|@.`, r.range(24, 40)));
  def('b50c_ocpp_charge_box_id', 'none', false, 'https://openchargealliance.org/my-oca/ocpp/ (chargeBoxIdentity / Charging Station identity in the websocket URL: an identifier, usually the serial number)',
    (r) => `${r.pick(['ABB', 'ALP', 'WBX', 'EVB', 'KBA'])}${r.str(AL.upperAlnum, 3)}${r.digits(8)}`);
  def('b50c_ocpp_id_tag', 'none', false, 'https://openchargealliance.org/my-oca/ocpp/ (OCPP 1.6 IdToken: an RFID card UID up to 20 characters, usually 8 or 14 hex digits; an identifier printed on or read from the card)',
    (r) => r.str(AL.HEX, r.pick([8, 14])));

  // ---------------------------------------------------------------------------------------------
  // OCPI (roaming between CPOs and eMSPs): credentials tokens A/B/C exchanged in the credentials module and sent
  // as "Authorization: Token <token>" (base64-encoded from 2.2 on); EVSE ids and contract ids are identifiers
  // ---------------------------------------------------------------------------------------------
  const OCPI_DOC = 'https://github.com/ocpi/ocpi/blob/master/credentials.asciidoc (credentials token: printable ASCII, the shared secret two platforms authenticate each other with; issued in practice as UUIDs) and https://github.com/ocpi/ocpi/blob/master/transport_and_format.asciidoc#authorization-header (Authorization: Token <base64 of the token>)';
  def('b50c_ocpi_token', 'ocpi', true, OCPI_DOC, (r) => uuid(r));
  def('b50c_evse_id', 'none', false, 'https://github.com/ocpi/ocpi/blob/master/mod_locations.asciidoc#mod_locations_evse_object (evse_id in eMI3 format, e.g. NL*ABC*E12345*1: an identifier printed on the charger)',
    (r) => `${r.pick(['NL', 'DE', 'BE', 'GB'])}*${r.str(AL.upper, 3)}*E${r.digits(6)}*${r.range(1, 2)}`);
  def('b50c_emaid', 'none', false, 'https://github.com/ocpi/ocpi/blob/master/mod_tokens.asciidoc (contract_id / eMAID, e.g. NL-TNM-C12345678-X: an identifier printed on charge cards)',
    (r) => `${r.pick(['NL', 'DE', 'BE'])}-${r.str(AL.upper, 3)}-C${r.str(AL.upperAlnum, 8)}-${r.str(AL.upperAlnum, 1)}`);

  // ---------------------------------------------------------------------------------------------
  // DLMS/COSEM smart meters and P1 ports: AES-128-GCM global unicast encryption key (GUEK) and authentication
  // key (GAK), 16 bytes written as 32 hex; LLS passwords; the system title is an identifier
  // ---------------------------------------------------------------------------------------------
  const DLMS_DOC = 'https://www.gurux.fi/Gurux.DLMS.Secure (security suite 0: AES-GCM-128 block cipher key and authentication key, 16 bytes each, given as 32 hex digits; the same GUEK decrypts Luxembourg/Austrian P1 customer ports)';
  plain('b50c_dlms_key', 'dlms-cosem', AL.HEX, 32, DLMS_DOC);
  def('b50c_dlms_system_title', 'none', false, `${DLMS_DOC}; the system title is the 8-byte identifier sent in clear`, (r, seed) => {
    // the first 3 bytes are the manufacturer's FLAG id (LGZ, ISK, KFM, SAM) in ASCII hex
    const flag = { lgz: '4C475A', isk: '49534B' }[String(seed).slice(0, 3)] || r.pick(['4C475A', '49534B', '4B464D', '53414D']);
    return `${flag}${r.str(AL.HEX, 10)}`;
  });
  def('b50c_meter_mpan', 'none', false, 'https://www.elexon.co.uk/ (MPAN core: 13 digits identifying a metering point; printed on every bill)', (r) => r.digits(13));

  // ---------------------------------------------------------------------------------------------
  // OpenADR 2.0b: VENs and VTNs authenticate with TLS client certificates; the venID is derived from the
  // certificate fingerprint (public)
  // ---------------------------------------------------------------------------------------------
  def('b50c_openadr_fingerprint', 'none', false, 'https://www.openadr.org/specification (OpenADR 2.0b profile: VEN ID = last 20 hex digits of the certificate SHA-256 fingerprint, colon separated; derived from a public certificate)',
    (r) => r.str(AL.hex, 20).match(/../g).join(':'));
  def('b50c_openadr3_client_secret', 'openadr', true, 'https://github.com/oadr3-org/openadr3-vtn-reference-implementation (OpenADR 3.0 VTN: OAuth2 client credentials, clientID/clientSecret exchanged for a bearer token; secrets modelled on the reference VTN: 32 alphanumerics)',
    (r) => r.str(AL.b62, 32));

  // ---------------------------------------------------------------------------------------------
  // Weather, irradiance and grid data APIs
  // ---------------------------------------------------------------------------------------------
  plain('b50c_solcast_api_key', 'solcast', `${AL.b62}_-`, 32, 'https://docs.solcast.com.au/#authentication (api_key query parameter or Authorization: Bearer; keys from the toolkit account page, 32 URL-safe characters)');
  plain('b50c_tomorrow_api_key', 'tomorrow-io', AL.b62, 32, 'https://docs.tomorrow.io/reference/api-authentication (apikey query parameter; 32 alphanumerics)');
  plain('b50c_visualcrossing_key', 'visualcrossing', AL.upperAlnum, 25, 'https://www.visualcrossing.com/resources/documentation/weather-api/timeline-weather-api/ (key query parameter; 25 upper-case alphanumerics)');
  plain('b50c_nrel_api_key', 'nrel', AL.b62, 40, 'https://developer.nrel.gov/docs/api-key/ (api.data.gov keys: 40 characters, api_key parameter or X-Api-Key header)');
  plain('b50c_eia_api_key', 'eia', AL.b62, 40, 'https://www.eia.gov/opendata/documentation.php (api_key query parameter; registered keys are 40 alphanumerics)');
  plain('b50c_electricitymaps_token', 'electricitymaps', AL.b62, 20, 'https://portal.electricitymaps.com/docs/getting-started#authentication (auth-token request header; modelled on portal tokens)');
  plain('b50c_climatiq_api_key', 'climatiq', AL.upperAlnum, 28, 'https://www.climatiq.io/docs/api-reference/authentication (Authorization: Bearer <API key>; modelled on dashboard keys, 28 upper-case alphanumerics)');
  plain('b50c_tibber_token', 'tibber', AL.b64url, 43, 'https://developer.tibber.com/docs/guides/calling-api (personal access token, Authorization: Bearer; 43 base64url characters like the published demo token)');
  plain('b50c_utilityapi_token', 'utilityapi', AL.hex, 32, 'https://utilityapi.com/docs/api/auth (API tokens sent as Authorization: Bearer; 32 hex as issued in the dashboard)');
  def('b50c_greenbutton_client_secret', 'greenbutton', true, 'https://www.greenbuttonalliance.org/green-button-connect-my-data-cmd (ESPI third-party registration: client_id and client_secret for the Data Custodian OAuth server; secrets issued as UUIDs by the reference Data Custodian)',
    (r) => uuid(r));
  plain('b50c_watttime_password', 'watttime', `${AL.b62}!#%`, 16, 'https://docs.watttime.org/#tag/Authentication (HTTP Basic username:password exchanged at /login for a 30-minute token)');
};
