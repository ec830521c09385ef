'use strict';
/** Generators added with batch45-a (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

/** Luhn check digit over the NPI with its 80840 card-issuer prefix (CMS check-digit algorithm) */
function npi(r) {
  const base = `${r.pick(['1', '2'])}${r.str(AL.digit, 8)}`;
  const digits = `80840${base}`.split('').map(Number);
  let sum = 0;
  // double every second digit from the right of the payload (the check digit is appended after it)
  for (let i = digits.length - 1, dbl = true; i >= 0; i--, dbl = !dbl) {
    let d = digits[i];
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return `${base}${(10 - (sum % 10)) % 10}`;
}

/** a 128-bit UUID as an unsigned decimal under the 2.25 arc */
function uuidDecimal(r) {
  return BigInt(`0x${uuid(r).replace(/-/g, '')}`).toString(10);
}

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Interface engines
  // ---------------------------------------------------------------------------------------------
  // Mirth Connect / NextGen Connect: mirth.properties keystore.storepass and keystore.keypass guard
  // keystore.jks, which holds the server key pair and the secret key that encrypts message data
  plain('b45a_mirth_keystore_pass', 'mirth', AL.b62, 10, 'https://docs.nextgen.com/en-US/mirthc2ae-connect-by-nextgen-healthcare-user-guide-3229478/mirth-properties-file-15221 (keystore.storepass / keystore.keypass; the installation-directory page calls them sensitive: they unlock the message-encryption key in keystore.jks; modelled as 10 random alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // EHR vendors: SMART on FHIR and backend services
  // ---------------------------------------------------------------------------------------------
  // Epic on FHIR: each app listing has a non-production and a production client ID (GUIDs, sent in the clear)
  def('b45a_epic_client_id', 'none', false, 'https://fhir.epic.com/Documentation?docId=oauth2 (Client ID / Non-Production Client ID from the app listing; iss and sub of the backend JWT, an identifier)',
    (r) => uuid(r));
  // Epic FHIR resource ids (sandbox test patients look like "erXuFYUfucBZaryVksYEcMg3"): identifiers, not secrets
  def('b45a_epic_fhir_id', 'none', false, 'https://fhir.epic.com/Documentation?docId=testpatients (FHIR logical ids of test patients: e + 23 base64-like characters)',
    (r) => `e${r.str(AL.b62, 22)}${r.pick(['3', '3', '3', 'A', 'w'])}`);
  // athenahealth: the authorization server is athena.okta.com; client_secret_basic with an Okta-issued secret
  plain('b45a_athena_client_secret', 'athenahealth', `${AL.b62}-_`, 40, 'https://api.platform.athenahealth.com/fhir/r4/.well-known/smart-configuration (2-legged OAuth client credentials; issuer https://athena.okta.com/oauth2/..., client_secret_basic; modelled on Okta-issued secrets: 40 characters of A-Za-z0-9-_)');
  // Oracle Health (Cerner) confidential SMART clients: client_secret_basic at authorization.cerner.com
  plain('b45a_cerner_client_secret', 'oracle-health', `${AL.lowerAlnum}`, 32, 'https://fhir.cerner.com/authorization/ (confidential clients authenticate with client_secret_basic or private_key_jwt at authorization.cerner.com/tenants/{tenant}; modelled on issued secrets)');

  // ---------------------------------------------------------------------------------------------
  // Health-tech platforms
  // ---------------------------------------------------------------------------------------------
  // Healthie: per-user API key, sent as "Authorization: Basic <key>" (the raw key, not user:password)
  plain('b45a_healthie_api_key', 'healthie', AL.b62, 48, 'https://docs.gethealthie.com/guides/api-concepts/authentication (Authorization: Basic YOUR_API_KEY_HERE + AuthorizationSource: API; the key takes on the user account\'s permissions; modelled on issued keys)');
  // Junction (formerly Vital): Team API keys are pk_us_/pk_eu_ in Production and sk_us_/sk_eu_ in Sandbox;
  // both are secret (pk_ here does not mean publishable). Management keys are mg_.
  def('b45a_junction_team_key', 'junction', true, 'https://docs.junction.com/api-details/junction-api (Team API Key prefixes: pk_us_* / pk_eu_* Production, sk_us_* / sk_eu_* Sandbox; X-Vital-API-Key header; long-lived until revoked)',
    (r, seed) => {
      const s = String(seed);
      const env = /sandbox|sbx|test|dev/.test(s) ? 'sk' : 'pk';
      const region = /eu/.test(s) ? 'eu' : 'us';
      return `${env}_${region}_${r.str(`${AL.b62}-_`, 43)}`;
    });
  def('b45a_junction_management_key', 'junction', true, 'https://docs.junction.com/api-details/junction-management-api (Management Key prefix mg_*, X-Management-Key header; administers the whole Org)',
    (r) => `mg_${r.str(`${AL.b62}-_`, 43)}`);
  // Svix-delivered webhooks (Junction, and others): endpoint signing secret whsec_ + base64 of 24 bytes
  def('b45a_svix_webhook_secret', 'svix', true, 'https://docs.svix.com/receiving/verifying-payloads/how-manual (endpoint secret: whsec_ prefix + base64 key used for the HMAC-SHA256 signature)',
    (r) => `whsec_${b64(r.bytes(24))}`);
  // Medplum ClientApplication secret (client id is the ClientApplication UUID)
  plain('b45a_medplum_client_secret', 'medplum', AL.hex, 64, 'https://www.medplum.com/docs/api/fhir/medplum/clientapplication (ClientApplication.secret: "client secret string used to verify the identity of a client"; modelled on issued secrets: 64 hex characters)');
  // Castor EDC API client credentials (client id is a UUID; the secret is shown once in account settings)
  plain('b45a_castor_client_secret', 'castor', AL.b62, 32, 'https://data.castoredc.com/api (OAuth client_credentials with the client ID and client secret from Account > Settings; modelled on issued secrets)');

  // ---------------------------------------------------------------------------------------------
  // Claims and e-prescribing
  // ---------------------------------------------------------------------------------------------
  // Stedi: "Authorization: <STEDI_API_KEY>" (formerly "Key <key>"); Test and Production mode keys
  plain('b45a_stedi_api_key', 'stedi', AL.b62, 44, 'https://www.stedi.com/changelog/authorization-header-update (Authorization ${STEDI_API_KEY}; "a secret token called an API key"; modelled on issued keys)');
  // DoseSpot: ClinicId and UserId are numeric identifiers; the ClinicKey signs SSO codes and token requests
  plain('b45a_dosespot_clinic_key', 'dosespot', AL.b62, 32, 'https://docs.dosespot.com/staging/docs/getting-started (ClinicId + ClinicKey + UserId for the token endpoint and SingleSignOnCode; modelled on issued clinic keys: 32 alphanumerics)');
  // DoseSpot API v2 sits behind Azure API Management: Ocp-Apim-Subscription-Key (32 hex)
  plain('b45a_dosespot_subscription_key', 'dosespot', AL.hex, 32, 'https://docs.dosespot.com/staging/docs/getting-started (Ocp-Apim-Subscription-Key per application) and https://learn.microsoft.com/en-us/azure/api-management/api-management-subscriptions (subscription keys: 32 hex)');

  // ---------------------------------------------------------------------------------------------
  // Telehealth video
  // ---------------------------------------------------------------------------------------------
  // Zoom Video SDK: the SDK key goes into every JWT (app_key claim) the browser receives; the SDK secret signs them
  const ZOOM_DOC = 'https://developers.zoom.us/docs/video-sdk/auth/ (Video SDK JWT: HS256 signed with the SDK secret; payload app_key = SDK key, visible to clients)';
  def('b45a_zoom_video_sdk_key', 'none', false, ZOOM_DOC, (r) => r.str(AL.b62, 22));
  plain('b45a_zoom_video_sdk_secret', 'zoom', AL.b62, 36, ZOOM_DOC);
  // Vonage Video (OpenTok): numeric project API key (also used by clients) and 40-hex project API secret
  const OT_DOC = 'https://tokbox.com/developer/guides/account-management/ (each project has its own API key and API secret; the secret stays on the server, the key is given to clients with tokens)';
  def('b45a_opentok_api_key', 'none', false, OT_DOC, (r) => `4${r.str(AL.digit, 7)}`);
  plain('b45a_opentok_api_secret', 'vonage', AL.hex, 40, OT_DOC);

  // ---------------------------------------------------------------------------------------------
  // Non-secret healthcare identifiers for hard negatives
  // ---------------------------------------------------------------------------------------------
  def('b45a_npi', 'none', false, 'https://www.cms.gov/Regulations-and-Guidance/Administrative-Simplification/NationalProvIdentStand/Downloads/NPIcheckdigit.pdf (10-digit NPI, Luhn check digit over 80840 + 9 digits; public registry data)',
    (r) => npi(r));
  def('b45a_dicom_uid', 'none', false, 'https://dicom.nema.org/medical/dicom/current/output/chtml/part05/sect_B.2.html (UID derived from a UUID: 2.25.<128-bit integer in decimal>)',
    (r) => `2.25.${uuidDecimal(r)}`);
};
