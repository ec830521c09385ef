'use strict';
/** Generators added with batch56-a (public safety and emergency services): each with the URL of the documentation it follows. */
const { AL, b64url, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Cradlepoint / Ericsson NetCloud Manager API v2 (in-vehicle routers of patrol cars and ambulances):
  // four headers, X-CP-API-ID / X-CP-API-KEY (Cradlepoint pair) and X-ECM-API-ID / X-ECM-API-KEY (account pair).
  // The ids name a key pair; the keys authenticate. Shapes as in the client libraries' examples: 8 hex, 32 hex,
  // a UUID and 40 hex.
  // ---------------------------------------------------------------------------------------------
  const NCM_DOC = 'https://developer.cradlepoint.com/ (NCM API v2: X-CP-API-ID, X-CP-API-KEY, X-ECM-API-ID, X-ECM-API-KEY headers; see also https://pypi.org/project/ncm/ for their shapes: 8 hex, 32 hex, UUID, 40 hex)';
  def('b56a_cradlepoint_cp_api_id', 'none', false, `${NCM_DOC}; the X-CP-API-ID names the key pair`, (r) => r.hex(8));
  plain('b56a_cradlepoint_cp_api_key', 'cradlepoint', AL.hex, 32, NCM_DOC);
  def('b56a_cradlepoint_ecm_api_id', 'none', false, `${NCM_DOC}; the X-ECM-API-ID names the key pair`, (r) => uuid(r));
  plain('b56a_cradlepoint_ecm_api_key', 'cradlepoint', AL.hex, 40, NCM_DOC);

  // ---------------------------------------------------------------------------------------------
  // Axon Evidence (Evidence.com) Partner API: an API access client is a Partner ID (the agency), a Client ID and
  // a Secret shown once. Axon does not publish the secret's shape; generated as 32 random bytes, base64url.
  // ---------------------------------------------------------------------------------------------
  const AXON_DOC = 'https://www.axon.com/help/developer/software/developer/api-settings.htm (API access client: Client Secret shown only once, Client ID, Partner ID = agency id; ids are GUIDs)';
  def('b56a_axon_partner_id', 'none', false, `${AXON_DOC}; the Partner ID identifies the agency`, (r) => uuid(r));
  def('b56a_axon_client_id', 'none', false, `${AXON_DOC}; the Client ID names the API client`, (r) => uuid(r));
  def('b56a_axon_client_secret', 'axon', true, `${AXON_DOC}; shape not published, modelled as 32 random bytes in base64url`, (r) => b64url(r.bytes(32)));

  // ---------------------------------------------------------------------------------------------
  // RapidSOS (NG911 additional data, Alerts, iRP deeplinks): two-legged OAuth2, client_id + client_secret issued per
  // integration per ECC through the Portal Admin Module; token endpoint /oauth/token, bearer tokens last one hour.
  // Credentials are Apigee-issued consumer key (32 alphanumerics) and secret (16 alphanumerics).
  // ---------------------------------------------------------------------------------------------
  const RSOS_DOC = 'https://developer.rapidsos.com/api-catalog/how-use-authentication-token-ingress-and-egress-apis (client credentials / password grants; credentials issued per integration per 9-1-1 entity: https://developer.rapidsos.com/public_safety/default/auth-and-credentials)';
  def('b56a_rapidsos_client_id', 'none', false, `${RSOS_DOC}; the client id names the integration`, (r) => r.str(AL.b62, 32));
  plain('b56a_rapidsos_client_secret', 'rapidsos', AL.b62, 16, RSOS_DOC);

  // ---------------------------------------------------------------------------------------------
  // Flock Safety developer platform (LPR): machine-level OAuth client credentials against /oauth/token with
  // audience com.flocksafety.integrations (an Auth0 tenant: 32-character client ids, 64-character secrets)
  // ---------------------------------------------------------------------------------------------
  const FLOCK_DOC = 'https://docs.flocksafety.com/developer-hub/docs/using-organization-level-oauth (client_id, client_secret, audience com.flocksafety.integrations; access_token valid 24 hours)';
  def('b56a_flock_client_id', 'none', false, `${FLOCK_DOC}; the client id identifies the OAuth application`, (r) => r.str(AL.b62, 32));
  def('b56a_flock_client_secret', 'flock-safety', true, FLOCK_DOC, (r) => r.str(AL.b62 + '-_', 64));

  // ---------------------------------------------------------------------------------------------
  // what3words (three-word locations in 911 call-taking): API keys of 8 upper-case alphanumerics passed as key= or
  // X-Api-Key; Partner API keys 12 characters prefixed PK
  // ---------------------------------------------------------------------------------------------
  const W3W_DOC = 'https://developer.what3words.com/tutorial/partner-api-docs-what3words ("Partner API Keys differ from keys for our main API with keys being 12 characters and prefixed PK"; main API keys 8 characters, key= or X-Api-Key: https://docs.what3words.com/api/v3/)';
  plain('b56a_what3words_api_key', 'what3words', AL.upperAlnum, 8, W3W_DOC);
  def('b56a_what3words_partner_key', 'what3words', true, W3W_DOC, (r) => `PK${r.str(AL.upperAlnum, 10)}`);

  // ---------------------------------------------------------------------------------------------
  // Identifiers of the trade: Everbridge organization ids (15 digits, in every API path), NCIC ORIs
  // (2-letter state + 7 characters), IPAWS COG ids (6 digits)
  // ---------------------------------------------------------------------------------------------
  def('b56a_everbridge_org_id', 'none', false, 'https://www.servicenow.com/docs/r/governance-risk-compliance/setup-connection-everbridge.html (Organization ID of the Everbridge instance, used in API paths; an identifier)', (r) => r.digits(15));
  def('b56a_ncic_ori', 'none', false, 'https://le.fbi.gov/cjis-division/cjis-security-policy-resource-center (Originating Agency Identifier: 9 characters, state code + 7; printed on reports, an identifier)',
    (r) => `${r.pick(['OH', 'PA', 'KY', 'IN', 'WV', 'TN'])}${r.digits(3)}${r.pick(['0000', '0100', '0200', '013A', '023J'])}`);
  def('b56a_ipaws_cog_id', 'none', false, 'https://www.fema.gov/emergency-managers/practitioners/integrated-public-alert-warning-system/public-safety-officials/sign-up (Collaborative Operating Group id assigned by FEMA; an identifier)', (r) => r.digits(6));

  // ---------------------------------------------------------------------------------------------
  // P25 / ASTRO 25 voice encryption: traffic keys typed into a keyloader (KVL) or OTAR key tables: AES-256 keys are
  // 64 hex characters, DES keys 16; the 4-hex Key ID (KID) travels over the air in clear
  // ---------------------------------------------------------------------------------------------
  const P25_DOC = 'https://manualshive.com/ru/manual/e-f-johnson-company/5100-es/519177?page=177 ("AES encryption keys are generated from a string of 64 hexadecimal characters, and DES keys ... 16 hexadecimal characters. Another four hexadecimal characters are used to specify the key ID")';
  plain('b56a_p25_aes256_key', 'p25-radio', AL.HEX, 64, P25_DOC);
  plain('b56a_p25_des_key', 'p25-radio', AL.HEX, 16, P25_DOC);
  def('b56a_p25_key_id', 'none', false, `${P25_DOC}; the key id is sent over the air`, (r) => r.str(AL.HEX, 4));
};
