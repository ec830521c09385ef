'use strict';
/** Generators added with the third blind batch (batch40-a, see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, jwt, uuid, epoch, bech32, to5bit } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Cluster bootstrap, GitOps controllers, configuration management
  // ---------------------------------------------------------------------------------------------
  // k3s / RKE2 secure token: K10 + sha256 of the cluster CA (64 hex) + '::' + username ':' password.
  // The generated server password is 32 hex characters.
  def('b40a_k3s_token', 'k3s', true, 'https://docs.k3s.io/cli/token (secure format <K10><CA hash>::<credentials>)',
    (r) => `K10${r.hex(64)}::${r.pick(['server', 'node'])}:${r.hex(32)}`);
  // Nix binary cache signing keys: "<key name>:<base64 of Ed25519 key data>"; the secret key is 64 bytes, the public 32.
  const NIX_CACHE_NAMES = ['cache.tundra-labs.dev', 'nix-cache.corvid.internal', 'binary.quayside.io', 'attic.halcyon-ops.net'];
  def('b40a_nix_cache_secret_key', 'nix', true, 'https://nix.dev/manual/nix/stable/command-ref/new-cli/nix3-key-generate-secret (name:base64 of the 64-byte Ed25519 secret key)',
    (r) => `${r.pick(NIX_CACHE_NAMES)}-${r.range(1, 3)}:${b64(r.bytes(64))}`);
  def('b40a_nix_cache_public_key', 'none', false, 'https://nix.dev/manual/nix/stable/command-ref/new-cli/nix3-key-convert-secret-to-public (name:base64 of the 32-byte public key; public by design)',
    (r) => `${r.pick(NIX_CACHE_NAMES)}-${r.range(1, 3)}:${b64(r.bytes(32))}`);
  // age recipients (public keys): bech32 with hrp "age" over 32 bytes; safe to commit (.sops.yaml, sops metadata)
  def('b40a_age_public_key', 'none', false, 'https://github.com/C2SP/C2SP/blob/main/age.md#the-x25519-recipient-type (age1... recipient, public by design)',
    (r) => bech32('age', to5bit(r.bytes(32))));
  // Cachix auth tokens (CACHIX_AUTH_TOKEN) are HS256 JWTs; claims modeled on tokens the dashboard issues.
  def('b40a_cachix_auth_token', 'cachix', true, 'https://docs.cachix.org/getting-started#authenticating (CACHIX_AUTH_TOKEN, a signed JWT)',
    (r) => jwt(r, { alg: 'HS256' }, { jti: uuid(r), scopes: r.pick(['cx', 'cache']) }));
  // Chef encrypted data bag secret: `openssl rand -base64 512 | tr -d '\r\n'` (684 base64 characters)
  def('b40a_chef_data_bag_secret', 'chef', true, 'https://docs.chef.io/data_bags/#secret-keys (openssl rand -base64 512)',
    (r) => b64(r.bytes(512)));
  // hiera-eyaml values: ENC[PKCS7,<base64 of a CMS EnvelopedData>]; ciphertext, safe to commit
  def('b40a_eyaml_pkcs7', 'none', false, 'https://github.com/voxpupuli/hiera-eyaml#encryption (ENC[PKCS7,...] blocks are ciphertext)',
    (r) => `ENC[PKCS7,${b64(Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x7d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x03]), r.bytes(366)]))}]`);
  // Argo CD local-account API tokens (argocd account generate-token): HS256 JWT signed with server.secretkey
  def('b40a_argocd_token', 'argocd', true, 'https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_account_generate-token/ (JWT, iss argocd, sub <account>:apiKey)',
    (r) => {
      const iat = epoch(r);
      return jwt(r, { alg: 'HS256', typ: 'JWT' }, { iss: 'argocd', sub: `${r.pick(['ci-deployer', 'image-updater', 'gha-sync'])}:apiKey`, nbf: iat, iat, jti: uuid(r) });
    });
  // Flux notification-controller Receiver token: the docs generate it with `head -c 12 /dev/urandom | shasum | cut -d ' ' -f1`
  def('b40a_flux_receiver_token', 'flux', true, 'https://fluxcd.io/flux/components/notification/receivers/#secret-reference (40-hex token from shasum)',
    (r) => r.hex(40));
  // Gitea OAuth2 application client secrets: gto_ + base32 (lowercase, unpadded) of 32 random bytes
  def('b40a_gitea_oauth_secret', 'gitea', true, 'https://docs.gitea.com/development/oauth2-provider (client secret gto_<52 base32 chars>, as shown on creation)',
    (r) => `gto_${r.str(AL.b32lower, 52)}`);
  // Woodpecker server/agent shared secret: docs suggest `openssl rand -hex 32`
  def('b40a_woodpecker_agent_secret', 'woodpecker', true, 'https://woodpecker-ci.org/docs/administration/configuration/server#woodpecker_agent_secret (openssl rand -hex 32)',
    (r) => r.hex(64));

  // ---------------------------------------------------------------------------------------------
  // Infrastructure-as-code platforms
  // ---------------------------------------------------------------------------------------------
  // HCP service principal keys: client id (32 alphanumerics, an identifier) and client secret (64 alphanumerics)
  def('b40a_hcp_client_id', 'none', false, 'https://developer.hashicorp.com/hcp/docs/hcp/iam/service-principal (HCP_CLIENT_ID, an identifier)',
    (r) => r.str(AL.b62, 32));
  def('b40a_hcp_client_secret', 'hcp', true, 'https://developer.hashicorp.com/hcp/docs/hcp/iam/service-principal (HCP_CLIENT_SECRET, 64 alphanumerics as issued)',
    (r) => r.str(AL.b62, 64));
  // Vagrant Cloud tokens share the HashiCorp atlasv1 shape: <14>.atlasv1.<67>
  def('b40a_vagrant_cloud_token', 'vagrant-cloud', true, 'https://developer.hashicorp.com/vagrant/vagrant-cloud/users/authentication (VAGRANT_CLOUD_TOKEN, atlasv1 token)',
    (r) => `${r.str(AL.b62, 14)}.atlasv1.${r.str(AL.b62, 67)}`);
  // Spacelift API keys: a 26-character ULID id and a secret from the downloaded key file (modeled: 64 lowercase hex)
  def('b40a_spacelift_api_key_id', 'none', false, 'https://docs.spacelift.io/integrations/api#spacelift-api-key-token (api_key_id, a ULID)',
    (r) => `01${r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`);
  def('b40a_spacelift_api_key_secret', 'spacelift', true, 'https://docs.spacelift.io/integrations/api#spacelift-api-key-token (api_key_secret; shape modeled on downloaded key files)',
    (r) => r.hex(64));

  // ---------------------------------------------------------------------------------------------
  // CI services and deploy hooks
  // ---------------------------------------------------------------------------------------------
  // Buildkite agent registration tokens are unprefixed (only bkua_/bkaa_/bkaj_ carry prefixes); modeled as 50 lowercase alphanumerics
  def('b40a_buildkite_agent_token', 'buildkite', true, 'https://buildkite.com/docs/agent/v3/tokens (BUILDKITE_AGENT_TOKEN, unprefixed; length modeled on issued tokens)',
    (r) => r.str(AL.lowerAlnum, 50));
  // Bitbucket repository/project/workspace access tokens carry the ATCTT prefix, Atlassian-style trailer
  def('b40a_bitbucket_access_token', 'bitbucket', true, 'https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/ (ATCTT3xFfGN0... access tokens)',
    (r) => `ATCTT3xFfGN0${r.str(AL.b62 + '_-', 168)}=${r.str(AL.HEX, 8)}`);
  // AppVeyor API keys (account and user level) as shown under My profile > API keys: v2.<20 lowercase alphanumerics>
  def('b40a_appveyor_api_key', 'appveyor', true, 'https://www.appveyor.com/docs/api/#authentication (API key; v2. shape modeled on issued keys)',
    (r) => `v2.${r.str(AL.lowerAlnum, 20)}`);
  def('b40a_myget_api_key', 'myget', true, 'https://docs.myget.org/docs/reference/security (feed API key, a GUID)',
    (r) => uuid(r));
  def('b40a_cypress_record_key', 'cypress', true, 'https://docs.cypress.io/cloud/account-management/projects#Record-key (CYPRESS_RECORD_KEY, a UUID)',
    (r) => uuid(r));
  def('b40a_percy_token', 'percy', true, 'https://www.browserstack.com/docs/percy/get-started/set-env-var (PERCY_TOKEN: <type>_<64 hex>, modeled)',
    (r) => `${r.pick(['web', 'auto', 'app'])}_${r.hex(64)}`);
  def('b40a_chromatic_project_token', 'chromatic', true, 'https://www.chromatic.com/docs/faq/find-project-token (chpt_ project token; length modeled)',
    (r) => `chpt_${r.hex(15)}`);
  plain('b40a_coveralls_repo_token', 'coveralls', AL.b62, 32, 'https://docs.coveralls.io/api-introduction#authentication (COVERALLS_REPO_TOKEN, 32 alphanumerics as shown on the repo page)');
  // Render deploy hook URLs are secrets: https://api.render.com/deploy/srv-<20>?key=<key>
  def('b40a_render_deploy_hook', 'render', true, 'https://render.com/docs/deploy-hooks (secret deploy hook URL)',
    (r) => `https://api.render.com/deploy/srv-${r.str(AL.lowerAlnum, 20)}?key=${r.str(AL.b64url, 11)}`);
  // Vercel deploy hooks need no other authentication: /v1/integrations/deploy/<project id>/<hook id>
  def('b40a_vercel_deploy_hook', 'vercel', true, 'https://vercel.com/docs/deploy-hooks (unauthenticated POST URL, secret by possession)',
    (r) => `https://api.vercel.com/v1/integrations/deploy/prj_${r.str(AL.b62, 28)}/${r.str(AL.b62, 10)}`);
  // Azure Container Registry admin/token passwords: 52 characters with the "+ACR" marker at offset 42
  def('b40a_acr_password', 'azure', true, 'https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account (52-char password; +ACR signature)',
    (r) => `${r.str(AL.b62 + '+/', 42)}+ACR${r.str(AL.b62, 6)}`);

  // ---------------------------------------------------------------------------------------------
  // Cloud and DNS providers used by Terraform, external-dns and cert-manager
  // ---------------------------------------------------------------------------------------------
  plain('b40a_vultr_api_key', 'vultr', AL.upperAlnum, 36, 'https://docs.vultr.com/platform/other/api/ (VULTR_API_KEY, 36 uppercase alphanumerics)');
  def('b40a_ovh_application_key', 'none', false, 'https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api (application key identifies the app)',
    (r) => r.str(AL.b62, 16));
  plain('b40a_ovh_application_secret', 'ovh', AL.b62, 32, 'https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api (application secret, 32 chars)');
  plain('b40a_ovh_consumer_key', 'ovh', AL.b62, 32, 'https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api (consumer key, 32 chars)');
  def('b40a_exoscale_api_key', 'none', false, 'https://community.exoscale.com/product/iam/ (API key EXO + 24 hex, the identifier half)',
    (r) => `EXO${r.hex(24)}`);
  def('b40a_exoscale_api_secret', 'exoscale', true, 'https://community.exoscale.com/product/iam/ (API secret, 43 base64url characters)',
    (r) => r.str(AL.b64url, 43));
  def('b40a_godaddy_api_key', 'none', false, 'https://developer.godaddy.com/keys (API key, the identifier half of key:secret; shape modeled)',
    (r) => `${r.str(AL.b62, 12)}_${r.str(AL.b62, 22)}`);
  plain('b40a_godaddy_api_secret', 'godaddy', AL.b62, 22, 'https://developer.godaddy.com/keys (API secret, shown once; shape modeled)');
  // Cloudflare R2 S3 credentials: access key id is 32 hex, secret access key is 64 hex (SHA-256 of the token value)
  def('b40a_r2_access_key_id', 'none', false, 'https://developers.cloudflare.com/r2/api/tokens/ (Access Key ID, 32 hex; an identifier)',
    (r) => r.hex(32));
  def('b40a_r2_secret_access_key', 'cloudflare', true, 'https://developers.cloudflare.com/r2/api/tokens/ (Secret Access Key, 64 hex)',
    (r) => r.hex(64));
  // ACME External Account Binding (ZeroSSL, Google Trust Services): kid + base64url HMAC key
  def('b40a_acme_eab_kid', 'none', false, 'https://zerossl.com/documentation/acme/ (EAB KID, an identifier)',
    (r) => r.str(AL.b64url, 22));
  def('b40a_acme_eab_hmac_key', 'zerossl', true, 'https://zerossl.com/documentation/acme/ (EAB HMAC key, base64url of 64 bytes)',
    (r) => Buffer.from(r.bytes(64)).toString('base64url'));
  plain('b40a_civo_api_key', 'civo', AL.b62, 50, 'https://www.civo.com/docs/account/api-keys (CIVO_TOKEN; length modeled on issued keys)');

  // ---------------------------------------------------------------------------------------------
  // Monitoring-as-code and observability backends
  // ---------------------------------------------------------------------------------------------
  def('b40a_axiom_api_token', 'axiom', true, 'https://axiom.co/docs/reference/tokens (API tokens xaat-<uuid>)', (r) => `xaat-${uuid(r)}`);
  def('b40a_axiom_pat', 'axiom', true, 'https://axiom.co/docs/reference/tokens (personal access tokens xapt-<uuid>)', (r) => `xapt-${uuid(r)}`);
  def('b40a_checkly_api_key', 'checkly', true, 'https://www.checklyhq.com/docs/admin/creating-api-key/ (user API key cu_<32 hex>, shape as issued)',
    (r) => `cu_${r.hex(32)}`);
  def('b40a_uptimerobot_api_key', 'uptimerobot', true, 'https://uptimerobot.com/api/ (account-specific main API key u<account id>-<24 hex>)',
    (r) => `u${r.digits(7)}-${r.hex(24)}`);
  def('b40a_uptimerobot_monitor_key', 'none', false, 'https://uptimerobot.com/api/ (monitor-specific key m<monitor id>-<24 hex>: documented as safe to expose on client sites, getMonitors only)',
    (r) => `m${r.digits(9)}-${r.hex(24)}`);
  plain('b40a_betterstack_source_token', 'betterstack', AL.b62, 24, 'https://betterstack.com/docs/logs/start/ (source token, 24 alphanumerics)');
  def('b40a_coralogix_private_key', 'coralogix', true, 'https://coralogix.com/docs/user-guides/account-management/api-keys/send-your-data-api-key/ (Send-Your-Data key cxtp_<30>, modeled)',
    (r) => `cxtp_${r.str(AL.b62, 30)}`);
  // InfluxDB 2.x API tokens: base64 of 64 random bytes (88 chars ending in ==)
  def('b40a_influxdb_token', 'influxdata', true, 'https://docs.influxdata.com/influxdb/v2/admin/tokens/ (API token, base64 of 64 bytes)',
    (r) => b64(r.bytes(64)));
  def('b40a_rootly_api_key', 'rootly', true, 'https://docs.rootly.com/api-reference/overview (API key rootly_<64 hex>, shape as issued)',
    (r) => `rootly_${r.hex(64)}`);
  def('b40a_statuspage_api_key', 'statuspage', true, 'https://developer.statuspage.io/#section/Authentication (OAuth API key, UUID-shaped)',
    (r) => uuid(r));
};
