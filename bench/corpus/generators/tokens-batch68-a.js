'use strict';
/** Generators added with batch68-a: each with the URL of the documentation it follows. */
const { AL, uuid, b64, rsaPkcs1Der, der, seq } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Granicus govDelivery Targeted Messaging Service (TMS): X-AUTH-TOKEN header, 32 characters, generated
  // by TMS (never chosen by the customer), shown once in the TMS admin interface
  // ---------------------------------------------------------------------------------------------
  plain('b68a_govdelivery_tms_token', 'govdelivery', AL.b62, 32,
    'http://developer.govdelivery.com/api/tms/overview/Authentication_Token/ (X-AUTH-TOKEN header; "Each API token is 32 characters long"; https://support.granicus.com/articles/How_To/Generating-API-Tokens-in-the-Targeted-Messaging-Service-TMS-Administrative-Interface: "anyone with this key may access your messages and send as you")');

  // ---------------------------------------------------------------------------------------------
  // Smarty (SmartyStreets) address APIs: secret keys are an auth-id (UUID) + auth-token (20 alphanumerics)
  // pair for server code; embedded keys are numeric, bound to hostnames and meant for browser code
  // ---------------------------------------------------------------------------------------------
  const SMARTY_DOC = 'https://smarty.com/docs/cloud/authentication (secret keys: auth-id and auth-token, "only for code running in a trusted environment"; embedded keys such as 3550738597428721952 are associated with hostnames and used in web pages)';
  def('b68a_smarty_auth_id', 'none', false, `${SMARTY_DOC}; the auth-id is the identifying half of the pair`, (r) => uuid(r));
  plain('b68a_smarty_auth_token', 'smarty', AL.b62, 20, SMARTY_DOC);
  def('b68a_smarty_embedded_key', 'none', false, `${SMARTY_DOC}; embedded keys are public by design`, (r) => r.digits(19));

  // ---------------------------------------------------------------------------------------------
  // ArcGIS OAuth 2.0 developer credentials: client_id (16 alphanumerics, appears in authorize URLs) and
  // client_secret (32 hex) for the client_credentials grant
  // ---------------------------------------------------------------------------------------------
  const ARCGIS_OAUTH_DOC = 'https://developers.arcgis.com/documentation/security-and-authentication/app-authentication/client-credentials-flow/ (OAuth credentials: client_id and client_secret, "the confidential client_id and client_secret are stored in a server-side component"; issued ids read 16 alphanumerics, secrets 32 hex)';
  def('b68a_arcgis_client_id', 'none', false, `${ARCGIS_OAUTH_DOC}; the client id also identifies public user-auth apps`, (r) => r.str(AL.b62, 16));
  plain('b68a_arcgis_client_secret', 'esri', AL.hex, 32, ARCGIS_OAUTH_DOC);

  // ---------------------------------------------------------------------------------------------
  // Login.gov: relying parties authenticate with private_key_jwt (an RSA key; use pem_rsa for it); the client
  // id is the issuer string registered in the partner dashboard, public
  // ---------------------------------------------------------------------------------------------
  def('b68a_logingov_issuer', 'none', false, 'https://developers.login.gov/oidc/getting-started/ (client_id: the issuer registered in the dashboard, e.g. urn:gov:gsa:openidconnect.profiles:sp:sso:agency_name:app_name; authentication by private_key_jwt)', (r, seed) => {
    const agency = r.pick(['state_dmv', 'dol_ui', 'county_clerk', 'dhs_benefits', 'sos_elections']);
    const app = String(seed || r.pick(['portal', 'renewals', 'claims'])).replace(/[^a-z0-9_]/gi, '_');
    return `urn:gov:gsa:openidconnect.profiles:sp:sso:${agency}:${app}`;
  });

  // ---------------------------------------------------------------------------------------------
  // ID.me OAuth/OIDC: client_id and client_secret from the developer dashboard, both 32 hex
  // ---------------------------------------------------------------------------------------------
  const IDME_DOC = 'https://developers.id.me/documentation/oauth/authorization-code-flow (client_id and client_secret issued in the ID.me developer console, 32 lower-case hex each; the secret is sent to /oauth/token)';
  def('b68a_idme_client_id', 'none', false, `${IDME_DOC}; the client id appears in the authorize URL`, (r) => r.hex(32));
  plain('b68a_idme_client_secret', 'idme', AL.hex, 32, IDME_DOC);

  // ---------------------------------------------------------------------------------------------
  // Open311 GeoReport v2: api_key issued by the jurisdiction, required to POST service requests
  // ---------------------------------------------------------------------------------------------
  plain('b68a_open311_api_key', 'open311', AL.b62, 32,
    'http://wiki.open311.org/GeoReport_v2/#post-service-request (api_key: "Obtained from the jurisdiction"; required for POST; SeeClickFix and Connected Bits endpoints issue 32 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Safe Software FME Flow (FME Server): REST tokens sent as "Authorization: fmetoken token=<40 hex>"
  // ---------------------------------------------------------------------------------------------
  plain('b68a_fme_flow_token', 'safe-software', AL.hex, 40,
    'https://docs.safe.com/fme/html/FME-Flow/WebUI/Tokens.htm (API tokens created under User Settings > Manage Tokens, sent as Authorization: fmetoken token=...; 40 hex characters)');

  // ---------------------------------------------------------------------------------------------
  // InvoiceCloud (utility and tax bill presentment): Biller GUID identifies the biller, the Web Service Key
  // authenticates the web-service calls; both are GUIDs
  // ---------------------------------------------------------------------------------------------
  const IC_DOC = 'https://help.britecore.com/hc/en-us/articles/10213626287507-InvoiceCloud-setup (InvoiceCloud integration: Biller GUID "unique billing component identifier" and Web Service Key used to authenticate; both issued as GUIDs)';
  def('b68a_invoicecloud_biller_guid', 'none', false, IC_DOC, (r) => uuid(r).toUpperCase());
  def('b68a_invoicecloud_web_service_key', 'invoicecloud', true, IC_DOC, (r) => uuid(r).toUpperCase());

  // ---------------------------------------------------------------------------------------------
  // Authorize.Net Accept.js: the API Login ID and the Public Client Key are embedded in the payment page
  // (the Transaction Key and Signature Key stay server-side: b46a_authnet_*)
  // ---------------------------------------------------------------------------------------------
  const ACCEPTJS_DOC = 'https://developer.authorize.net/api/reference/features/acceptjs.html (authData { clientKey: Public Client Key, apiLoginID } sent from the browser; the public client key is generated under Account > Manage Public Client Key; sample keys read 64 alphanumerics, login ids 8-12 alphanumerics)';
  def('b68a_authnet_api_login_id', 'none', false, `${ACCEPTJS_DOC}; the login id is an account identifier`, (r) => r.str(AL.b62, r.range(9, 12)));
  def('b68a_authnet_public_client_key', 'none', false, `${ACCEPTJS_DOC}; public by design`, (r) => r.str(AL.b62, 64));

  // ---------------------------------------------------------------------------------------------
  // Keycloak realm export: the rsa-generated key provider stores privateKey as one line of base64 DER (no PEM
  // armour); kc.sh export writes it in clear, the admin console's partial export masks it
  // ---------------------------------------------------------------------------------------------
  def('b68a_keycloak_rsa_private_key', 'private-key', true, 'https://www.keycloak.org/server/importExport (kc.sh export includes realm keys; the rsa-generated provider config holds "privateKey": [base64 DER of an RSA key], RFC 8017 A.1.2)',
    (r) => b64(rsaPkcs1Der(r)));
  def('b68a_keycloak_certificate', 'none', false, 'https://www.keycloak.org/server/importExport (the key provider\'s "certificate": one line of base64 DER of the self-signed X.509 certificate, public)',
    (r) => b64(seq(der(0x30, Buffer.concat([Buffer.from('a003020102', 'hex'), der(0x02, r.bytes(16)), r.bytes(680)])))));
};
