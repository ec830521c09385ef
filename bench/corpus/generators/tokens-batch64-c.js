'use strict';
/** Generators added with batch64-c: each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // MuleSoft Anypoint Platform: connected apps and API Manager client applications hold a client id
  // (32 lower-case hex, an identifier) and a client secret (32 hex, mixed case as issued); the
  // client_credentials grant returns a bearer access token shaped as a UUID.
  // ---------------------------------------------------------------------------------------------
  const ANYPOINT_DOC = 'https://docs.mulesoft.com/access-management/connected-app-bearer-token-example (connected app: client_id and client_secret exchanged at /accounts/api/v2/oauth2/token for a bearer token); https://docs.mulesoft.com/api-manager/latest/api-gateway-encryption-mule4 (client id example bb458e566cba4e2ea5a826d27b46031a)';
  def('b64c_anypoint_client_id', 'none', false, `${ANYPOINT_DOC}; the client id is an identifier (32 hex)`, (r) => r.hex(32));
  def('b64c_anypoint_client_secret', 'mulesoft', true, `${ANYPOINT_DOC}; client secret, 32 hex characters in mixed case`, (r) => r.str('0123456789abcdefABCDEF', 32));
  def('b64c_anypoint_access_token', 'mulesoft', true, `${ANYPOINT_DOC}; the returned access_token is a UUID bearer token`, (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Mule 4 Secure Configuration Properties: values written ![<base64 ciphertext>] are decrypted at start-up
  // with the key passed as -Dmule.key (AES-128 takes a 16-character key such as MyEncryptionKey1)
  // ---------------------------------------------------------------------------------------------
  const MULE_SECURE_DOC = 'https://docs.mulesoft.com/mule-runtime/latest/secure-configuration-properties (secure-properties:config key="${mule.key}", encrypted values ![...] in base64; AES key of 16/24/32 characters)';
  def('b64c_mule_secure_key', 'mulesoft', true, `${MULE_SECURE_DOC}; the key decrypts every ![...] value of the application`, (r) => r.str(AL.b62, 16));
  def('b64c_mule_secure_ciphertext', 'none', false, `${MULE_SECURE_DOC}; ciphertext alone is not a credential`, (r) => b64(r.bytes(16 * r.range(1, 3))));

  // ---------------------------------------------------------------------------------------------
  // TIBCO Runtime Agent / BusinessWorks 5 obfuscate utility: #! + base64, reversible with the product's
  // default key (public tools undo it), so an obfuscated password is as good as the password
  // ---------------------------------------------------------------------------------------------
  def('b64c_tibco_obfuscated_password', 'tibco', true, 'https://docs.tibco.com/pub/adadb/7.3.1/doc/html/config/Password_Handling.htm (obfuscate rewrites #!/#!! values; output such as [#!EotHYBCR6OhxS0l7VK0GqnyKeSAp0DVd] in https://docs.tibco.com/pub/amsg/3.4.1/doc/html/GUID-9163436D-7829-4E04-B86D-0A3281C7012D.html; reversible with the default key)',
    (r) => `#!${r.str(AL.b64, 32)}`);

  // ---------------------------------------------------------------------------------------------
  // Workato API Platform access profile auth token (64 hex, shown once, sent as api-token header or as the
  // Basic-auth password of user api-token)
  // ---------------------------------------------------------------------------------------------
  def('b64c_workato_api_token', 'workato', true, 'https://docs.workato.com/api-mgmt/auth-token.html (Auth token of an access profile; documented example is 64 lower-case hex; -H api-token: or -u api-token:<token>)', (r) => r.hex(64));

  // ---------------------------------------------------------------------------------------------
  // Boomi Platform API tokens (used in place of the password, user BOOMI_TOKEN.<email>); account ids
  // <company>-<6 alphanumerics> are identifiers
  // ---------------------------------------------------------------------------------------------
  def('b64c_boomi_api_token', 'boomi', true, 'https://help.boomi.com/docs/Atomsphere/Platform/int-AtomSphere_API_Tokens_page_6a75a1f6-709c-4b08-b3bd-85fe2ac02e18 (Platform API token, treated like a password, used with user name BOOMI_TOKEN.<user>; issued as a UUID)', (r) => uuid(r));
  def('b64c_boomi_account_id', 'none', false, 'https://developer.boomi.com/docs/APIs/PlatformAPI/Introduction/Platform_API_and_Partner_API_authentication (account id in every API URL, e.g. company-AB12CD; an identifier)',
    (r, seed) => `${seed || 'acme'}-${r.str(AL.upperAlnum, 6)}`);

  // ---------------------------------------------------------------------------------------------
  // Azure API Management: subscription keys (Ocp-Apim-Subscription-Key, 32 hex) and direct-management SAS tokens
  // "SharedAccessSignature <identifier>&<yyyyMMddHHmm>&<base64 HMAC-SHA512>"
  // ---------------------------------------------------------------------------------------------
  plain('b64c_apim_subscription_key', 'azure', AL.hex, 32, 'https://learn.microsoft.com/en-us/azure/api-management/api-management-subscriptions (primary/secondary subscription keys sent as Ocp-Apim-Subscription-Key; 32 hex as issued)');
  def('b64c_apim_sas_token', 'azure', true, 'https://learn.microsoft.com/rest/api/apimanagement/apimanagementrest/azure-api-management-rest-api-authentication (Authorization: SharedAccessSignature integration&201808020500&<base64 of HMAC-SHA512>)',
    (r) => `SharedAccessSignature integration&20${r.range(25, 27)}${String(r.range(1, 12)).padStart(2, '0')}${String(r.range(1, 28)).padStart(2, '0')}0500&${b64(r.bytes(64))}`);

  // ---------------------------------------------------------------------------------------------
  // ServiceNow: REST API Key (token generated by the instance, sent as x-sn-apikey) and OAuth Application
  // Registry client credentials (client id 32 hex, an identifier; client secret generated by the instance)
  // ---------------------------------------------------------------------------------------------
  def('b64c_servicenow_api_key', 'servicenow', true, 'https://www.servicenow.com/docs/bundle/zurich-platform-security/page/integrate/authentication/task/configure-api-key.html (REST API Key: token generated by the platform, sent as x-sn-apikey header or query parameter; 32 alphanumerics as issued)', (r) => r.str(AL.b62, 32));
  def('b64c_servicenow_client_id', 'none', false, 'https://www.servicenow.com/docs/bundle/zurich-platform-security/page/administer/security/task/t_CreateEndpointforExternalClients.html (Application Registry client id, 32 hex, an identifier)', (r) => r.hex(32));
  def('b64c_servicenow_client_secret', 'servicenow', true, 'https://www.servicenow.com/docs/bundle/zurich-platform-security/page/administer/security/task/t_CreateEndpointforExternalClients.html (client secret auto-generated by the instance, letters, digits and punctuation)',
    (r) => r.str(`${AL.b62}!$^*()-_[]{}|~`, 32));

  // ---------------------------------------------------------------------------------------------
  // Oracle Integration / OCI IAM identity domains (IDCS): confidential application client id (32 hex, an
  // identifier) and client secret (UUID-shaped as issued)
  // ---------------------------------------------------------------------------------------------
  const IDCS_DOC = 'https://docs.oracle.com/en/cloud/paas/application-integration/aiagents/complete-prerequisites-create-and-activate-confidential-client-application.html (confidential application: note the client ID and client secret; client ids are 32 hex, secrets UUID-shaped)';
  def('b64c_idcs_client_id', 'none', false, `${IDCS_DOC}; the client id is an identifier`, (r) => r.hex(32));
  def('b64c_idcs_client_secret', 'oracle', true, IDCS_DOC, (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Celigo integrator.io API tokens (bearer, shown once at generation; 32 hex as issued)
  // ---------------------------------------------------------------------------------------------
  plain('b64c_celigo_api_token', 'celigo', AL.hex, 32, 'https://docs.celigo.com/hc/en-us/articles/360019782431-Managing-API-tokens (API token sent as Authorization: Bearer; full access or scoped; 32 hex as issued)');

  // ---------------------------------------------------------------------------------------------
  // Informatica Intelligent Cloud Services: the v2 login resource returns icSessionId (valid 30 minutes of
  // inactivity), sent back as the icSessionId header; 22 alphanumerics as returned
  // ---------------------------------------------------------------------------------------------
  plain('b64c_iics_session_id', 'informatica', AL.b62, 22, 'https://docs.informatica.com/integration-cloud/data-integration/current-version/rest-api-reference/platform-rest-api-version-2-resources/login.html (login returns icSessionId, used in the icSessionId header of later calls)');

  // ---------------------------------------------------------------------------------------------
  // SnapLogic Ultra Task / triggered task bearer tokens (the task's "Bearer token", generated by the platform
  // unless set; anyone with the URL and token runs the pipeline)
  // ---------------------------------------------------------------------------------------------
  plain('b64c_snaplogic_task_token', 'snaplogic', AL.b62, 32, 'https://docs-snaplogic.atlassian.net/wiki/spaces/SD/pages/1438035/Triggered+Tasks (Bearer token of a triggered/Ultra task, sent as Authorization: Bearer; 32 alphanumerics when generated)');

  // ---------------------------------------------------------------------------------------------
  // Jitterbit Harmony API Manager: API key security profile (key chosen or generated, sent in a header)
  // ---------------------------------------------------------------------------------------------
  def('b64c_jitterbit_api_key', 'jitterbit', true, 'https://success.jitterbit.com/api-manager/api-manager-security-profiles/api-key/ (API Key security profile: a header name and a key value, generated as a UUID by the UI)', (r) => uuid(r));
  // ---------------------------------------------------------------------------------------------
  // SAP SuccessFactors OAuth client: the "API Key" shown after registering the client is the client_id
  // (an identifier); the secret is the private key that signs the SAML bearer assertion
  // ---------------------------------------------------------------------------------------------
  def('b64c_sf_oauth_api_key', 'none', false, 'https://help.sap.com/docs/successfactors-platform/sap-successfactors-api-reference-guide-odata-v2/registering-your-oauth2-client-application (API Key generated on registration, used as client_id with a SAML assertion signed by the registered X.509 key pair; an identifier)',
    (r) => b64(r.hex(28)).replace(/=+$/, ''));
};
