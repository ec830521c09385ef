'use strict';
/** Generators added with batch45-b (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, jwt, epoch, uuid } = require('./lib');

/** ISO 3779 VIN with the North American check digit in position 9 (public vehicle identifier) */
function vin(r) {
  const alphabet = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
  const TR = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
  const val = (c) => ('0123456789'.includes(c) ? Number(c) : TR[c]);
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const chars = [...`${r.pick(['1FU', '3AK', '4V4', '1XK', '2NK'])}${r.str(alphabet, 5)}0${r.pick(['L', 'M', 'N', 'P', 'R'])}${r.str(alphabet, 1)}${r.str(AL.digit, 6)}`];
  const sum = chars.reduce((s, c, i) => s + val(c) * weights[i], 0);
  chars[8] = sum % 11 === 10 ? 'X' : String(sum % 11);
  return chars.join('');
}
/** GS1 mod-10 check digit over a digit string (SSCC, GTIN) */
function gs1Check(digits) {
  let sum = 0;
  [...digits].reverse().forEach((d, i) => (sum += Number(d) * (i % 2 === 0 ? 3 : 1)));
  return String((10 - (sum % 10)) % 10);
}
/** UPS 1Z tracking number with its check digit */
function upsTracking(r) {
  const body = `${r.str(AL.upperAlnum, 6)}${r.pick(['01', '02', '03', '12', '42'])}${r.str(AL.digit, 7)}`;
  let sum = 0;
  [...body].forEach((c, i) => {
    const n = /[0-9]/.test(c) ? Number(c) : (c.charCodeAt(0) - 63) % 10;
    sum += i % 2 === 1 ? n * 2 : n;
  });
  return `1Z${body}${(10 - (sum % 10)) % 10}`;
}

