'use strict';
/** Token generators: clouds, hosting, source control, CI/CD and package registries. Each entry cites the documentation it follows. */
const { AL, b64, b64url, base62, crcToken, bech32, to5bit, pem, jwt, epoch, uuid, pkcs8Rsa } = require('./lib');

module.exports = function register(def, plain) {
  // ---- literal (a weak human password or any fixed text that a marker must encode) ----
  def('lit', 'generic', null, 'n/a: the seed is the value (used with filters, e.g. ⟦lit:admin:hunter2|b64⟧)', (_r, seed) => seed);
  def('password', 'generic', true, 'https://pages.nist.gov/800-63-3/sp800-63b.html (machine-generated password)',
    (r) => r.str(`${AL.b62}!#%*+-_=`, 20));

  // ---- AWS ----
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
  def('aws_access_key_id', 'aws', true, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html', (r) => `AKIA${r.str(AL.b32, 16)}`);
  def('aws_temp_access_key_id', 'aws', true, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html', (r) => `ASIA${r.str(AL.b32, 16)}`);
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html (40-char secret)
  def('aws_secret_access_key', 'aws', true, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html', (r) => r.str(`${AL.b62}+/`, 40));
  // https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html (opaque base64 session token)
  def('aws_session_token', 'aws', true, 'https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html',
    (r) => `IQoJb3JpZ2luX2VjE${r.str(AL.b62, 3)}//////////wEaCXVzLWVhc3QtMSJH${b64(r.bytes(420))}`);
  def('aws_mws_key', 'aws', true, 'https://developer-docs.amazon.com/amazon-shipping/docs/mws-auth-token', (r) => `amzn.mws.${uuid(r)}`);
  def('aws_account_id', 'aws', false, 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html', (r) => r.digits(12));

  // ---- Google Cloud ----
  def('gcp_api_key', 'gcp', true, 'https://cloud.google.com/docs/authentication/api-keys', (r) => `AIza${r.str(AL.b62 + '-_', 35)}`);
  def('gcp_oauth_client_secret', 'gcp', true, 'https://support.google.com/cloud/answer/15549257 (GOCSPX- client secrets)', (r) => `GOCSPX-${r.str(AL.b62 + '-_', 28)}`);
  def('gcp_oauth_access_token', 'gcp', true, 'https://developers.google.com/identity/protocols/oauth2 (ya29. access tokens)', (r) => `ya29.${r.str(AL.b62 + '-_', 150)}`);
  def('gcp_refresh_token', 'gcp', true, 'https://developers.google.com/identity/protocols/oauth2#5.-refresh-the-access-token,-if-necessary.', (r) => `1//0${r.str(AL.b62, 2)}${r.str(AL.b62 + '-_', 99)}`);
  // https://cloud.google.com/iam/docs/keys-create-delete (service-account JSON: private_key is a PKCS#8 PEM with \n escapes)
  def('gcp_sa_private_key', 'gcp', true, 'https://cloud.google.com/iam/docs/keys-create-delete',
    (r) => `${pem('PRIVATE KEY', pkcs8Rsa(r))}\n`.replace(/\n/g, '\\n'));
  def('gcp_sa_key_id', 'gcp', false, 'https://cloud.google.com/iam/docs/keys-create-delete', (r) => r.hex(40));

  // ---- Azure ----
  // https://learn.microsoft.com/en-us/purview/sit-defn-azure-storage-account-key-generic (86 base64 + '==')
  def('azure_storage_key', 'azure', true, 'https://learn.microsoft.com/en-us/purview/sit-defn-azure-storage-account-key-generic', (r) => b64(r.bytes(64)));
  // Identifiable 64-byte keys: 76 base64 chars, a 4-char service signature, 5 chars, [AQgw], '=='
  // https://github.com/microsoft/security-utilities (Azure64ByteIdentifiableKey)
  const idKey64 = (sig) => (r) => `${r.str(AL.b64, 76)}${sig}${r.str(AL.b64, 5)}${r.pick(['A', 'Q', 'g', 'w'])}==`;
  const idKey32 = (sig) => (r) => `${r.str(AL.b64, 33)}${sig}${r.str('ABCDEFGHIJKLMNOP', 1)}${r.str(AL.b64, 5)}=`;
  def('azure_storage_key_id', 'azure', true, 'https://github.com/microsoft/security-utilities/blob/main/docs/ReleaseHistory.md (+ASt storage keys)', idKey64('+ASt'));
  def('azure_cosmos_key', 'azure', true, 'https://learn.microsoft.com/en-us/azure/cosmos-db/database-security (88-char primary keys)', (r) => b64(r.bytes(64)));
  def('azure_cosmos_key_id', 'azure', true, 'https://github.com/microsoft/security-utilities (ACDb Cosmos DB keys)', idKey64('ACDb'));
  def('azure_servicebus_key', 'azure', true, 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas', (r) => b64(r.bytes(32)));
  def('azure_servicebus_key_id', 'azure', true, 'https://github.com/microsoft/security-utilities (+ASb Service Bus keys)', idKey32('+ASb'));
  def('azure_eventhub_key_id', 'azure', true, 'https://github.com/microsoft/security-utilities (+AEh Event Hubs keys)', idKey32('+AEh'));
  def('azure_redis_key_id', 'azure', true, 'https://github.com/microsoft/security-utilities (AzCa Redis keys)', idKey32('AzCa'));
  def('azure_cognitive_key', 'azure', true, 'https://learn.microsoft.com/en-us/azure/ai-services/authentication (32-hex legacy keys)', (r) => r.hex(32));
  // 84-char common annotated security key with the JQQJ99 signature at offset 52
  def('azure_cognitive_key_cask', 'azure', true, 'https://learn.microsoft.com/en-us/azure/ai-services/authentication',
    (r) => `${r.str(AL.b62, 52)}JQQJ99${r.str(AL.b62, 1)}${r.str('ABCDEFGHIJKL', 1)}${r.str(AL.b62, 16)}${r.str(AL.upper, 1)}${r.str(AL.b62, 7)}`);
  def('azure_ad_client_secret', 'azure', true, 'https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal (client secrets, 8Q~ marker)',
    (r) => `${r.str(AL.b62 + '_-.~', 3)}8Q~${r.str(AL.b62 + '_-.~', 34)}`);
  def('azure_sas_sig', 'azure', true, 'https://learn.microsoft.com/en-us/rest/api/storageservices/create-account-sas',
    (r) => encodeURIComponent(b64(r.bytes(32))));
  def('azure_devops_pat', 'azure-devops', true, 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate', (r) => r.str(AL.b32lower, 52));
  def('azure_functions_key', 'azure', true, 'https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to', (r) => `${r.str(AL.b64url, 44)}AzFu${r.str(AL.b64url, 6)}==`);
  def('azure_appconfig_secret', 'azure', true, 'https://learn.microsoft.com/en-us/azure/azure-app-configuration/howto-best-practices (connection string Secret=)', (r) => b64(r.bytes(32)));
  def('azure_search_admin_key', 'azure', true, 'https://learn.microsoft.com/en-us/azure/search/search-security-api-keys (AzSe identifiable keys)', (r) => `${r.str(AL.b62, 42)}AzSe${r.str(AL.b62, 6)}`);
  def('azure_appinsights_ikey', 'azure', false, 'https://learn.microsoft.com/en-us/azure/azure-monitor/app/sdk-connection-string (not a secret)', (r) => uuid(r));

  // ---- other clouds / hosting ----
  def('digitalocean_pat', 'digitalocean', true, 'https://docs.digitalocean.com/reference/api/create-personal-access-token/', (r) => `dop_v1_${r.hex(64)}`);
  def('digitalocean_oauth', 'digitalocean', true, 'https://docs.digitalocean.com/reference/api/oauth-api/', (r) => `doo_v1_${r.hex(64)}`);
  def('digitalocean_spaces_key_id', 'digitalocean', true, 'https://docs.digitalocean.com/products/spaces/how-to/manage-access/', (r) => `DO${r.str(AL.upperAlnum, 18)}`);
  def('digitalocean_spaces_secret', 'digitalocean', true, 'https://docs.digitalocean.com/products/spaces/how-to/manage-access/', (r) => r.str(AL.b62 + '+/', 43));
  def('cloudflare_api_token', 'cloudflare', true, 'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/', (r) => r.str(AL.b62 + '_-', 40));
  def('cloudflare_user_token', 'cloudflare', true, 'https://developers.cloudflare.com/fundamentals/api/get-started/token-formats', (r) => `cfut_${r.str(AL.b62, 40)}${r.hex(8)}`);
  def('cloudflare_global_key', 'cloudflare', true, 'https://developers.cloudflare.com/fundamentals/api/get-started/keys/', (r) => r.hex(37));
  def('cloudflare_origin_ca_key', 'cloudflare', true, 'https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/', (r) => `v1.0-${r.hex(24)}-${r.hex(146)}`);
  def('heroku_api_key', 'heroku', true, 'https://devcenter.heroku.com/articles/authentication (legacy UUID keys)', (r) => uuid(r));
  def('heroku_api_key_v2', 'heroku', true, 'https://devcenter.heroku.com/articles/authentication (HRKU- keys)', (r) => `HRKU-AA${r.str(AL.b62 + '_-', 58)}`);
  def('vercel_token', 'vercel', true, 'https://vercel.com/docs/rest-api#creating-an-access-token', (r) => r.str(AL.b62, 24));
  def('netlify_token', 'netlify', true, 'https://docs.netlify.com/api/get-started/#authentication', (r) => `nfp_${r.str(AL.b62, 36)}`);
  def('netlify_token_legacy', 'netlify', true, 'https://docs.netlify.com/api/get-started/#authentication', (r) => r.str(AL.b64url, 43));
  def('flyio_token', 'flyio', true, 'https://fly.io/docs/security/tokens/', (r) => `FlyV1 fm2_lJPECAAAAAAAA${r.str(AL.b62, 4)}xBA${b64(r.bytes(120))},fm2_lJPETi${b64(r.bytes(180))}`);
  def('flyio_token_legacy', 'flyio', true, 'https://fly.io/docs/flyctl/auth-token/', (r) => `fo1_${r.str(AL.b64url, 43)}`);
  def('alibaba_access_key_id', 'alibaba', true, 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair', (r) => `LTAI${r.str(AL.b62, 20)}`);
  def('alibaba_access_key_secret', 'alibaba', true, 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair', (r) => r.str(AL.b62, 30));
  def('linode_token', 'linode', true, 'https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens', (r) => r.hex(64));
  def('hetzner_token', 'hetzner', true, 'https://docs.hetzner.cloud/#authentication', (r) => r.str(AL.b62, 64));
  def('scaleway_secret_key', 'scaleway', true, 'https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/', (r) => uuid(r));
  def('scaleway_access_key', 'scaleway', true, 'https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/', (r) => `SCW${r.str(AL.upperAlnum, 17)}`);
  def('ibm_cloud_api_key', 'ibm', true, 'https://cloud.ibm.com/docs/account?topic=account-userapikey', (r) => r.str(AL.b62 + '_-', 44));

  // ---- source control / CI ----
  // https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
  const GH_DOC = 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/';
  def('github_pat', 'github', true, GH_DOC, (r) => crcToken('ghp_', r));
  def('github_oauth', 'github', true, GH_DOC, (r) => crcToken('gho_', r));
  def('github_user_to_server', 'github', true, GH_DOC, (r) => crcToken('ghu_', r));
  def('github_server_to_server', 'github', true, GH_DOC, (r) => crcToken('ghs_', r));
  def('github_refresh', 'github', true, GH_DOC, (r) => `ghr_${r.str(AL.b62, 70)}${base62(r.int(0xffffffff), 6)}`);
  // https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens
  def('github_fine_grained_pat', 'github', true, 'https://github.blog/security/application-security/introducing-fine-grained-personal-access-tokens-for-github/',
    (r) => `github_pat_11${r.str(AL.upperAlnum, 20)}_${r.str(AL.b62, 59)}`);
  def('github_oauth_legacy', 'github', true, 'https://developer.github.com/changes/2021-04-05-behind-githubs-new-authentication-token-formats (pre-2021 40-hex tokens)', (r) => r.hex(40));
  def('github_app_client_secret', 'github', true, 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app', (r) => r.hex(40));
  // https://docs.gitlab.com/ee/security/tokens/index.html#token-prefixes
  const GL_DOC = 'https://docs.gitlab.com/ee/security/tokens/#token-prefixes';
  def('gitlab_pat', 'gitlab', true, GL_DOC, (r) => `glpat-${r.str(AL.b62 + '_-', 20)}`);
  def('gitlab_deploy_token', 'gitlab', true, GL_DOC, (r) => `gldt-${r.str(AL.b62 + '_-', 20)}`);
  def('gitlab_runner_token', 'gitlab', true, GL_DOC, (r) => `glrt-${r.str(AL.b62 + '_-', 20)}`);
  def('gitlab_runner_registration', 'gitlab', true, GL_DOC, (r) => `GR1348941${r.str(AL.b62 + '_-', 20)}`);
  def('gitlab_trigger_token', 'gitlab', true, GL_DOC, (r) => `glptt-${r.hex(40)}`);
  def('gitlab_oauth_secret', 'gitlab', true, GL_DOC, (r) => `gloas-${r.hex(64)}`);
  def('gitlab_feed_token', 'gitlab', true, GL_DOC, (r) => `glft-${r.str(AL.b62 + '_-', 20)}`);
  def('gitlab_agent_token', 'gitlab', true, GL_DOC, (r) => `glagent-${r.str(AL.b62 + '_-', 50)}`);
  def('bitbucket_app_password', 'bitbucket', true, 'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/', (r) => `ATBB${r.str(AL.b62, 32)}`);
  def('atlassian_api_token', 'atlassian', true, 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
    (r) => `ATATT3xFfGF0${r.str(AL.b62 + '_-', 180)}=${r.str(AL.HEX, 8)}`);
  def('circleci_pat', 'circleci', true, 'https://circleci.com/docs/managing-api-tokens/', (r) => `CCIPAT_${r.str(AL.b62, 22)}_${r.hex(40)}`);
  def('circleci_token_legacy', 'circleci', true, 'https://circleci.com/docs/managing-api-tokens/', (r) => r.hex(40));
  def('travis_token', 'travis', true, 'https://docs.travis-ci.com/user/triggering-builds/', (r) => r.str(AL.b62, 22));
  def('buildkite_token', 'buildkite', true, 'https://buildkite.com/docs/apis/managing-api-tokens', (r) => `bkua_${r.hex(40)}`);
  def('sonarqube_token', 'sonarqube', true, 'https://docs.sonarsource.com/sonarqube/latest/user-guide/user-account/generating-and-using-tokens/', (r) => `squ_${r.hex(40)}`);
  def('sonarqube_project_token', 'sonarqube', true, 'https://docs.sonarsource.com/sonarqube/latest/user-guide/user-account/generating-and-using-tokens/', (r) => `sqp_${r.hex(40)}`);
  def('snyk_token', 'snyk', true, 'https://docs.snyk.io/snyk-api/authentication-for-api', (r) => uuid(r));
  def('codecov_token', 'codecov', true, 'https://docs.codecov.com/docs/codecov-tokens', (r) => uuid(r));
  def('terraform_cloud_token', 'terraform-cloud', true, 'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens',
    (r) => `${r.str(AL.b62, 14)}.atlasv1.${r.str(AL.b62, 67)}`);
  def('vault_token', 'vault', true, 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes', (r) => `hvs.${r.str(AL.b62, 24)}`);
  def('vault_token_long', 'vault', true, 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes', (r) => `hvs.CAESI${r.str(AL.b62 + '_-', 82)}`);
  def('vault_token_legacy', 'vault', true, 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes', (r) => `s.${r.str(AL.b62, 24)}`);
  def('pulumi_token', 'pulumi', true, 'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/', (r) => `pul-${r.hex(40)}`);
  def('doppler_service_token', 'doppler', true, 'https://docs.doppler.com/docs/service-tokens', (r) => `dp.st.${r.pick(['prd', 'stg', 'dev'])}.${r.str(AL.b62, 43)}`);
  def('doppler_personal_token', 'doppler', true, 'https://docs.doppler.com/reference/auth-token-formats', (r) => `dp.pt.${r.str(AL.b62, 43)}`);
  def('tailscale_auth_key', 'tailscale', true, 'https://tailscale.com/kb/1085/auth-keys', (r) => `tskey-auth-k${r.str(AL.b62, 11)}CNTRL-${r.str(AL.b62, 33)}`);
  def('ngrok_authtoken', 'ngrok', true, 'https://ngrok.com/docs/agent/#authtokens', (r) => `2${r.str(AL.b62, 26)}_${r.str(AL.b62, 21)}`);
  def('age_secret_key', 'age', true, 'https://github.com/C2SP/C2SP/blob/main/age.md#the-x25519-recipient-type',
    (r) => bech32('age-secret-key-', to5bit(r.bytes(32))).toUpperCase());

  // ---- package registries ----
  def('npm_token', 'npm', true, 'https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/', (r) => crcToken('npm_', r));
  def('npm_token_legacy', 'npm', true, 'https://docs.npmjs.com/about-access-tokens (legacy UUID tokens)', (r) => uuid(r));
  // https://pypi.org/help/#apitoken : "pypi-" + base64url macaroon (location pypi.org, identifier, caveats, signature)
  def('pypi_token', 'pypi', true, 'https://pypi.org/help/#apitoken', (r) => {
    const id = uuid(r);
    const caveat = JSON.stringify([1, [r.hex(32)]]);
    const mac = Buffer.concat([Buffer.from([0x02, 0x01, 0x08]), Buffer.from('pypi.org'), Buffer.from([0x02, id.length]), Buffer.from(id),
      Buffer.from([0x00, 0x02, 0x06, 0x10, caveat.length]), Buffer.from(caveat), Buffer.from([0x00, 0x00, 0x06, 0x20]), r.bytes(32)]);
    return `pypi-${b64url(mac)}`;
  });
  def('rubygems_api_key', 'rubygems', true, 'https://guides.rubygems.org/api-key-scopes/', (r) => `rubygems_${r.hex(48)}`);
  // NuGet.org keys: 46 lowercase base32-ish chars starting oy2 (shape from microsoft/security-utilities SEC101/031)
  def('nuget_api_key', 'nuget', true, 'https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys', (r) =>
    `oy2${r.str('abcdefghijklmnop', 1)}${r.str(AL.lowerAlnum, 15)}${r.pick(['a', 'q'])}${r.str(AL.lowerAlnum, 11)}${r.pick(['e', 'u'])}${r.str('bdfhjlnprtvxz357', 1)}${r.str('abcdefghijklmnop', 1)}${r.str(AL.lowerAlnum, 11)}${r.str('aeimquy4', 1)}`);
  def('dockerhub_pat', 'dockerhub', true, 'https://docs.docker.com/security/for-developers/access-tokens/', (r) => `dckr_pat_${r.str(AL.b62 + '_-', 27)}`);
  def('jfrog_api_key', 'jfrog', true, 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key', (r) => `AKCp${r.str(AL.b62, 69)}`);
  def('jfrog_reference_token', 'jfrog', true, 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/reference-tokens',
    (r) => b64(`reftkn:01:${epoch(r) + 31536000}:${r.str(AL.b62, 27)}`).replace(/=+$/, ''));
  def('jfrog_access_token', 'jfrog', true, 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens', (r) =>
    jwt(r, { ver: '2', typ: 'JWT', alg: 'RS256', kid: r.str(AL.b62 + '-_', 43) },
      { sub: `jfac@${r.str(AL.lowerAlnum, 26)}/users/ci-publisher`, scp: 'applied-permissions/user', aud: '*@*', iss: `jfac@${r.str(AL.lowerAlnum, 26)}`, exp: epoch(r) + 31536000, iat: epoch(r), jti: uuid(r) }, 256));
  def('cratesio_token', 'cratesio', true, 'https://doc.rust-lang.org/cargo/reference/config.html#registrytoken', (r) => `cio${r.str(AL.b62, 32)}`);
};
