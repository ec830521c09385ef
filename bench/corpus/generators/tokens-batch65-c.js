'use strict';
/** Generators added with batch65-c (insurance carriers, brokers and insurtech): each with the URL of the documentation it follows. */
const { AL, b64url, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Guidewire Cloud (PolicyCenter / ClaimCenter / BillingCenter Cloud API): service applications are registered in
  // Guidewire Hub, an Okta authorization server; client_credentials with client_id + client_secret yield a JWT
  // ---------------------------------------------------------------------------------------------
  const GWHUB_DOC = 'https://docs.guidewire.com/cloud/console/cloudconsoleapi/get-started (client_id and client_secret posted to the Guidewire Hub token URL https://guidewire-hub.okta.com/oauth2/<server>/v1/token); https://developer.okta.com/docs/guides/implement-grant-type/clientcreds/main/ (Okta client ids 0oa + 17 alphanumerics, generated client secrets 40 characters of [A-Za-z0-9_-])';
  def('b65c_guidewire_hub_client_id', 'none', false, `${GWHUB_DOC}; the client id identifies the application and is not a credential alone`,
    (r) => `0oa${r.str(AL.b62, 17)}`);
  plain('b65c_guidewire_hub_client_secret', 'guidewire', `${AL.b62}-_`, 40, GWHUB_DOC);
  def('b65c_guidewire_access_token', 'guidewire', true, 'https://docs.guidewire.com/cloud/pc/202306/cloudapica/cloudAPI/topics/703-AuthImplement/01-enabling-bearer-token-auth/c_registering-the-caller-application-with-Guidewire-Hub.html (Cloud API callers present a Guidewire Hub JWT as a bearer token; RS256, one hour)',
    (r) => {
      const iat = epoch(r);
      return jwt(r, { kid: r.str(AL.b64url, 43), alg: 'RS256' },
        { ver: 1, jti: `AT.${r.str(AL.b64url, 43)}`, iss: 'https://guidewire-hub.okta.com/oauth2/aus11vix3uKEpIfSI357', aud: 'pc.cloudapi', iat, exp: iat + 3600, cid: `0oa${r.str(AL.b62, 17)}`, scp: ['pc.service', 'tenant.harborline', 'project.pc'], sub: `0oa${r.str(AL.b62, 17)}` }, 256);
    });

  // ---------------------------------------------------------------------------------------------
  // Socotra: Personal Access Tokens (replace login credentials, may never expire) and the JWT returned by the
  // legacy POST /account/authenticate (hostName + username + password -> authorizationToken)
  // ---------------------------------------------------------------------------------------------
  const SOCOTRA_PAT_DOC = 'https://docs.socotra.com/featureGuide/security/personalAccessTokens.html (a PAT authenticates API requests instead of a password and works like the login JWT; can be set never to expire)';
  def('b65c_socotra_pat', 'socotra', true, SOCOTRA_PAT_DOC, (r) => {
    const iat = epoch(r);
    return jwt(r, { alg: 'HS512', typ: 'JWT' },
      { sub: uuid(r), type: 'pat', tenants: [uuid(r)], permissions: ['policies.read', 'policies.write', 'quotes.write'], iat, exp: iat + 31536000 }, 64);
  });
  def('b65c_socotra_auth_token', 'socotra', true, `${SOCOTRA_PAT_DOC}; the login JWT (legacy POST /account/authenticate with hostName, username and password returns authorizationToken) is sent the same way, as the Authorization header`,
    (r) => {
      const iat = epoch(r);
      return jwt(r, { alg: 'HS256' }, { 'account.application.type': 'business_account', 'account.name': 'tidewell', 'user.name': 'api-svc', 'hosting.domain': 'tidewell-configeditor.co.sandbox.socotra.com', iat, exp: iat + 86400 }, 32);
    });

  // ---------------------------------------------------------------------------------------------
  // Boost Insurance (insurance-as-a-service PAS API): OAuth 2.0 client credentials exchanged at
  // https://api.insurtech.dev/auth/oauth2/token
  // ---------------------------------------------------------------------------------------------
  const BOOST_DOC = 'https://learn.boostinsurance.com/docs/authentication (Client ID and Client Secret exchanged with the client_credentials grant at api.insurtech.dev/auth/oauth2/token for a bearer token; the format is not published: modelled as 26 and 51 lower-case alphanumerics, the Amazon Cognito app-client shapes)';
  def('b65c_boost_client_id', 'none', false, `${BOOST_DOC}; the client id is an identifier`, (r) => r.str(AL.lowerAlnum, 26));
  plain('b65c_boost_client_secret', 'boost-insurance', AL.lowerAlnum, 51, BOOST_DOC);

  // ---------------------------------------------------------------------------------------------
  // Canopy Connect (insurance data aggregation used by agencies and insurtechs): HTTP Basic with the API Client ID as
  // the user name and the Client Secret as the password; Team ID goes in the path
  // ---------------------------------------------------------------------------------------------
  const CANOPY_DOC = 'https://docs.usecanopy.com/reference/authentication-guide (HTTP Basic: Client ID as the username, Client Secret as the password; the dialog also shows the Team ID)';
  def('b65c_canopy_team_id', 'none', false, `${CANOPY_DOC}; team ids are UUIDs used in URLs`, (r) => uuid(r));
  def('b65c_canopy_client_id', 'none', false, `${CANOPY_DOC}; the client id is the Basic user name`, (r) => uuid(r));
  plain('b65c_canopy_client_secret', 'canopy-connect', AL.b62, 48, `${CANOPY_DOC}; the length is not published, modelled as 48 alphanumerics`);

  // ---------------------------------------------------------------------------------------------
  // Identifiers that sit next to the credentials in insurance files: ClaimCenter claim numbers, ISO ClaimSearch
  // file numbers (both identifiers, not credentials)
  // ---------------------------------------------------------------------------------------------
  def('b65c_claim_number', 'none', false, 'https://www.acord.org/standards-architecture/acord-data-standards (ClaimNumber / ClaimsOccurrence identifiers assigned by the carrier; not credentials)',
    (r) => `${r.pick(['CC', 'PA', 'HO', 'WC'])}-${r.digits(4)}-${r.digits(6)}`);
  def('b65c_iso_file_number', 'none', false, 'https://www.verisk.com/insurance/products/claimsearch/ (ISO ClaimSearch file numbers returned in match reports; identifiers)',
    (r) => `${r.str(AL.upper, 1)}${r.digits(10)}${r.str(AL.upper, 2)}`);
  // Socotra locators (policy, quote, exposure): public-facing identifiers in URLs and documents
  def('b65c_socotra_locator', 'none', false, 'https://docs.socotra.com/ (policy, quote and exposure locators are identifiers shown in URLs and documents; not credentials)',
    (r) => `${r.digits(9)}`);
  // HMAC key shared by telematics dongles and the ingest service, base64url
  def('b65c_trip_hmac_key_b64url', 'generic', true, 'https://datatracker.ietf.org/doc/html/rfc2104 (HMAC-SHA256 key shared between the telematics device firmware and the ingest service; 32 random bytes, base64url)',
    (r) => b64url(r.bytes(32)));

  // SAS PROC PWENCODE: {SAS002} (and {SAS003} with SAS/SECURE) encodings are reversible obfuscation, usable wherever the
  // password is; SAS documents that an encoded password is as good as the password to anyone who reads it
  def('b65c_sas_pwencode', 'sas', true, 'https://documentation.sas.com/doc/en/pgmsascdc/9.4_3.5/proc/n0ii0upf9h4a67n1bcwcesmo4zms.htm (PROC PWENCODE: {SAS002} prefix followed by upper-case hex; encoding, not encryption: the encoded value can be used in place of the password)',
    (r) => `{SAS002}${r.str(AL.HEX, 16 * r.range(2, 3))}`);
};
