'use strict';
/**
 * Generators added with batch48-b (see bench/corpus/README.md): professional services firms (law,
 * accounting, insurance): document management, e-signature, practice and matter management, tax and
 * payroll, time and billing, client portals, insurance rating and carrier integrations, Microsoft 365,
 * print and scan, Citrix and RDS. Each carries the URL of the documentation it follows; where a provider
 * documents no format, the shape is modelled on issued values and the doc string says so.
 */
const { AL, b64, wrap, der, seq, jwt, epoch, uuid } = require('./lib');

const B64URL = `${AL.b62}-_`;

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // E-signature
  // ---------------------------------------------------------------------------------------------
  const DS_APP = 'https://developers.docusign.com/platform/configure-app (integration key: a GUID that identifies the app; secret keys added under Authentication are GUIDs shown once)';
  def('b48b_docusign_integration_key', 'none', false, `${DS_APP}; the integration key is the OAuth client_id, an identifier`, uuid);
  def('b48b_docusign_secret_key', 'docusign', true, `${DS_APP}; the secret key is the client_secret of the authorization code grant`, uuid);
  def('b48b_docusign_guid', 'none', false, 'https://developers.docusign.com/platform/auth/jwt (API account ID and impersonated user ID: GUIDs shown on Apps and Keys; identifiers)', uuid);
  def('b48b_docusign_connect_hmac', 'docusign', true, 'https://developers.docusign.com/platform/webhooks/connect/setting-up-hmac (Connect HMAC secret key, shown once; modelled on issued keys: base64 of 32 bytes, 44 characters)',
    (r) => b64(r.bytes(32)));

  // Adobe Acrobat Sign: application id (public) and secret from API Applications; integration keys are
  // long-lived access tokens (issued tokens start 3AAABL)
  const ADOBE_APP = 'https://opensource.adobe.com/acrobat-sign/developer_guide/gstarted.html (API Applications > View/Edit: application ID and secret)';
  def('b48b_adobesign_client_id', 'none', false, `${ADOBE_APP}; application ids as issued read CBJCHBCAABAA + 32 alphanumerics, an identifier`,
    (r) => `CBJCHBCAABAA${r.str(AL.b62, 32)}`);
  plain('b48b_adobesign_client_secret', 'adobe-sign', B64URL, 32, `${ADOBE_APP}; application secret, modelled as 32 base64url characters`);
  def('b48b_adobesign_integration_key', 'adobe-sign', true, 'https://helpx.adobe.com/sign/developer/integration-key/create.html (integration key: a long-lived credential inheriting the creating user\'s permissions; modelled on issued tokens: 3AAABLblqZhB + base64url)',
    (r) => `3AAABLblqZhB${r.str(B64URL, r.range(86, 104))}`);

  // Dropbox Sign (HelloSign): API key as Basic-auth user name with an empty password; the primary key also
  // keys the event_hash HMAC of callbacks
  plain('b48b_dropboxsign_api_key', 'dropbox-sign', AL.hex, 64, 'https://developers.hellosign.com/api/api-reference-authentication (API key passed as the Basic-auth user name, "-u ${API_KEY}:"; issued keys are 64 hex characters)');
  // PandaDoc: Authorization: API-Key {{api_key}}
  plain('b48b_pandadoc_api_key', 'pandadoc', AL.hex, 40, 'https://developers.pandadoc.com/reference/authentication (Authorization: API-Key {{api_key}}; sandbox and production keys, issued as 40 hex characters)');

  // ---------------------------------------------------------------------------------------------
  // Practice, matter and document management
  // ---------------------------------------------------------------------------------------------
  const CLIO = 'https://docs.developers.clio.com/api-docs/applications (Developer Application: client ID and client secret; modelled on issued values, 40 alphanumerics each)';
  def('b48b_clio_client_id', 'none', false, `${CLIO}; the client id is public in the authorize URL`, (r) => r.str(AL.b62, 40));
  plain('b48b_clio_client_secret', 'clio', AL.b62, 40, CLIO);
  plain('b48b_clio_access_token', 'clio', AL.b62, 40, 'https://docs.developers.clio.com/api-docs/authorization/ (OAuth access token sent as Authorization: Bearer; modelled as 40 alphanumerics)');

  const ND = 'https://github.com/benhoyle/netdocs/blob/master/README.md (NetDocuments REST API: client id and client secret from the Developer Portal, access and refresh tokens kept in ~/.netdocs; modelled on issued values)';
  plain('b48b_netdocs_client_secret', 'netdocuments', AL.b62, 40, ND);
  plain('b48b_netdocs_refresh_token', 'netdocuments', `${AL.b62}+/`, 88, `${ND}; refresh token, base64 characters`);
  def('b48b_netdocs_cabinet_id', 'none', false, 'https://ruby-toolbox.com/projects/netdocuments (cabinet ids such as NG-2QORXCL4 and document ids such as 4824-5093-9170 are identifiers)',
    (r) => `NG-${r.str(AL.upperAlnum, 8)}`);
  def('b48b_netdocs_doc_id', 'none', false, 'https://ruby-toolbox.com/projects/netdocuments (document and folder ids of four groups of four digits; identifiers)',
    (r) => `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`);

  const IMANAGE = 'https://nango.dev/docs/api-integrations/imanage/how-to-register-your-own-imanage-oauth-app (iManage Work OAuth client ID and client secret, issued by iManage; modelled on issued values)';
  plain('b48b_imanage_client_secret', 'imanage', AL.b62, 40, IMANAGE);

  // Smartsheet: Authorization: Bearer JKlMNOpQ12RStUVwxYZAbcde3F5g6hijklM789 (37 alphanumerics)
  plain('b48b_smartsheet_token', 'smartsheet', AL.b62, 37, 'https://developers.smartsheet.com/api/smartsheet/guides/basics/authentication (API access token from Personal Settings > API Access, 37 alphanumerics as in the documented example)');

  // Box Platform: config.json of a JWT app (boxAppSettings.clientID/clientSecret, appAuth.publicKeyID,
  // privateKey as an encrypted PKCS#8 PEM, passphrase), webhook primary/secondary signature keys
  const BOX = 'https://developer.box.com/guides/authentication/jwt/without-sdk (config.json: boxAppSettings.clientID, clientSecret, appAuth.publicKeyID, privateKey (ENCRYPTED PRIVATE KEY), passphrase; enterpriseID)';
  def('b48b_box_client_id', 'none', false, `${BOX}; client id, 32 lower-case alphanumerics, public in OAuth URLs`, (r) => r.str(AL.lowerAlnum, 32));
  plain('b48b_box_client_secret', 'box', AL.b62, 32, `${BOX}; client secret, 32 alphanumerics`);
  def('b48b_box_public_key_id', 'none', false, `${BOX}; public key id, 8 alphanumerics, an identifier`, (r) => r.str(AL.lowerAlnum, 8));
  plain('b48b_box_passphrase', 'box', AL.hex, 32, `${BOX}; passphrase of the generated key pair, 32 hex`);
  plain('b48b_box_webhook_key', 'box', AL.b62, 32, 'https://developer.box.com/guides/webhooks/v2/signatures-v2/ (primary and secondary signature keys used to verify webhook payloads; 32 alphanumerics)');
  // Encrypted PKCS#8 (PBES2) PEM as written into config.json, JSON-escaped on one line; 27 base64 lines.
  def('b48b_box_encrypted_key_json', 'box', true, `${BOX}; the private key is encrypted, but the passphrase travels in the same file`, (r) => {
    const body = Buffer.concat([seq(seq(der(0x06, Buffer.from('2a864886f70d01050d', 'hex')), seq(seq(der(0x06, Buffer.from('2a864886f70d01050c', 'hex')), seq(der(0x04, r.bytes(8)), der(0x02, Buffer.from([0x08, 0x00])))), seq(der(0x06, Buffer.from('608648016503040102', 'hex')), der(0x04, r.bytes(16))))), der(0x04, r.bytes(1232)))]);
    return `-----BEGIN ENCRYPTED PRIVATE KEY-----\\n${wrap(b64(body), 64).split('\n').join('\\n')}\\n-----END ENCRYPTED PRIVATE KEY-----\\n`;
  });

  // Egnyte: API key issued at developers.egnyte.com used as client_id of the password grant; the
  // resulting access token is a bearer credential
  const EGNYTE = 'https://docs.pingidentity.com/integrations/egnyte/setup/pf_egnyte_connector_obtain_access_token.html (client_id=YOUR_API_KEY with grant_type=password at https://<domain>.egnyte.com/puboauth/token; modelled on issued keys: 24 lower-case alphanumerics)';
  plain('b48b_egnyte_api_key', 'egnyte', AL.lowerAlnum, 24, EGNYTE);
  plain('b48b_egnyte_access_token', 'egnyte', AL.lowerAlnum, 24, `${EGNYTE}; access token as returned by puboauth/token`);

  // ShareFile (client portal): OAuth client id and secret from api.sharefile.com "Get an API Key"
  plain('b48b_sharefile_client_secret', 'sharefile', AL.b62, 42, 'https://api.sharefile.com/gettingstarted/oauth2password (client_id and client_secret of the API key, used with the password grant at https://<subdomain>.sharefile.com/oauth/token; modelled as 42 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Accounting, expenses, payables and payroll
  // ---------------------------------------------------------------------------------------------
  const BILL = 'https://developer.bill.com/docs/bill-keys-tokens (developer key identifies the developer account; login needs username, password, organizationId (begins with 008) and devKey; sessionId from the response)';
  plain('b48b_bill_dev_key', 'bill', AL.upperAlnum, 20, `${BILL}; developer key modelled on issued keys, 20 upper-case alphanumerics`, '');
  def('b48b_bill_org_id', 'none', false, `${BILL}; organization id, an identifier`, (r) => `00801${r.str(AL.b62, 14)}`);
  def('b48b_bill_session_id', 'bill', true, `${BILL}; sessionId authorises every later call until 35 idle minutes pass`, (r) => `!${r.str(AL.b62, 24)}.${r.str(AL.b62, 8)}`);

  const EXPENSIFY = 'https://integrations.expensify.com/Integration-Server/doc/getting_started.html (Integration Server credentials from https://www.expensify.com/tools/integrations/: partnerUserID and partnerUserSecret)';
  def('b48b_expensify_partner_user_id', 'none', false, `${EXPENSIFY}; partnerUserID is the user-name half`, (r) => `aa_${r.pick(['ap', 'finance', 'controller', 'ops'])}_${r.str(AL.lower, 6)}_com`);
  plain('b48b_expensify_partner_secret', 'expensify', AL.hex, 40, `${EXPENSIFY}; partnerUserSecret modelled on issued secrets, 40 hex`);

  const ADP = 'https://nango.dev/docs/integrations/all/adp-workforce-now/connect.md (ADP API Central: client ID, client secret, plus the client certificate and private key for mutual TLS)';
  def('b48b_adp_client_id', 'none', false, `${ADP}; client id issued as a GUID, an identifier`, uuid);
  def('b48b_adp_client_secret', 'adp', true, `${ADP}; client secret issued as a GUID`, uuid);

  // Companies House REST API (UK filings): the key is a GUID sent as the HTTP Basic user name
  def('b48b_companies_house_api_key', 'companies-house', true, 'https://developer.company-information.service.gov.uk/authentication (REST API key, sent as the Basic-auth user name with an empty password; issued as a GUID)', uuid);

  // PaperCut MF/NG XML web services: the auth token is the value of auth.webservices.auth-token
  plain('b48b_papercut_auth_token', 'papercut', AL.b62, 24, 'https://www.papercut.com/help/manuals/ng-mf/common/tools-web-services-tips/ (web services calls pass the auth token configured in auth.webservices.auth-token; admins set a random string, modelled as 24 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Citrix, Mimecast, RingCentral, Microsoft
  // ---------------------------------------------------------------------------------------------
  const CITRIX = 'https://developer-docs.citrix.com/en-us/citrix-cloud/citrix-cloud-api-overview/citrix-cloud-api-walkthrough.html (secure client / API client: client ID (a GUID) and secret, shown once and downloadable as a CSV; used with Set-XDCredentials -APIKey -SecretKey and /cctrustoauth2/<customer>/tokens/clients)';
  def('b48b_citrix_client_id', 'none', false, `${CITRIX}; client id, an identifier`, uuid);
  def('b48b_citrix_client_secret', 'citrix', true, `${CITRIX}; secret modelled on issued values: base64 of 16 bytes`, (r) => b64(r.bytes(16)));
  def('b48b_citrix_customer_id', 'none', false, `${CITRIX}; customer id shown under the user name, an identifier`, (r) => r.str(AL.lowerAlnum, 12));

  const MIMECAST = 'https://github.com/isabella232/graph-mimecast/blob/main/docs/development.md (Mimecast API 1.0: Application ID and Application Key, plus the accessKey and secretKey created with Create Keys)';
  def('b48b_mimecast_app_id', 'none', false, `${MIMECAST}; application id, a GUID identifier`, uuid);
  def('b48b_mimecast_app_key', 'none', false, `${MIMECAST}; application key, a GUID sent in every request (identifies the app; the signing secret is the secretKey)`, uuid);
  plain('b48b_mimecast_access_key', 'mimecast', B64URL, 86, `${MIMECAST}; accessKey, modelled on issued keys: 86 base64url characters`);
  def('b48b_mimecast_secret_key', 'mimecast', true, `${MIMECAST}; secretKey, base64 of 64 bytes, decoded as the HMAC-SHA1 key of the Authorization header`, (r) => b64(r.bytes(64)));

  const RC = 'https://developers.ringcentral.com/guide/authentication/jwt-flow (JWT credential generated in the Developer Console, used in place of a user name and password; does not expire unless chosen)';
  def('b48b_ringcentral_jwt', 'ringcentral', true, RC, (r) => jwt(r, { kid: r.hex(32), typ: 'JWT', alg: 'RS256' },
    { aud: 'https://platform.ringcentral.com/restapi/oauth/token', sub: String(r.range(100000000, 999999999)), iss: 'https://platform.ringcentral.com', exp: 3900000000 + r.int(99999999), iat: epoch(r), jti: r.str(B64URL, 22) }, 256));
  def('b48b_ringcentral_client_id', 'none', false, 'https://developers.ringcentral.com/guide/authentication/jwt/quick-start (app Client ID, 22 characters, an identifier)', (r) => r.str(AL.b62, 22));
  plain('b48b_ringcentral_client_secret', 'ringcentral', AL.b62, 44, 'https://developers.ringcentral.com/guide/authentication/jwt/quick-start (app Client Secret shown on the app dashboard; modelled on issued values)');

  def('b48b_cert_thumbprint', 'none', false, 'https://learn.microsoft.com/en-us/powershell/exchange/app-only-auth-powershell-v2 (Connect-ExchangeOnline -CertificateThumbprint: SHA-1 thumbprint of a certificate in the local store, 40 hex; public)',
    (r) => r.str(AL.HEX, 40));
  def('b48b_entra_guid', 'none', false, 'https://learn.microsoft.com/en-us/entra/identity-platform/app-objects-and-service-principals (application (client) id, tenant id and object ids are GUIDs; identifiers)', uuid);
  def('b48b_rdp_password_blob', 'none', false, 'https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/clients/rdp-files ("password 51:b:" holds a CryptProtectData blob as upper-case hex, bound to the user profile that saved it)',
    (r) => `01000000D08C9DDF0115D1118C7A00C04FC297EB01000000${r.str(AL.HEX, 2 * (16 * r.range(22, 30) + 6))}`);

  // Vercel project linking ids (.vercel/project.json, VERCEL_ORG_ID / VERCEL_PROJECT_ID in CI): identifiers
  const VERCEL_IDS = 'https://vercel.com/guides/how-can-i-use-github-actions-with-vercel (VERCEL_ORG_ID and VERCEL_PROJECT_ID from .vercel/project.json; identifiers, the token is separate)';
  def('b48b_vercel_team_id', 'none', false, VERCEL_IDS, (r) => `team_${r.str(AL.b62, 24)}`);
  def('b48b_vercel_project_id', 'none', false, VERCEL_IDS, (r) => `prj_${r.str(AL.b62, 28)}`);

  // ---------------------------------------------------------------------------------------------
  // Insurance: rating services, e-filing identifiers, Guidewire
  // ---------------------------------------------------------------------------------------------
  // Verisk ISO ERC / rating content: subscription key for API Management style gateways
  plain('b48b_verisk_subscription_key', 'verisk', AL.hex, 32, 'https://learn.microsoft.com/en-us/azure/api-management/api-management-subscriptions (Ocp-Apim-Subscription-Key, 32 hex, as Verisk and carrier API portals built on Azure API Management issue them)');
  def('b48b_naic_code', 'none', false, 'https://content.naic.org/cis_consumer_information.htm (NAIC company code: five digits, public)', (r) => r.digits(5));
  def('b48b_policy_number', 'none', false, 'https://www.acord.org/standards-architecture/acord-data-standards (PolicyNumber: carrier-assigned identifier)', (r) => `${r.pick(['HO3', 'PAU', 'BOP', 'CGL', 'WC'])}-${r.digits(7)}-${String(r.range(0, 9)).padStart(2, '0')}`);
};
