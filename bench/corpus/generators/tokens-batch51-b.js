'use strict';
/** Generators added with batch51-b (agriculture, food supply chain, veterinary care; see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // John Deere Operations Center: OAuth 2.0 through the signin.johndeere.com (Okta) authorization server.
  // The App ID / client id identifies the app (it appears in authorize URLs); the Shared Secret / client secret
  // and the growers' refresh tokens authenticate. Access tokens are RS256 JWTs valid for 12 hours.
  // ---------------------------------------------------------------------------------------------
  const DEERE_DOC = 'https://developer.deere.com/dev-docs/oauth (OAuth 2.0 via https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/token; App ID = client_id, Shared Secret = client_secret, offline_access gives a refresh token; issued as Okta client ids "0oa" + 17 alphanumerics and 40/64-character base64url secrets)';
  def('b51b_deere_client_id', 'none', false, `${DEERE_DOC}; the client id is sent in the browser authorize URL`, (r) => `0oa${r.str(AL.b62, 17)}`);
  def('b51b_deere_client_secret', 'john-deere', true, DEERE_DOC, (r) => r.str(AL.b64url, r.pick([40, 64])));
  def('b51b_deere_refresh_token', 'john-deere', true, `${DEERE_DOC}; refresh tokens are opaque 43-character base64url strings`, (r) => r.str(AL.b64url, 43));
  def('b51b_deere_access_token', 'john-deere', true, `${DEERE_DOC}; access tokens are RS256 JWTs issued by the Okta authorization server`, (r) => {
    const iat = epoch(r);
    return jwt(r, { kid: r.str(AL.b64url, 43), alg: 'RS256' }, {
      ver: 1, jti: `AT.${r.str(AL.b64url, 43)}`, iss: 'https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7',
      aud: 'com.deere.isg.axiom', iat, exp: iat + 43200, cid: `0oa${r.str(AL.b62, 17)}`, uid: `00u${r.str(AL.b62, 17)}`,
      scp: ['ag1', 'ag2', 'eq1', 'files', 'offline_access'], sub: `${r.str(AL.lower, 6)}@example-farm.com`,
    }, 256);
  });
  def('b51b_deere_org_id', 'none', false, 'https://developer.deere.com/dev-docs/organizations (organization ids: 6-7 digit integers in /organizations/{orgId}; identifiers)', (r) => r.digits(r.pick([6, 7])));

  // ---------------------------------------------------------------------------------------------
  // Climate FieldView (Bayer): partners receive an x-api-key (AWS API Gateway usage-plan key) plus an OAuth
  // client id and secret used as HTTP Basic on https://api.climate.com/api/oauth/token
  // ---------------------------------------------------------------------------------------------
  const CFV_DOC = 'https://dev.fieldview.com/technical-documentation/ (partners get an x-api-key, sent on every platform.climate.com call and bound to a usage plan, and an OAuth client_id/client_secret for api.climate.com/api/oauth/token; API Gateway keys are 40 alphanumerics per https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-basic-concept.html)';
  plain('b51b_cfv_api_key', 'climate-fieldview', AL.b62, 40, CFV_DOC);
  def('b51b_cfv_client_id', 'none', false, `${CFV_DOC}; client ids are partner-named strings shown in the authorize URL`, (r) => `partner-${r.pick(['furrowline', 'agsync', 'fieldlens'])}-${r.str(AL.lowerAlnum, 8)}`);
  plain('b51b_cfv_client_secret', 'climate-fieldview', AL.b62 + '-_', 48, CFV_DOC);
  def('b51b_cfv_refresh_token', 'climate-fieldview', true, `${CFV_DOC}; refresh tokens are UUIDs valid for 30 days`, (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Trimble Ag / Trimble Identity: application consumer key (client id, UUID) and consumer secret
  // ---------------------------------------------------------------------------------------------
  const TRIMBLE_DOC = 'https://developer.trimble.com/docs/authentication (Trimble ID OAuth 2.0: the application Consumer Key is the client_id, shown as a UUID; the Consumer Secret, 32 hex, authenticates the app at https://id.trimble.com/oauth/token)';
  def('b51b_trimble_client_id', 'none', false, TRIMBLE_DOC, (r) => uuid(r));
  plain('b51b_trimble_client_secret', 'trimble', AL.hex, 32, TRIMBLE_DOC);

  // ---------------------------------------------------------------------------------------------
  // Satellite imagery: Planet (api.planet.com API key, "PLAK" + 32 hex; Basic auth with the key as user name)
  // and Sentinel Hub / Copernicus Data Space OAuth clients (UUID client id + random 32-40 character secret)
  // ---------------------------------------------------------------------------------------------
  def('b51b_planet_api_key', 'planet', true, 'https://docs.planet.com/develop/authentication/ (API keys grant access equivalent to the owner and "should be protected as being as sensitive as the user password"; current keys read PLAK + 32 hex, sent as Basic user name, "Authorization: api-key" or ?api_key=)',
    (r) => `PLAK${r.hex(32)}`);
  const SH_DOC = 'https://docs.sentinel-hub.com/api/latest/api/overview/authentication (OAuth clients registered in the Dashboard: client id is a UUID, the secret is shown once; client_credentials grant at services.sentinel-hub.com/auth/realms/main/protocol/openid-connect/token)';
  def('b51b_sentinelhub_client_id', 'none', false, SH_DOC, (r) => uuid(r));
  def('b51b_sentinelhub_client_secret', 'sentinel-hub', true, `${SH_DOC}; issued secrets mix letters, digits and punctuation`,
    (r) => r.str(`${AL.b62}!#%&()*+,-.:;<=>?@[]^_{}~`, r.pick([32, 40])));

  // ---------------------------------------------------------------------------------------------
  // Weather: Meteomatics (HTTP Basic user + password issued per account; /api/v1/token exchanges them for a 2-hour JWT)
  // and DTN Weather (Auth0 client credentials)
  // ---------------------------------------------------------------------------------------------
  const MM_DOC = 'https://www.meteomatics.com/en/api/getting-started/ (HTTP Basic with the account user name and password issued by Meteomatics, or an access token from https://login.meteomatics.com/api/v1/token; issued passwords are 10 alphanumerics)';
  plain('b51b_meteomatics_password', 'meteomatics', AL.b62, 10, MM_DOC);
  def('b51b_meteomatics_token', 'meteomatics', true, `${MM_DOC}; the access token is an RS256 JWT valid for two hours`, (r) => {
    const iat = epoch(r);
    return jwt(r, { alg: 'RS256', typ: 'JWT' }, { sub: `${r.str(AL.lower, 8)}_${r.str(AL.lower, 5)}`, iss: 'login.meteomatics.com', iat, exp: iat + 7200, jti: uuid(r) }, 256);
  });
  const DTN_DOC = 'https://devportal.dtn.com/getting-started (client_id and client_secret exchanged at https://api.auth.dtn.com/v1/tokens/authorize for a bearer token; Auth0 client secrets are 64 base64url characters, client ids 32 alphanumerics)';
  def('b51b_dtn_client_id', 'none', false, DTN_DOC, (r) => r.str(AL.b62, 32));
  plain('b51b_dtn_client_secret', 'dtn', AL.b64url, 64, DTN_DOC);

  // ---------------------------------------------------------------------------------------------
  // Cold-chain and bin sensors: Monnit iMonnit REST API (APIKeyID + APISecretKey headers) and Disruptive
  // Technologies service accounts (key id + secret, exchanged for a JWT)
  // ---------------------------------------------------------------------------------------------
  const MONNIT_DOC = 'https://support.monnit.com/article/423-api-authentication (APIKeyID and APISecretKey both sent as request headers; generated under API > API Keys and shown once; issued as 24 and 48 alphanumerics)';
  def('b51b_monnit_api_key_id', 'none', false, `${MONNIT_DOC}; the key id names the key, the secret authenticates`, (r) => r.str(AL.b62, 24));
  plain('b51b_monnit_api_secret', 'monnit', AL.b62, 48, MONNIT_DOC);
  const DT_DOC = 'https://developer.disruptive-technologies.com/docs/authentication/oauth2 (service account key id + secret used as Basic auth or to sign a JWT exchanged at identity.disruptive-technologies.com/oauth2/token; key ids 20 lower-case alphanumerics, secrets 32 hex)';
  def('b51b_dt_key_id', 'none', false, DT_DOC, (r) => r.str('abcdefghijklmnopqrstuv0123456789', 20));
  plain('b51b_dt_secret', 'disruptive-technologies', AL.hex, 32, DT_DOC);
  def('b51b_dt_device_id', 'none', false, 'https://developer.disruptive-technologies.com/docs/concepts/devices (device identifiers: 20 lower-case alphanumerics; not credentials)', (r) => r.str('abcdefghijklmnopqrstuv0123456789', 20));

  // ---------------------------------------------------------------------------------------------
  // Tive (shipment trackers): client id + client secret for the public API
  // ---------------------------------------------------------------------------------------------
  const TIVE_DOC = 'https://developers.tive.com/docs/authentication (X-Tive-Client-Id header plus a bearer token from /oauth2/token with the client secret; client id a UUID, secret 40 alphanumerics)';
  def('b51b_tive_client_id', 'none', false, TIVE_DOC, (r) => uuid(r));
  plain('b51b_tive_client_secret', 'tive', AL.b62, 40, TIVE_DOC);

  // ---------------------------------------------------------------------------------------------
  // Veterinary practice management: ezyVet (partner_id + client_id + client_secret + site_uid, client_credentials)
  // ---------------------------------------------------------------------------------------------
  const EZYVET_DOC = 'https://developers.ezyvet.com/guides/faq.html (POST /v1/oauth/access_token with partner_id, client_id, client_secret, grant_type=client_credentials, scope, site_uid; bearer tokens live 12 hours; issued partner ids read "ezyvet-" + 8 alphanumerics, client ids 32 hex, secrets 40 alphanumerics)';
  def('b51b_ezyvet_partner_id', 'none', false, `${EZYVET_DOC}; the partner id names the integration`, (r) => `ezyvet-${r.str(AL.lowerAlnum, 8)}`);
  def('b51b_ezyvet_client_id', 'none', false, EZYVET_DOC, (r) => r.hex(32));
  plain('b51b_ezyvet_client_secret', 'ezyvet', AL.b62, 40, EZYVET_DOC);
  def('b51b_ezyvet_access_token', 'ezyvet', true, `${EZYVET_DOC}; the access token is a JWT`, (r) => {
    const iat = epoch(r);
    return jwt(r, { typ: 'JWT', alg: 'RS256' }, { aud: r.hex(32), jti: r.hex(80), iat, nbf: iat, exp: iat + 43200, sub: '', scopes: ['read-animal', 'read-appointment', 'read-contact'], site_uid: uuid(r) }, 256);
  });

  // ---------------------------------------------------------------------------------------------
  // Animal shelters: Shelterluv (X-Api-Key) and Petfinder API v2 (key = client_id, secret = client_secret)
  // ---------------------------------------------------------------------------------------------
  def('b51b_shelterluv_api_key', 'shelterluv', true, 'https://help.shelterluv.com/support/solutions/articles/43000496813 (API key from Settings > Integrations, sent as the X-Api-Key header; grants read/write access to the shelter\'s animals and people; issued as a UUID)', (r) => uuid(r));
  const PF_DOC = 'https://www.petfinder.com/developers/v2/docs/#using-the-api (POST https://api.petfinder.com/v2/oauth2/token with grant_type=client_credentials, client_id = API Key, client_secret = Secret; keys are 50 alphanumerics, secrets 40)';
  def('b51b_petfinder_api_key', 'none', false, `${PF_DOC}; the API Key is the client id and cannot obtain a token without the secret`, (r) => r.str(AL.b62, 50));
  plain('b51b_petfinder_secret', 'petfinder', AL.b62, 40, PF_DOC);

  // ---------------------------------------------------------------------------------------------
  // Ambient Weather Network (farm weather stations): apiKey (per user, reads the user's stations) and
  // applicationKey (per developer app, identifies the app); both 64 hex
  // ---------------------------------------------------------------------------------------------
  const AMBIENT_DOC = 'https://ambientweather.docs.apiary.io/#introduction/authentication (every request carries apiKey, generated by the user under Account > API Keys and granting access to that user\'s devices, and applicationKey, identifying the developer application; both 64 hex characters)';
  plain('b51b_ambient_api_key', 'ambient-weather', AL.hex, 64, AMBIENT_DOC);
  def('b51b_ambient_application_key', 'none', false, `${AMBIENT_DOC}; the application key identifies the app and reads nothing on its own`, (r) => r.hex(64));

  // ---------------------------------------------------------------------------------------------
  // Non-secret identifiers of the domain: ISO 11784 pet microchips and USDA premises ids
  // ---------------------------------------------------------------------------------------------
  def('b51b_microchip', 'none', false, 'https://www.iso.org/standard/25881.html (ISO 11784 FDX-B animal identification: 15 digits, 3-digit country or manufacturer code + 12-digit national code; printed on collars and adoption paperwork)',
    (r) => `${r.pick(['985', '981', '982', '977', '900', '956'])}${r.str(AL.digit, 12)}`);
  def('b51b_premises_id', 'none', false, 'https://www.aphis.usda.gov/traceability/premises-identification (USDA Premises ID Number: 7 alphanumeric characters with a check character; a location identifier)',
    (r) => `00${r.str(AL.upperAlnum, 5)}`);
  def('b51b_epc_sgtin', 'none', false, 'https://ref.gs1.org/standards/tds/ (EPC Pure Identity URI urn:epc:id:sgtin:CompanyPrefix.ItemRef.Serial; public product identifiers)',
    (r) => `urn:epc:id:sgtin:0${r.str(AL.digit, 6)}.0${r.str(AL.digit, 5)}.${r.digits(8)}`);
};