module.exports = function register(def, plain) {
  // ---- parcel carriers: FedEx, UPS, DHL, USPS ----
  const FEDEX_AUTH = 'https://developer.fedex.com/api/en-us/catalog/authorization/docs.html';
  def('b45b_fedex_client_id', 'fedex', false, `${FEDEX_AUTH} (Client ID, called API Key in the portal: the project identifier sent as client_id; console keys are l7 + 32 hex)`,
    (r) => `l7${r.hex(32)}`);
  plain('b45b_fedex_client_secret', 'fedex', AL.hex, 32, `${FEDEX_AUTH} (Client Secret / Secret Key shown on project creation, sent as client_secret to /oauth/token)`);
  def('b45b_fedex_access_token', 'fedex', true, `${FEDEX_AUTH} (OAuth access token from /oauth/token, a signed JWT valid 60 minutes, sent as Bearer)`,
    (r) => jwt(r, { alg: 'RS256', typ: 'JWT' }, { scope: ['CXS-TP'], Payload: { clientIdentity: { clientKey: `l7${r.hex(32)}` }, authenticationRealm: 'CMAC', additionalIdentity: { timeStamp: '11-Mar-2024 04:12:55 EST', grant_type: 'client_credentials', apimode: 'Sandbox', cxsIss: 'https://cxs.fedex.com/api/oauth/token' } }, exp: epoch(r), jti: uuid(r) }, 256));
  const UPS_OAUTH = 'https://developer.ups.com/api/reference/oauth/client-credentials';
  def('b45b_ups_client_id', 'ups', false, `${UPS_OAUTH} (Client ID of the app: 48 alphanumerics, the Basic-auth user name for /security/v1/oauth/token)`, (r) => r.str(AL.b62, 48));
  plain('b45b_ups_client_secret', 'ups', AL.b62, 64, `${UPS_OAUTH} (Client Secret of the app: 64 alphanumerics)`);
  def('b45b_ups_basic', 'ups', true, `${UPS_OAUTH} (HTTP Basic credentials client_id:client_secret for the token endpoint; apply |b64 for the header)`,
    (r) => `${r.str(AL.b62, 48)}:${r.str(AL.b62, 64)}`);
  plain('b45b_dhl_api_key', 'dhl', AL.b62, 32, 'https://developer.dhl.com/api-reference/shipment-tracking#get-started-section/user-guide (API key issued per app in the DHL developer portal, sent as DHL-API-Key)');
  plain('b45b_dhl_api_secret', 'dhl', AL.b62, 16, 'https://developer.dhl.com/api-reference/shipment-tracking#get-started-section/user-guide (API secret paired with the key for OAuth-protected DHL APIs)');
  def('b45b_usps_consumer_key', 'usps', false, 'https://developers.usps.com/Oauth (Consumer Key of the app: the client_id, 48 alphanumerics)', (r) => r.str(AL.b62, 48));
  plain('b45b_usps_consumer_secret', 'usps', AL.b62, 64, 'https://developers.usps.com/Oauth (Consumer Secret of the app: the client_secret for the client_credentials grant)');

  // ---- multi-carrier aggregators: ShipStation (v1 and v2/ShipEngine), EasyPost, Shippo ----
  def('b45b_shipstation_v1_key', 'shipstation', false, 'https://www.shipstation.com/docs/api/requirements/#authentication (API Key: the Basic-auth user name, 32 hex)', (r) => r.hex(32));
  plain('b45b_shipstation_v1_secret', 'shipstation', AL.hex, 32, 'https://www.shipstation.com/docs/api/requirements/#authentication (API Secret: the Basic-auth password, 32 hex)');
  def('b45b_shipstation_v2_key', 'shipstation', true, 'https://docs.shipstation.com/sandbox (API-Key header; production keys are 43 base64 characters, sandbox keys carry a TEST_ prefix)',
    (r) => r.str(`${AL.b62}+/`, 43));
  def('b45b_shipstation_v2_test_key', 'shipstation', true, 'https://docs.shipstation.com/sandbox (sandbox keys are prefixed with TEST_; they still authenticate to the account)',
    (r) => `TEST_${r.str(`${AL.b62}+/`, 43)}`);
  def('b45b_easypost_test_key', 'easypost', true, 'https://docs.easypost.com/docs/authentication (test API key EZTK + 54 hex; production keys EZAK)', (r) => `EZTK${r.hex(54)}`);
  def('b45b_shippo_test_token', 'shippo', true, 'https://docs.goshippo.com/docs/guides_general/authentication/ (test keys begin with shippo_test_)', (r) => `shippo_test_${r.hex(40)}`);
  def('b45b_ups_tracking', 'none', false, 'https://www.ups.com/us/en/support/shipping-support/shipping-special-care-regulated-items/tracking.page (1Z tracking numbers with a mod-10 check digit; public)', upsTracking);
  def('b45b_sscc', 'none', false, 'https://www.gs1.org/standards/id-keys/sscc (SSCC-18: extension digit, company prefix, serial, GS1 check digit)',
    (r) => { const d = `${r.range(0, 9)}0${r.str(AL.digit, 15)}`; return d + gs1Check(d); });

  // ---- fleet telematics: Samsara, Motive, Geotab ----
  def('b45b_samsara_api_token', 'samsara', true, 'https://developers.samsara.com/docs/authentication (API token created under Settings > API Tokens, sent as Bearer; tokens carry a samsara_api_ prefix)',
    (r) => `samsara_api_${r.str(AL.b62, 30)}`);
  def('b45b_samsara_webhook_secret', 'samsara', true, 'https://developers.samsara.com/docs/webhooks (per-webhook secret key, base64, the HMAC-SHA256 key for X-Samsara-Signature)', (r) => b64(r.bytes(32)));
  def('b45b_samsara_id', 'none', false, 'https://developers.samsara.com/reference/listvehicles (vehicle / driver / gateway ids: numeric strings, identifiers)', (r) => r.digits(15));
  def('b45b_motive_api_key', 'motive', true, 'https://developer.gomotive.com/docs/authentication (organisation API key from Admin > Developers, sent as X-Api-Key; UUID-shaped)', (r) => uuid(r));
  def('b45b_geotab_session_id', 'geotab', true, 'https://developers.geotab.com/myGeotab/guides/concepts/#authentication (sessionId returned by Authenticate, reused in credentials instead of the password; 22 URL-safe characters)',
    (r) => r.str(AL.b64url, 22));
  def('b45b_vin', 'none', false, 'https://www.iso.org/standard/52200.html (ISO 3779 VIN, 17 characters with a check digit; a public vehicle identifier)', vin);

  // ---- ERP: SAP BTP (XSUAA), Odoo, Business Central, Infor ION, Epicor ----
  const XSUAA = 'https://help.sap.com/docs/btp/sap-business-technology-platform/application-security-descriptor-configuration-syntax';
  def('b45b_xsuaa_client_id', 'sap', false, `${XSUAA} (service key clientid: sb-<xsappname>!t<tenant index>, an identifier)`,
    (r, seed) => `sb-${seed || 'kestrel-orders'}!t${r.range(10000, 499999)}`);
  def('b45b_xsuaa_client_secret', 'sap', true, `${XSUAA} (credential-types binding-secret: clientsecret <uuid>$<43 base64url>=, the client_credentials secret of the binding)`,
    (r) => `${uuid(r)}$${r.str(AL.b64url, 43)}=`);
  def('b45b_odoo_api_key', 'odoo', true, 'https://www.odoo.com/documentation/17.0/developer/reference/external_api.html#api-keys (API key from Preferences > Account Security, used in place of the password; 40 hex)',
    (r) => r.hex(40));
  def('b45b_odoo_master_hash', 'none', false, 'https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html#database-manager-security (admin_passwd stored hashed by passlib pbkdf2_sha512 once set from the UI)',
    (r) => `$pbkdf2-sha512$600000$${r.str(`${AL.b62}./`, 22)}$${r.str(`${AL.b62}./`, 86)}`);
  def('b45b_bc_ws_access_key', 'microsoft', true, 'https://learn.microsoft.com/en-us/dynamics365/business-central/dev-itpro/webservices/web-services-authentication (Web Service Access Key of a user, the Basic-auth password; base64 of 32 bytes)',
    (r) => b64(r.bytes(32)));
  const ION = 'https://docs.infor.com/inforos/2024.x/en-us/useradminlib_cloud/apigatewaybaasdg/ (Authorized Apps > Download Credentials: the .ionapi JSON file)';
  def('b45b_ion_client_id', 'infor', false, `${ION} (ci: <TENANT>~<43 base64url>, the client id)`, (r, seed) => `${seed || 'FENWICK_PRD'}~${r.str(AL.b64url, 43)}`);
  def('b45b_ion_client_secret', 'infor', true, `${ION} (cs: client secret, 86 base64url characters)`, (r) => r.str(AL.b64url, 86));
  def('b45b_ion_saak', 'infor', false, `${ION} (saak: service account access key <TENANT>#<86 base64url>, the user-name half of the password grant; sask is the secret)`,
    (r, seed) => `${seed || 'FENWICK_PRD'}#${r.str(AL.b64url, 86)}`);
  def('b45b_ion_sask', 'infor', true, `${ION} (sask: service account secret key, 86 base64url characters)`, (r) => r.str(AL.b64url, 86));
  plain('b45b_epicor_api_key', 'epicor', AL.b62, 64, 'https://www.epicor.com/en/customer-resources/ (Kinetic API Key Maintenance: key sent as x-api-key with every REST v2 call, shown once)');

  // ---- procurement: Coupa, SAP Ariba ----
  plain('b45b_coupa_api_key', 'coupa', AL.lowerAlnum, 40, 'https://compass.coupa.com/en-us/products/product-documentation/integration-technical-documentation/the-coupa-core-api/get-started-with-the-api/api-keys (legacy API key, 40 alphanumerics, sent as X-COUPA-API-KEY)');
  plain('b45b_coupa_oauth_secret', 'coupa', AL.b64url, 43, 'https://compass.coupa.com/en-us/products/product-documentation/integration-technical-documentation/oauth-2-0-getting-started-with-oauth-2-0 (OAuth/OIDC client secret for client_credentials)');
  def('b45b_ariba_app_key', 'sap', false, 'https://help.sap.com/docs/ariba-apis (application key issued with the app in the developer portal, sent as the apiKey header next to the OAuth bearer token; identifies the app)',
    (r) => r.str(AL.b62, 32));
  plain('b45b_ariba_oauth_secret', 'sap', AL.b62, 32, 'https://help.sap.com/docs/ariba-apis (OAuth secret generated for the app, Basic-auth password for the oauth token endpoint)');

  // ---- industrial IoT: Azure IoT Hub / DPS, Siemens Insights Hub (MindSphere), AVEVA PI, Ignition ----
  const IOTHUB = 'https://learn.microsoft.com/en-us/azure/iot-hub/authenticate-authorize-sas';
  def('b45b_iothub_policy_key', 'azure', true, `${IOTHUB} (shared access policy key such as iothubowner: base64 of 32 bytes; identifiable keys carry the AIoT signature, see github.com/microsoft/security-utilities)`,
    (r) => `${r.str(AL.b64, 33)}AIoT${r.str('ABCDEFGHIJKLMNOP', 1)}${r.str(AL.b64, 5)}=`);
  def('b45b_iothub_device_key', 'azure', true, `${IOTHUB} (device symmetric key in a device connection string: base64 of 32 bytes)`, (r) => b64(r.bytes(32)));
  def('b45b_dps_group_key', 'azure', true, 'https://learn.microsoft.com/en-us/azure/iot-dps/concepts-symmetric-key-attestation (enrollment group primary key: base64 of 64 bytes, from which every device key is derived)',
    (r) => b64(r.bytes(64)));
  const MDSP = 'https://documentation.mindsphere.io/MindSphere/howto/howto-selfhosted-api-access.html';
  def('b45b_mdsp_app_client_id', 'siemens', false, `${MDSP} (application credentials client id <tenant>-<app>-<version>-<10 digits>, an identifier)`,
    (r, seed) => `${seed || 'corvid'}-linepulse-v1.4.0-${r.digits(10)}`);
  plain('b45b_mdsp_app_client_secret', 'siemens', AL.b62, 43, `${MDSP} (application credentials client secret, shown once; base64 of id:secret goes in X-SPACE-AUTH-KEY)`);
  def('b45b_mdsp_basic', 'siemens', true, `${MDSP} (X-SPACE-AUTH-KEY: Basic base64(client_id:client_secret) for /api/technicaltokenmanager/v3/oauth/token; apply |b64)`,
    (r, seed) => `${seed || 'corvid'}-linepulse-v1.4.0-${r.digits(10)}:${r.str(AL.b62, 43)}`);
  def('b45b_pi_webid', 'none', false, 'https://docs.aveva.com/bundle/pi-web-api-reference/page/help/topics/webid-encoding.html (WebID 2.0: F1 + marker + base64url-encoded GUIDs and paths; an identifier)',
    (r) => `F1DP${b64url(r.bytes(16))}${b64url(r.bytes(3))}AAAA${b64url(Buffer.from(`PIHIST01\\BWP.L4.EXT.${r.pick(['ZONE1_TEMP', 'MELT_PRESS', 'SCREW_RPM', 'LINE_SPEED'])}`.toUpperCase()))}`);
  def('b45b_ignition_jwe_part', 'none', false, 'https://www.docs.inductiveautomation.com/docs/8.3/platform/security/secrets-management (embedded secret: JWE-protected ciphertext decryptable only with the gateway key)',
    (r) => b64url(r.bytes(r.range(24, 72))));
  plain('b45b_zebra_savanna_key', 'zebra', AL.b62, 32, 'https://developer.zebra.com/getting-started-0 (Zebra Savanna API key issued per app, sent as the apikey header)');
};
