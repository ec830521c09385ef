'use strict';
/** Generators added with batch60-b (developer productivity and test infrastructure): each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Feature flags
  // ---------------------------------------------------------------------------------------------
  const LD_KEYS_DOC = 'https://launchdarkly.com/docs/home/account/environment/keys (Mobile keys "do not need to be kept secret"; they always start with the prefix mob-)';
  def('b60b_launchdarkly_mobile_key', 'launchdarkly', false, LD_KEYS_DOC, (r) => `mob-${uuid(r)}`);

  const GB_DOC = 'https://docs.growthbook.io/api (REST API keys: Secret Keys and Personal Access Tokens are sensitive, sent as Bearer or Basic; shape modelled on issued keys: secret_ + role + 40 alphanumerics)';
  def('b60b_growthbook_secret_key', 'growthbook', true, GB_DOC, (r, seed) => {
    const role = /user/.test(String(seed)) ? 'user' : /read/.test(String(seed)) ? 'readonly' : 'admin';
    return `secret_${role}_${r.str(AL.b62, 40)}`;
  });
  def('b60b_growthbook_client_key', 'growthbook', false, 'https://docs.growthbook.io/lib/quickstart (SDK Client Key "starts with sdk-", shipped in browser and mobile SDKs to fetch the feature payload)',
    (r) => `sdk-${r.str(AL.b62, 16)}`);

  const CC_DOC = 'https://configcat.com/docs/api/reference/configcat-public-management-api (Public Management API: HTTP Basic with the Basic auth user name and password created under My account > Public API credentials; password modelled as 44 base64 characters)';
  def('b60b_configcat_api_username', 'none', false, `${CC_DOC}; the user name alone is an identifier`, (r) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`);
  def('b60b_configcat_api_password', 'configcat', true, CC_DOC, (r) => b64(r.bytes(33)));

  const SPLIT_DOC = 'https://docs.split.io/reference-link/api-keys-overview (admin and server_side API keys must be kept private; client_side keys are meant for JavaScript, Android and iOS SDKs; keys issued as 36 lower-case alphanumerics)';
  plain('b60b_split_server_sdk_key', 'split', AL.lowerAlnum, 36, SPLIT_DOC);
  plain('b60b_split_admin_key', 'split', AL.lowerAlnum, 36, SPLIT_DOC);
  def('b60b_split_client_sdk_key', 'split', false, `${SPLIT_DOC}; the client-side key ships in browsers and apps`, (r) => r.str(AL.lowerAlnum, 36));

  const UNLEASH_DOC = 'https://docs.getunleash.io/reference/api-tokens-and-client-keys (admin tokens *:*.<64 hex>, personal access tokens user:<64 hex>; frontend tokens <project>:<environment>.<64 hex> "are not secret" and are used in browsers)';
  def('b60b_unleash_admin_token', 'unleash', true, UNLEASH_DOC, (r) => `*:*.${r.hex(64)}`);
  def('b60b_unleash_pat', 'unleash', true, UNLEASH_DOC, (r) => `user:${r.hex(64)}`);
  def('b60b_unleash_frontend_token', 'unleash', false, UNLEASH_DOC, (r, seed) => {
    const env = /prod/.test(String(seed)) ? 'production' : 'development';
    return `default:${env}.${r.hex(64)}`;
  });

  def('b60b_statsig_console_key', 'statsig', true, 'https://docs.statsig.com/sdk-keys/api-keys (Console API keys console-... grant read/write to the project through the Console API; keep them secret)',
    (r) => `console-${r.str(AL.b62, 43)}`);

  // ---------------------------------------------------------------------------------------------
  // Remote build caches and CI acceleration
  // ---------------------------------------------------------------------------------------------
  plain('b60b_buildbuddy_api_key', 'buildbuddy', AL.b62, 20, 'https://www.buildbuddy.io/docs/guide-auth (API key sent with --remote_header=x-buildbuddy-api-key=<key>; issued keys are 20 alphanumerics)');
  def('b60b_nx_cloud_access_token', 'nx-cloud', true, 'https://nx.dev/ci/reference/config (CI access tokens give read-write access, "should not be committed to source control", NX_CLOUD_ACCESS_TOKEN or nxCloudAccessToken; modelled as base64 of <24 hex>|read-write)',
    (r) => b64(`${r.hex(24)}|read-write`));
  plain('b60b_turbo_signature_key', 'vercel', AL.b62, 32, 'https://turborepo.com/docs/core-concepts/remote-caching#artifact-integrity-and-authenticity-verification (TURBO_REMOTE_CACHE_SIGNATURE_KEY: a secret key used to HMAC-sign cache artifacts)');
  plain('b60b_depot_token', 'depot', AL.lowerAlnum, 64, 'https://depot.dev/docs/cli/authentication (organization, project and user tokens, DEPOT_TOKEN; shown once; no published shape, modelled as 64 lower-case alphanumerics)');
  def('b60b_depot_project_id', 'none', false, 'https://depot.dev/docs/cli/reference/overview (DEPOT_PROJECT_ID / depot.json "id": a 10-character project identifier)', (r) => r.str(AL.lowerAlnum, 10));

  // ---------------------------------------------------------------------------------------------
  // Browser and device clouds, visual testing, test management
  // ---------------------------------------------------------------------------------------------
  plain('b60b_lambdatest_access_key', 'lambdatest', AL.b62, 47, 'https://www.lambdatest.com/support/docs/authentication/ (LT_ACCESS_KEY, sent with LT_USERNAME as Basic auth to hub.lambdatest.com; issued keys read LT_ + 47 alphanumerics)', 'LT_');
  plain('b60b_currents_record_key', 'currents', AL.b62, 16, 'https://docs.currents.dev/guides/record-key (record key passed as --key or CURRENTS_RECORD_KEY; keep it secret, it lets anyone record runs to the project; 16 alphanumerics)');
  def('b60b_currents_project_id', 'none', false, 'https://docs.currents.dev/guides/record-key (projectId is a public identifier, kept in currents.config.js)', (r) => r.str(AL.b62, 6));
  def('b60b_cypress_project_id', 'none', false, 'https://docs.cypress.io/cloud/account-management/projects#Project-ID (projectId in cypress.config; "the project ID is not secret")', (r) => r.str(AL.lowerAlnum, 6));
  def('b60b_applitools_api_key', 'applitools', true, 'https://applitools.com/docs/topics/overview/obtain-api-key.html (APPLITOOLS_API_KEY, one key per team; modelled on issued keys: 43 alphanumerics ending in 110)',
    (r) => `${r.str(AL.b62, 43)}110`);
  def('b60b_testrail_api_key', 'testrail', true, 'https://support.testrail.com/hc/en-us/articles/7077039051284-Accessing-the-TestRail-API (API keys replace the password in HTTP Basic auth; modelled as 20 alphanumerics, a dash and 19 more)',
    (r) => `${r.str(AL.b62, 20)}-${r.str(AL.b62, 19)}`);
  plain('b60b_qase_api_token', 'qase', AL.hex, 64, 'https://developers.qase.io/docs/authentication (Token header with an API token that inherits the user\'s permissions; shown once; modelled as 64 hex)');
  plain('b60b_testmo_api_token', 'testmo', AL.b62, 40, 'https://docs.testmo.com/api/reference/authentication (TESTMO_TOKEN, Bearer API token of a user; modelled as testmo_api_ + 40 alphanumerics)', 'testmo_api_');

  // ---------------------------------------------------------------------------------------------
  // Code quality and security scanning
  // ---------------------------------------------------------------------------------------------
  plain('b60b_semgrep_app_token', 'semgrep', AL.hex, 64, 'https://semgrep.dev/docs/semgrep-ci/sample-ci-configs (SEMGREP_APP_TOKEN from Settings > Tokens, stored as a CI secret; modelled as 64 hex)');
  plain('b60b_codacy_account_token', 'codacy', AL.b62, 20, 'https://docs.codacy.com/codacy-api/api-tokens/ (account API token, api-token header, grants the user\'s permissions on every organization; 20 alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // Artifact repositories
  // ---------------------------------------------------------------------------------------------
  const NEXUS_DOC = 'https://help.sonatype.com/en/user-tokens.html (a user token is a name code and a pass code used in place of user name and password; modelled as 8 and 44 characters)';
  def('b60b_nexus_token_name', 'none', false, `${NEXUS_DOC}; the name code takes the place of the user name`, (r) => r.str(AL.b62, 8));
  plain('b60b_nexus_token_pass', 'sonatype-nexus', AL.b62 + '+/', 44, NEXUS_DOC);
  def('b60b_jfrog_refresh_token', 'jfrog', true, 'https://jfrog.com/help/r/jfrog-rest-apis/refresh-token (refresh_token returned with a refreshable access token; exchanged at /access/api/v1/tokens for a new access token; the JFrog CLI stores it as refreshToken, a UUID)', (r) => uuid(r));
  def('b60b_nexus_nuget_api_key', 'sonatype-nexus', true, 'https://help.sonatype.com/en/nuget-repositories.html (NuGet API Key realm: each user has a personal API key, a UUID, used with nuget push / setapikey)', (r) => uuid(r));
  plain('b60b_gemfury_token', 'gemfury', AL.b62, 20, 'https://gemfury.com/help/tokens (full-access push tokens and read-only deploy tokens, used as the user in https://TOKEN@repo.fury.io/ACCOUNT/; 20 alphanumerics)');
  plain('b60b_cloudsmith_entitlement', 'cloudsmith', AL.b62, 16, 'https://help.cloudsmith.io/docs/entitlements (entitlement tokens grant read access to a private repository, embedded in dl.cloudsmith.io/<token>/ URLs; 16 alphanumerics)');
};
