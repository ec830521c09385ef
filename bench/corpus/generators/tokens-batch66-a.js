'use strict';
/** Generators added with batch66-a (UK business software, payments and public services): each with the URL of the documentation it follows. */
const { AL, b64url, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // GOV.UK Pay: API keys created in the admin tool and sent as "Authorization: Bearer <key>". Keys carry
  // the api_live_ / api_test_ prefix, then a random token and a checksum (lower-case alphanumerics).
  // A test key still reads and creates payments on the service's test account.
  // ---------------------------------------------------------------------------------------------
  const PAY_DOC = 'https://docs.payments.service.gov.uk/security/#securing-your-developer-keys (API keys from the GOV.UK Pay admin tool, Authorization: Bearer; api_live_ and api_test_ prefixes, token + checksum)';
  def('b66a_govuk_pay_live_key', 'govuk-pay', true, PAY_DOC, (r) => `api_live_${r.str(AL.lowerAlnum, 26)}${r.str(AL.lowerAlnum, 32)}`);
  def('b66a_govuk_pay_test_key', 'govuk-pay', true, `${PAY_DOC}; a test key authenticates to the service's sandbox account`,
    (r) => `api_test_${r.str(AL.lowerAlnum, 26)}${r.str(AL.lowerAlnum, 32)}`);
  def('b66a_govuk_pay_payment_id', 'none', false, 'https://docs.payments.service.gov.uk/api_reference/#payment-object (payment_id: 26 lower-case alphanumerics, an identifier)',
    (r) => r.str(AL.lowerAlnum, 26));

  // ---------------------------------------------------------------------------------------------
  // GOV.UK One Login: the RP authenticates with private_key_jwt; its client_id is sent in the browser's
  // authorize URL (public). The private key is the secret (use pem_rsa_pkcs8 for it).
  // ---------------------------------------------------------------------------------------------
  def('b66a_onelogin_client_id', 'none', false, 'https://docs.sign-in.service.gov.uk/integrate-with-integration-environment/authenticate-your-user/ (client_id issued at registration, sent in the authorize request; 27 alphanumerics as issued)',
    (r) => r.str(AL.b62, 27));

  // ---------------------------------------------------------------------------------------------
  // Monzo developer API: OAuth clients oauth2client_0000 + 18 base62 (public id), confidential client
  // secrets mnzconf. + base64 (public clients mnzpub.), access tokens are ES256 JWTs; object ids acc_0000..., tx_0000...
  // ---------------------------------------------------------------------------------------------
  const MONZO_DOC = 'https://docs.monzo.com/#authentication (client_id oauth2client_..., client_secret mnzconf.../mnzpub..., access_token and refresh_token returned by /oauth2/token)';
  def('b66a_monzo_client_id', 'none', false, `${MONZO_DOC}; the client id is sent in the authorize URL`, (r) => `oauth2client_0000${r.str(AL.b62, 18)}`);
  def('b66a_monzo_client_secret', 'monzo', true, MONZO_DOC, (r) => `mnzconf.${r.str(AL.b62 + '+/', 86)}`);
  def('b66a_monzo_access_token', 'monzo', true, MONZO_DOC, (r) => {
    const iat = epoch(r);
    return jwt(r, { alg: 'ES256', typ: 'JWT' }, { e: 'a', exp: iat + 21600, iat, jti: `tok_0000${r.str(AL.b62, 18)}`, uid: `user_0000${r.str(AL.b62, 18)}`, v: '2' }, 64);
  });
  def('b66a_monzo_refresh_token', 'monzo', true, MONZO_DOC, (r) => {
    const iat = epoch(r);
    return jwt(r, { alg: 'ES256', typ: 'JWT' }, { e: 'r', iat, jti: `reftok_0000${r.str(AL.b62, 18)}`, v: '2' }, 64);
  });
  def('b66a_monzo_id', 'none', false, 'https://docs.monzo.com/#accounts (object ids acc_0000..., tx_0000..., user_0000..., webhook_0000...; identifiers)', (r, seed) => {
    const m = /^([a-z]+)/.exec(String(seed));
    return `${m ? m[1] : 'acc'}_0000${r.str(AL.b62, 18)}`;
  });

  // ---------------------------------------------------------------------------------------------
  // Starling Bank public API: personal access tokens and OAuth access tokens are PS256 JWTs whose payload
  // is GZIP-compressed (header {"alg":"PS256","zip":"GZIP"}, payload starting H4sIAAAAAAAA)
  // ---------------------------------------------------------------------------------------------
  def('b66a_starling_access_token', 'starling', true, 'https://developer.starlingbank.com/docs#personal-access-tokens (personal access token / OAuth access_token sent as Authorization: Bearer; compressed PS256 JWT as issued)',
    (r) => `${b64url(JSON.stringify({ alg: 'PS256', zip: 'GZIP' }))}.H4sIAAAAAAAA${r.str(AL.b64url, 260)}.${b64url(r.bytes(256))}`);

  // ---------------------------------------------------------------------------------------------
  // Royal Mail: Click & Drop API auth key (Settings > Integrations > Click & Drop API, "Authorization: <key>", GUID),
  // Shipping API v2 on IBM API Connect: X-IBM-Client-Id (GUID identifier) + X-IBM-Client-Secret
  // ---------------------------------------------------------------------------------------------
  def('b66a_clickdrop_api_key', 'royal-mail', true, 'https://api.parcel.royalmail.com/ (Click & Drop API: Authorization header with the integration\'s auth key, a GUID generated in Settings > Integrations)', (r) => uuid(r));
  plain('b66a_rm_ibm_client_secret', 'royal-mail', AL.b62, 48, 'https://developer.royalmail.net/ (Shipping API v2 on IBM API Connect: X-IBM-Client-Id and X-IBM-Client-Secret headers of the registered application)');

  // ---------------------------------------------------------------------------------------------
  // DPD UK / DPD Local: POST /user/?action=login with Basic username:password returns a GeoSession (GUID)
  // that authenticates every later call alongside the GeoClient "account/<number>" header
  // ---------------------------------------------------------------------------------------------
  def('b66a_dpd_geosession', 'dpd', true, 'https://www.dpd.co.uk/apps/help/api.html (GeoSession returned by /user/?action=login, sent as the GeoSession header; valid for the day)', (r) => uuid(r).toUpperCase());

  // ---------------------------------------------------------------------------------------------
  // Evri (Hermes) Client API: OAuth client credentials of the integration
  // ---------------------------------------------------------------------------------------------
  plain('b66a_evri_client_secret', 'evri', AL.b62, 32, 'https://developer.evri.com/ (Evri Client API: client_id and client_secret exchanged for a bearer token; secrets modelled on issued ones, 32 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // NHS England API platform (Apigee): application-restricted API key (apikey header, 32 alphanumerics),
  // OAuth access tokens (28 alphanumerics); MESH mailbox passwords (issued by NHS England)
  // ---------------------------------------------------------------------------------------------
  plain('b66a_nhs_api_key', 'nhs-england', AL.b62, 32, 'https://digital.nhs.uk/developer/guides-and-documentation/security-and-authorisation/application-restricted-restful-apis-api-key-authentication (apikey header: the application\'s API key from the developer hub)');
  plain('b66a_nhs_access_token', 'nhs-england', AL.b62, 28, 'https://digital.nhs.uk/developer/guides-and-documentation/security-and-authorisation/application-restricted-restful-apis-signed-jwt-authentication (access_token returned for a signed client assertion, sent as Bearer)');
  plain('b66a_nhs_mesh_password', 'nhs-england', AL.b62, 12, 'https://digital.nhs.uk/developer/api-catalogue/message-exchange-for-social-care-and-health-api (MESH mailbox id + mailbox password in the NHSMESH authorization header)');
  def('b66a_nhs_login_client_id', 'none', false, 'https://nhsconnect.github.io/nhslogin/ (client_id of the RP, sent in the authorize URL; private_key_jwt client auth)', (r) => `${r.pick(['wendover', 'gpfed', 'rxconnect'])}-${r.str(AL.lowerAlnum, 6)}`);

  // ---------------------------------------------------------------------------------------------
  // Accounting: Xero access tokens (RS256 JWTs from identity.xero.com), FreeAgent OAuth app credentials,
  // Sage Business Cloud Accounting OAuth client secret
  // ---------------------------------------------------------------------------------------------
  def('b66a_xero_access_token', 'xero', true, 'https://developer.xero.com/documentation/guides/oauth2/auth-flow (access_token: a 30-minute RS256 JWT issued by https://identity.xero.com)', (r) => {
    const iat = epoch(r);
    return jwt(r, { alg: 'RS256', kid: r.str(AL.HEX, 32), typ: 'JWT', x5t: r.str(AL.b64url, 27) },
      { nbf: iat, exp: iat + 1800, iss: 'https://identity.xero.com', aud: 'https://identity.xero.com/resources', client_id: r.str(AL.HEX, 32), sub: r.hex(32), auth_time: iat - 40, xero_userid: uuid(r), global_session_id: r.hex(32), jti: r.str(AL.HEX, 32), authentication_event_id: uuid(r), scope: ['email', 'profile', 'openid', 'accounting.transactions', 'accounting.contacts', 'offline_access'] }, 256);
  });
  def('b66a_freeagent_identifier', 'none', false, 'https://dev.freeagent.com/docs/oauth (OAuth identifier of the app, sent as client_id in the authorize URL; 22 characters)', (r) => r.str(AL.b64url, 22));
  plain('b66a_freeagent_secret', 'freeagent', AL.b64url, 22, 'https://dev.freeagent.com/docs/oauth (OAuth secret of the app, paired with the identifier at /v2/token_endpoint)');
  plain('b66a_freeagent_refresh_token', 'freeagent', AL.b64url, 43, 'https://dev.freeagent.com/docs/oauth (refresh_token returned by the token endpoint, exchanged with identifier and secret for new access tokens)', '1');
  plain('b66a_sage_client_secret', 'sage', `${AL.b62}!*-`, 40, 'https://developer.sage.com/accounting/guides/authenticating/authentication/ (Sage Business Cloud Accounting: client_id and client_secret of the app from the developer self-service portal)');

  // ---------------------------------------------------------------------------------------------
  // Payroll: Staffology Payroll API key (HTTP Basic with any user name and the key as the password)
  // ---------------------------------------------------------------------------------------------
  plain('b66a_staffology_api_key', 'staffology', `${AL.b62}+/`, 44, 'https://app.staffology.co.uk/api/docs/introduction (API key from Profile > API Key; HTTP Basic with the key as the password; base64 of 32 random bytes)');

  // ---------------------------------------------------------------------------------------------
  // TrueLayer access tokens: RS512 JWTs issued by auth.truelayer.com
  // ---------------------------------------------------------------------------------------------
  def('b66a_truelayer_access_token', 'truelayer', true, 'https://docs.truelayer.com/docs/generate-a-client-credentials-token (access_token: a JWT issued by https://auth.truelayer.com, valid 60 minutes)', (r) => {
    const iat = epoch(r);
    return jwt(r, { alg: 'RS512', kid: r.str(AL.HEX, 40), typ: 'at+jwt', x5t: r.str(AL.b64url, 27) },
      { iss: 'https://auth.truelayer.com', nbf: iat, iat, exp: iat + 3600, aud: 'payments_api', scope: ['payments'], client_id: `kestrel-${r.hex(6)}`, jti: uuid(r) }, 256);
  });
};
