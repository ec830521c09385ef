'use strict';
/** Generators added with batch67-b: each with the URL of the documentation it follows. */
const { AL, b64 } = require('./lib');

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // CircleCI project API tokens: CCIPRJ_<base58 UUID>_<40 hex> (personal ones are CCIPAT_, kind circleci_pat)
  // ---------------------------------------------------------------------------------------------
  def('b67b_circleci_project_token', 'circleci', true,
    'https://circleci.com/changelog/new-format-for-api-access-tokens/ (CCIPAT_ or CCIPRJ_ prefix for personal or project tokens: <prefix>_<base58-UUID>_<40-char hex>)',
    (r) => `CCIPRJ_${r.str(B58, 22)}_${r.hex(40)}`);

  // ---------------------------------------------------------------------------------------------
  // Azure DevOps PATs in the 2024 format: 84 characters, 52 of them random, fixed "AZDO" signature at 77-80
  // ---------------------------------------------------------------------------------------------
  def('b67b_azdo_pat_v2', 'azure-devops', true,
    'https://learn.microsoft.com/en-us/purview/sit-defn-azure-devops-personal-access-token (84 characters, letters and digits, fixed signature AZDO at positions 77-80) and the Sprint 241 release notes (52 of 84 characters random)',
    (r) => `${r.str(AL.b62, 52)}JQQJ99${r.str(AL.b62, 18)}AZDO${r.str(AL.b62, 4)}`);

  // ---------------------------------------------------------------------------------------------
  // TeamCity: super user token printed in teamcity-server.log on every start (digits; password for an empty
  // user name, full System Administrator); scrambled passwords "zxx<hex>" in project XML are reversible
  // ---------------------------------------------------------------------------------------------
  def('b67b_teamcity_superuser_token', 'teamcity', true,
    'https://www.jetbrains.com/help/teamcity/super-user.html (Super user authentication token, generated on every server start and printed to teamcity-server.log; used as the password with an empty user name; a long decimal number as printed)',
    (r) => r.digits(19));
  def('b67b_teamcity_scrambled', 'teamcity', true,
    'https://www.jetbrains.com/help/teamcity/storing-project-settings-in-version-control.html#Storing+Secure+Settings (password parameters kept in project files are scrambled, not encrypted: "zxx" followed by hex, reversible by anyone; the secure alternative is a credentialsJSON:<uuid> token reference)',
    (r) => `zxx${r.hex(2 * r.range(14, 22))}`);

  // ---------------------------------------------------------------------------------------------
  // Drone: DRONE_RPC_SECRET shared by server and runners (openssl rand -hex 16)
  // ---------------------------------------------------------------------------------------------
  def('b67b_drone_rpc_secret', 'drone', true,
    'https://docs.drone.io/server/reference/drone-rpc-secret/ (shared secret authenticating runners to the server; generated with openssl rand -hex 16, https://docs.drone.io/server/provider/gitee/)',
    (r) => r.hex(32));

  // ---------------------------------------------------------------------------------------------
  // Harness: service account tokens sat.<account id>.<token id>.<secret>; delegate tokens (shown base64 of 32 hex)
  // ---------------------------------------------------------------------------------------------
  const HARNESS_KEYS_DOC = 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/ (service account API key tokens, sent as x-api-key; prefixed sat. as pat. is for personal tokens: sat.<account id>.<token id>.<secret>)';
  def('b67b_harness_sat', 'harness', true, HARNESS_KEYS_DOC,
    (r) => `sat.${r.str(AL.b62 + '-_', 22)}.${r.hex(24)}.${r.str(AL.b62, 20)}`);
  def('b67b_harness_account_id', 'none', false, 'https://developer.harness.io/docs/platform/get-started/tutorials/install-delegate/ (ACCOUNT_ID: 22-character account identifier, also in every Harness URL)',
    (r) => r.str(AL.b62 + '-_', 22));
  def('b67b_harness_delegate_token', 'harness', true,
    'https://developer.harness.io/docs/platform/delegates/secure-delegates/secure-delegates-with-tokens/ (DELEGATE_TOKEN / UPGRADER_TOKEN: the shared secret delegates use to sign their JWTs to the manager; values shown as base64 of a 32-hex string)',
    (r) => b64(r.hex(32)));

  // ---------------------------------------------------------------------------------------------
  // Jenkins controller key material: $JENKINS_HOME/secrets/master.key (hex of 256 random bytes) unwraps
  // hudson.util.Secret, which decrypts every {AQAAABAAAAA...} value in credentials.xml
  // ---------------------------------------------------------------------------------------------
  def('b67b_jenkins_master_key', 'jenkins', true,
    'https://www.jenkins.io/doc/developer/security/secrets/ (secrets/master.key protects the ConfidentialStore keys, including hudson.util.Secret; DefaultConfidentialStore writes 256 random bytes as hex)',
    (r) => r.hex(512));

  // ---------------------------------------------------------------------------------------------
  // Octopus Deploy: the server Master Key (base64 of 16 bytes) decrypts every sensitive variable in the database;
  // Tentacle thumbprints are certificate fingerprints (public)
  // ---------------------------------------------------------------------------------------------
  def('b67b_octopus_master_key', 'octopus', true,
    'https://octopus.com/docs/security/data-encryption (the Master Key, shown by Octopus.Server.exe show-master-key, encrypts sensitive values in the database; a base64 string of 16 bytes)',
    (r) => b64(r.bytes(16)));
  def('b67b_octopus_thumbprint', 'none', false,
    'https://octopus.com/docs/infrastructure/deployment-targets/tentacle/windows (Tentacle and server thumbprints: SHA-1 fingerprints of the self-signed certificates, exchanged in clear to establish trust)',
    (r) => r.str(AL.HEX, 40));

  // ---------------------------------------------------------------------------------------------
  // Bamboo Data Center: personal access tokens (Atlassian DC format: base64 of "<12 digits>:<20 random bytes>")
  // and the remote-agent security token passed to the agent installer
  // ---------------------------------------------------------------------------------------------
  def('b67b_bamboo_pat', 'bamboo', true,
    'https://confluence.atlassian.com/bamboo/personal-access-tokens-976779873.html (Bearer token for REST calls; Atlassian Data Center PATs are base64 of an id and random bytes, https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html)',
    (r) => b64(Buffer.concat([Buffer.from(`${r.digits(12)}:`), r.bytes(20)])));
  plain('b67b_bamboo_agent_security_token', 'bamboo', AL.hex, 40,
    'https://confluence.atlassian.com/bamboo/agent-authentication-289277196.html (security token required by remote agents: java -jar atlassian-bamboo-agent-installer.jar <url>/agentServer/ -t <token>; 40 hex as shown)');

  // ---------------------------------------------------------------------------------------------
  // Buildkite agent session tokens (bkaa_, since 2025) and per-job tokens (bkaj_), in agent logs and job env dumps
  // ---------------------------------------------------------------------------------------------
  const BK_DOC = 'https://buildkite.com/docs/platform/security/tokens (Agent session tokens prefix bkaa_, agent job tokens prefix bkaj_, masked examples show 75 characters after the prefix)';
  def('b67b_buildkite_agent_session_token', 'buildkite', true, BK_DOC, (r) => `bkaa_${r.str(AL.b62, 75)}`);
  def('b67b_buildkite_job_token', 'buildkite', true, BK_DOC, (r) => `bkaj_${r.str(AL.b62, 75)}`);

  // ---------------------------------------------------------------------------------------------
  // Code signing on build agents: DigiCert ONE / KeyLocker API key (SM_API_KEY, first factor besides a client
  // certificate and its password)
  // ---------------------------------------------------------------------------------------------
  def('b67b_digicert_one_api_key', 'digicert', true,
    'https://docs.digicert.com/en/digicert-keylocker/general/requirements.html (API key, first authentication factor, set as SM_API_KEY for the client tools; shown once; shape modeled on issued keys: 26 hex, underscore, 64 hex)',
    (r) => `${r.hex(26)}_${r.hex(64)}`);

  // ---------------------------------------------------------------------------------------------
  // Inedo ProGet: API keys sent as X-ApiKey or as the NuGet/npm feed password; generated keys are random strings
  // ---------------------------------------------------------------------------------------------
  plain('b67b_proget_api_key', 'proget', AL.b62, 20,
    'https://docs.inedo.com/docs/proget/api/http-requests (X-ApiKey header or api:<key> basic auth; keys created under Administration > API Keys, generated as random alphanumerics)');

  // ---------------------------------------------------------------------------------------------
  // GitLab Runner system id (.runner_system_id, s_ + 12 hex): an identifier shown in the runner list
  // ---------------------------------------------------------------------------------------------
  def('b67b_gitlab_runner_system_id', 'none', false,
    'https://docs.gitlab.com/runner/fleet_scaling/#runner-manager (system_id: s_ followed by 12 hex characters, generated per machine; an identifier)',
    (r) => `s_${r.hex(12)}`);

  // ---------------------------------------------------------------------------------------------
  // Gitea as the forge behind Drone/Woodpecker: OAuth2 application client secrets carry a gto_ prefix
  // ---------------------------------------------------------------------------------------------
  def('b67b_gitea_oauth_client_secret', 'gitea', true,
    'https://docs.gitea.com/development/oauth2-provider (OAuth2 applications: client ID is a UUID, the client secret is shown once; secrets issued as gto_ followed by 52 lower-case base32 characters)',
    (r) => `gto_${r.str(AL.b32lower, 52)}`);
  def('b67b_gitea_access_token', 'gitea', true,
    'https://docs.gitea.com/development/api-usage (personal access tokens sent as "Authorization: token <token>"; generated tokens are 40 hex characters)',
    (r) => r.hex(40));
};
