'use strict';
/** Generators added with batch66-c: each with the URL of the documentation it follows. */
const { AL, b64 } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Everlaw (e-discovery): organization API keys, "Authorization: Bearer everlaw-api.XXXX.YYYYYYYY";
  // the short middle part is the key prefix shown in the Organization Admin list, the rest is secret
  // ---------------------------------------------------------------------------------------------
  const EVERLAW_DOC = 'https://api.everlaw.com/docs/ (Authentication: "Authorization: Bearer everlaw-api.XXXX.YYYYYYYY"; organization API keys, downloadable once, equivalent to an Organization Admin; the prefix identifies the key)';
  def('b66c_everlaw_api_key', 'everlaw', true, EVERLAW_DOC,
    (r) => `everlaw-api.${r.str(AL.lowerAlnum, 8)}.${r.str(AL.b62, 48)}`);

  // ---------------------------------------------------------------------------------------------
  // CourtListener (Free Law Project) REST API: "Authorization: Token <40 hex>" (Django REST framework tokens)
  // ---------------------------------------------------------------------------------------------
  plain('b66c_courtlistener_token', 'courtlistener', AL.hex, 40,
    'https://www.courtlistener.com/help/api/rest/#authentication (token authentication, "Authorization: Token <token>"; tokens are 40 hex characters as issued on the profile page)');

  // ---------------------------------------------------------------------------------------------
  // PACER Authentication API: POST /services/cso-auth with loginId/password returns nextGenCSO, a session
  // token sent as the NextGenCSO cookie to every court (valid for an extended period)
  // ---------------------------------------------------------------------------------------------
  plain('b66c_pacer_nextgencso', 'pacer', AL.b62, 128,
    'https://pacer.uscourts.gov/help/pacer/pacer-authentication-api-user-guide (cso-auth returns "nextGenCSO", a 128-character authentication token set as the NextGenCSO cookie)');

  // ---------------------------------------------------------------------------------------------
  // Relativity / RelativityOne OAuth2 clients: client id (identifier) and client secret (reset on demand)
  // ---------------------------------------------------------------------------------------------
  const REL_DOC = 'https://help.relativity.com/RelativityOne/Content/Relativity/Authentication/OAuth2_clients.htm (OAuth2 client: client ID, redirect URI and client secret; token endpoint /Relativity/Identity/connect/token; modelled on issued values: id 32 hex, secret 40 hex)';
  def('b66c_relativity_client_id', 'none', false, `${REL_DOC}; the client id identifies the OAuth2 client`, (r) => r.hex(32));
  plain('b66c_relativity_client_secret', 'relativity', AL.hex, 40, REL_DOC);

  // ---------------------------------------------------------------------------------------------
  // Ironclad (CLM): legacy bearer API tokens from the API settings page, and OAuth client secrets
  // ---------------------------------------------------------------------------------------------
  plain('b66c_ironclad_api_token', 'ironclad', AL.hex, 64,
    'https://developer.ironcladapp.com/docs/api-authentication (bearer token generated on the API Settings page, unrestricted access, hidden after creation; modelled as 64 hex)');
  plain('b66c_ironclad_client_secret', 'ironclad', AL.b62, 64,
    'https://developer.ironcladapp.com/reference/client-credentials-grant (client_id and client_secret of a registered OAuth client application; the secret is shown once; modelled as 64 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Filevine API v2: Personal Access Token exchanged with client id/secret at identity.filevine.io
  // ---------------------------------------------------------------------------------------------
  const FV_DOC = 'https://docs.workato.com/en/connectors/filevine.html (Filevine: access token shown once under Access Tokens, client ID and client secret under Client Secrets; PAT exchanged at https://identity.filevine.io/connect/token with grant_type=personal_access_token; modelled on issued values)';
  plain('b66c_filevine_pat', 'filevine', AL.HEX, 64, FV_DOC);
  plain('b66c_filevine_client_secret', 'filevine', AL.b62, 40, FV_DOC);

  // ---------------------------------------------------------------------------------------------
  // LawPay / AffiniPay (8am) payment gateway: public key m_ + 22 base62 (identifies the merchant, used in
  // the hosted fields), test/live secret keys as the Basic-auth user, account ids (identifiers)
  // ---------------------------------------------------------------------------------------------
  const AFFINI_DOC = 'https://developers.affinipay.com/resources/faq.html (public key e.g. m_cSiyNUh9RBWHfdbFRFGrkB identifies the merchant; test and live secret keys authenticate via HTTP Basic "<secret_key>:"; account ids such as diON4KOPnesamprmrxA8Iuo)';
  def('b66c_affinipay_public_key', 'none', false, `${AFFINI_DOC}; the public key is meant for the payment page`, (r) => `m_${r.str(AL.b62, 22)}`);
  plain('b66c_affinipay_secret_key', 'lawpay', AL.b62, 48, `${AFFINI_DOC}; secret keys modelled as 48 alphanumerics`);
  def('b66c_affinipay_account_id', 'none', false, `${AFFINI_DOC}; account ids are identifiers`, (r) => r.str(AL.b62, 23));

  // ---------------------------------------------------------------------------------------------
  // LexisNexis Web Services / Lexis API: OAuth2 client credentials issued by the developer portal
  // ---------------------------------------------------------------------------------------------
  const LN_DOC = 'https://dev.lexisnexis.com/docs (Lexis API: OAuth 2.0 client_credentials with a client id (key) and secret issued to the customer account; modelled as 32 and 40 alphanumerics)';
  def('b66c_lexisnexis_client_id', 'none', false, `${LN_DOC}; the client id identifies the application`, (r) => r.str(AL.upperAlnum, 32));
  plain('b66c_lexisnexis_client_secret', 'lexisnexis', AL.b62, 40, LN_DOC);

  // ---------------------------------------------------------------------------------------------
  // Thomson Reuters (Westlaw / CoCounsel / Practical Law Connect) developer apps: API key + secret
  // ---------------------------------------------------------------------------------------------
  plain('b66c_thomsonreuters_api_secret', 'thomson-reuters', AL.b62, 36,
    'https://developerportal.thomsonreuters.com/ (applications registered on the developer portal receive a client id and secret for OAuth 2.0 client credentials; modelled as 36 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // DocuSign Connect: X-DocuSign-Signature-1 carries base64(HMAC-SHA256(body)) per message; a digest, not a key
  // ---------------------------------------------------------------------------------------------
  def('b66c_docusign_connect_signature', 'none', false, 'https://developers.docusign.com/platform/webhooks/connect/validate/ (X-DocuSign-Signature-1: base64 HMAC-SHA256 of the payload, one per message; the key itself is never sent)',
    (r) => b64(r.bytes(32)));
};
