'use strict';
/** Generators added with batch59-a: each with the URL of the documentation it follows. */
const { AL, b64, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Threat-intelligence lookup APIs
  // ---------------------------------------------------------------------------------------------
  plain('b59a_virustotal_api_key', 'virustotal', AL.hex, 64, 'https://docs.virustotal.com/reference/authentication (x-apikey header with the personal API key; keys read 64 hex characters)');
  plain('b59a_shodan_api_key', 'shodan', AL.b62, 32, 'https://developer.shodan.io/api/requirements (?key=API key on every request; keys are 32 alphanumerics)');
  def('b59a_censys_api_id', 'none', false, 'https://search.censys.io/api (Search API v2: HTTP Basic with API ID (a UUID, the user name) and API Secret; the id alone does not authenticate)', (r) => uuid(r));
  plain('b59a_censys_api_secret', 'censys', AL.b62, 32, 'https://search.censys.io/api (API Secret used as the Basic password with the API ID; 32 alphanumerics)');
  plain('b59a_abuseipdb_api_key', 'abuseipdb', AL.hex, 80, 'https://docs.abuseipdb.com/#introduction (Key: header; API v2 keys are 80 hex characters)');
  plain('b59a_greynoise_api_key', 'greynoise', AL.b62, 64, 'https://docs.greynoise.io/docs/authentication (user API key sent in the header named key; taken from the account page)');
  def('b59a_urlscan_api_key', 'urlscan', true, 'https://urlscan.io/docs/api/ (API-Key header; keys are UUIDs created under Settings & API)', (r) => uuid(r));
  plain('b59a_misp_authkey', 'misp', AL.b62, 40, 'https://www.circl.lu/doc/misp/automation/ (Authorization header carries the 40-character automation key)');
  def('b59a_opencti_token', 'opencti', true, 'https://docs.opencti.io/latest/deployment/authentication/ (Authorization: Bearer <token>; user API tokens and OPENCTI_ADMIN_TOKEN are UUIDv4)', (r) => uuid(r));
  plain('b59a_otx_api_key', 'alienvault', AL.hex, 64, 'https://otx.alienvault.com/api (X-OTX-API-KEY header; OTX DirectConnect keys are 64 hex)');
  plain('b59a_hibp_api_key', 'haveibeenpwned', AL.hex, 32, 'https://haveibeenpwned.com/API/v3#Authorisation (hibp-api-key header; 32 hex characters)');
  plain('b59a_securitytrails_api_key', 'securitytrails', AL.b62, 32, 'https://docs.securitytrails.com/docs/authentication (APIKEY header; 32 alphanumerics)');
  plain('b59a_recordedfuture_token', 'recordedfuture', AL.hex, 32, 'https://support.recordedfuture.com/hc/en-us/articles/115002151327 (X-RFToken header; API tokens are 32 hex)');
  plain('b59a_thehive_api_key', 'thehive', AL.b62, 32, 'https://docs.strangebee.com/thehive/api-docs/#section/Authentication (Authorization: Bearer <api key>; generated keys are 32 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Vulnerability scanners and bug bounty platforms
  // ---------------------------------------------------------------------------------------------
  const TENABLE_DOC = 'https://docs.tenable.com/vulnerability-management/best-practices/security/Content/APIKeys.htm (X-ApiKeys: accessKey=<64 hex>;secretKey=<64 hex>; both keys must be kept in a password vault; Nessus uses the same pair)';
  plain('b59a_tenable_access_key', 'tenable', AL.hex, 64, TENABLE_DOC);
  plain('b59a_tenable_secret_key', 'tenable', AL.hex, 64, TENABLE_DOC);
  def('b59a_rapid7_api_key', 'rapid7', true, 'https://docs.rapid7.com/insight/managing-platform-api-keys/ (Insight platform user/organization keys sent as X-Api-Key; shown once, UUID-shaped)', (r) => uuid(r));
  plain('b59a_burp_enterprise_api_key', 'portswigger', AL.b62, 32, 'https://portswigger.net/burp/documentation/dast/user-guide/api-documentation/create-api-user (API user key shown once, sent in the Authorization header; 32 alphanumerics)');
  def('b59a_hackerone_api_token', 'hackerone', true, 'https://api.hackerone.com/getting-started-hacker-api/#authentication (HTTP Basic with the API identifier and the API token; tokens are 44-character base64)', (r) => b64(r.bytes(32)));
  const BC_DOC = 'https://docs.bugcrowd.com/api/getting-started/ (Authorization: Token <username>:<password> from API Credentials)';
  plain('b59a_bugcrowd_api_password', 'bugcrowd', AL.b62, 48, BC_DOC);
  def('b59a_bugcrowd_api_username', 'none', false, `${BC_DOC}; the username half identifies the credential`, (r) => r.str(AL.b62, 20));

  // ---------------------------------------------------------------------------------------------
  // EDR consoles
  // ---------------------------------------------------------------------------------------------
  plain('b59a_sentinelone_api_token', 'sentinelone', AL.b62, 80, 'https://usea1-partners.sentinelone.net/api-doc/overview (Authorization: ApiToken <token>; console-generated service-user tokens, 80 alphanumerics)');
  const CBC_DOC = 'https://developer.carbonblack.com/reference/carbon-black-cloud/authentication/ (X-Auth-Token: <API Secret Key>/<API ID>; API ID 10 upper-case alphanumerics, secret 24)';
  def('b59a_cbc_api_id', 'none', false, `${CBC_DOC}; the API ID alone is an identifier`, (r) => r.str(AL.upperAlnum, 10));
  plain('b59a_cbc_api_secret', 'carbonblack', AL.upperAlnum, 24, CBC_DOC);
  plain('b59a_cb_response_token', 'carbonblack', AL.hex, 40, 'https://developer.carbonblack.com/reference/enterprise-response/authentication/ (X-Auth-Token: per-user API token, 40 hex)');

  // ---------------------------------------------------------------------------------------------
  // SOAR and SIEM
  // ---------------------------------------------------------------------------------------------
  plain('b59a_xsoar_api_key', 'paloalto', AL.HEX, 32, 'https://docs-cortex.paloaltonetworks.com/r/Cortex-XSOAR/6.10/Cortex-XSOAR-Administrator-Guide/API-Keys (Authorization header carries the API key; keys are 32 upper-case hex)');
  plain('b59a_xdr_api_key', 'paloalto', AL.b62, 128, 'https://docs-cortex.paloaltonetworks.com/r/Cortex-XDR-REST-API/Get-Started-with-Cortex-XDR-APIs (Authorization: <API key, 128 alphanumerics> with x-xdr-auth-id: <key id>)');
  def('b59a_tines_webhook_url', 'tines', true, 'https://www.tines.com/docs/actions/types/webhook/ (https://<tenant>.tines.com/webhook/<path>/<secret>; the secret path segment authorises the call)',
    (r) => `https://${r.pick(['hollow-moon-4821', 'quiet-river-1189', 'brisk-field-7730'])}.tines.com/webhook/${r.hex(32)}/${r.hex(32)}`);
  def('b59a_splunk_auth_token', 'splunk', true, 'https://docs.splunk.com/Documentation/Splunk/latest/Security/UseAuthTokens (authentication tokens are JWTs signed with kid splunk.secret, sent as Authorization: Bearer)', (r) => {
    const iat = epoch(r);
    return jwt(r, { kid: 'splunk.secret', alg: 'HS512', ver: 'v2', tt: 'p' }, { iss: `${r.pick(['svc_soar', 'admin', 'svc_hec_admin'])} from ${r.pick(['sh01', 'splunk-sh-prd-1', 'idx-mgr'])}`, sub: r.pick(['svc_soar', 'admin']), aud: r.pick(['soar', 'automation', 'detections-ci']), idp: 'Splunk', jti: r.hex(64), iat, exp: iat + 15552000, nbr: iat }, 64);
  });
  plain('b59a_splunk_session_key', 'splunk', AL.hex, 32, 'https://docs.splunk.com/Documentation/Splunk/latest/RESTREF/RESTaccess#auth.2Flogin (sessionKey returned by /services/auth/login, sent as Authorization: Splunk <key>)');

  // ---------------------------------------------------------------------------------------------
  // Red-team tooling
  // ---------------------------------------------------------------------------------------------
  plain('b59a_gophish_api_key', 'gophish', AL.hex, 64, 'https://docs.getgophish.com/api-documentation/authentication (api_key query parameter or Authorization: Bearer; 64 hex on the Settings page)');
  plain('b59a_gophish_initial_password', 'gophish', AL.hex, 16, 'https://docs.getgophish.com/user-guide/getting-started (since v0.10.1 the initial admin password is random and printed in the startup log)');
  plain('b59a_sliver_operator_token', 'sliver', AL.hex, 64, 'https://sliver.sh/docs?name=Multi-player+Mode (operator config JSON: token, mTLS certificate and private key)');
  plain('b59a_mythic_admin_password', 'mythic', AL.b62, 30, 'https://docs.mythic-c2.net/installation (.env MYTHIC_ADMIN_PASSWORD, randomly generated on first start)');

  // ---------------------------------------------------------------------------------------------
  // Non-secret look-alikes of this domain
  // ---------------------------------------------------------------------------------------------
  def('b59a_jarm_fingerprint', 'none', false, 'https://github.com/salesforce/jarm (JARM TLS server fingerprint: 62 hex characters; public indicator)', (r) => r.hex(62));
  def('b59a_hackerone_api_identifier', 'none', false, 'https://api.hackerone.com/getting-started-hacker-api/#authentication (API identifier: the Basic user name, not a secret)', (r) => r.str(AL.lowerAlnum, 12).replace(/^./, 'h'));

  plain('b59a_nessus_linking_key', 'tenable', AL.hex, 64, 'https://docs.tenable.com/nessus-agent/Content/InstallNessusAgentsLinux.htm (NESSUS_KEY / --key linking key that enrols agents and scanners; 64 hex)');
  def('b59a_s1_site_token', 'sentinelone', true, 'https://community.sentinelone.com/s/article/000004890 (site/group registration token: base64 of {"url": <console>, "site_key": <16 hex>}; installs agents into the site)',
    (r) => b64(JSON.stringify({ url: `https://${r.pick(['usea1-kestrel', 'euce1-110', 'usea1-pax8'])}.sentinelone.net`, site_key: r.hex(16) })));
};
