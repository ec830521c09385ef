'use strict';
/** Generators added with the third blind batch (batch40-c, see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, jwt, epoch, uuid, crc32, base62 } = require('./lib');

module.exports = function register(def, plain) {
  // ---- registries and developer tooling on a workstation ----
  // Font Awesome Pro package token: a UUID used as the npm _authToken for npm.fontawesome.com
  def('b40c_fontawesome_token', 'fontawesome', true, 'https://docs.fontawesome.com/web/setup/packages#_1-configure-access (package token, a UUID)',
    (r) => uuid(r).toUpperCase());
  // WakaTime API key: waka_ + UUID (older keys were a bare UUID)
  def('b40c_wakatime_api_key', 'wakatime', true, 'https://wakatime.com/faq#api-key (modelled on keys the settings page shows: waka_ + UUID)',
    (r) => `waka_${uuid(r)}`);
  // docker login writes base64(user:token) to ~/.docker/config.json "auth"
  const DOCKER_USERS = ['inesm', 'ines-moreira', 'acmebuild', 'imoreira'];
  def('b40c_docker_auth_b64', 'dockerhub', true, 'https://docs.docker.com/reference/cli/docker/login/ (config.json auth = base64(username:password)); token: https://docs.docker.com/security/for-developers/access-tokens/ (dckr_pat_)',
    (r) => b64(`${r.pick(DOCKER_USERS)}:dckr_pat_${r.str(`${AL.b62}_-`, 27)}`));
  def('b40c_ghcr_auth_b64', 'github', true, 'https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry#authenticating-with-a-personal-access-token-classic (base64(username:ghp_ PAT))',
    (r) => {
      const entropy = r.str(AL.b62, 30);
      return b64(`${r.pick(DOCKER_USERS)}:ghp_${entropy}${base62(crc32(entropy), 6)}`);
    });

  // ---- analytics and data stack ----
  // Looker API3 credentials: client_id 20 chars (identifier), client_secret 24 chars
  def('b40c_looker_client_id', 'looker', false, 'https://cloud.google.com/looker/docs/api-auth#authentication_with_an_sdk (client_id, an identifier)', (r) => r.str(AL.b62, 20));
  plain('b40c_looker_client_secret', 'looker', AL.b62, 24, 'https://cloud.google.com/looker/docs/api-auth (API3 client_secret; modelled on issued keys: 24 alphanumerics)');
  // Fivetran API key (16 chars, sent as the basic-auth user) and API secret (32 chars)
  def('b40c_fivetran_api_key', 'fivetran', false, 'https://fivetran.com/docs/rest-api/getting-started#authentication (API key half of key:secret)', (r) => r.str(AL.b62, 16));
  plain('b40c_fivetran_api_secret', 'fivetran', AL.b62, 32, 'https://fivetran.com/docs/rest-api/getting-started#authentication (API secret; modelled on issued secrets: 32 alphanumerics)');
  // Tableau personal access token secret: base64(16 bytes) + ':' + 32 alphanumerics
  def('b40c_tableau_pat_secret', 'tableau', true, 'https://help.tableau.com/current/server/en-us/security_personal_access_tokens.htm (modelled on issued secrets: base64 part, colon, 32 alphanumerics)',
    (r) => `${b64(r.bytes(16))}:${r.str(AL.b62, 32)}`);
  // Databricks OAuth M2M secret for a service principal: dose + 32 hex
  def('b40c_databricks_oauth_secret', 'databricks', true, 'https://docs.databricks.com/en/dev-tools/auth/oauth-m2m.html (modelled on generated secrets: dose + 32 hex)',
    (r) => `dose${r.hex(32)}`);
  // MotherDuck access token: a JWT (HS256) carrying the user name and session
  def('b40c_motherduck_token', 'motherduck', true, 'https://motherduck.com/docs/key-tasks/authenticating-and-connecting-to-motherduck/authenticating-to-motherduck/ (access token, a JWT)',
    (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, { session: `ravi.k.${r.hex(8)}`, email: 'ravi.k@northwind-data.io', userId: uuid(r), iat: epoch(r), iss: 'md_pat' }));
  // ClearML credentials: access_key 30 upper alnum (identifier-like), secret_key 50 chars
  def('b40c_clearml_access_key', 'clearml', false, 'https://clear.ml/docs/latest/docs/configs/clearml_conf#api-section (access_key, sent with the secret)', (r) => r.str(AL.upperAlnum, 30));
  plain('b40c_clearml_secret_key', 'clearml', AL.b62, 50, 'https://clear.ml/docs/latest/docs/configs/clearml_conf#api-section (secret_key; modelled on generated keys: 50 alphanumerics)');
  // Comet ML API key: 25 alphanumerics
  plain('b40c_comet_api_key', 'comet', AL.b62, 25, 'https://www.comet.com/docs/v2/guides/experiment-management/configure-sdk/#configure-comet-for-python (modelled on issued keys: 25 alphanumerics)');
  // Neptune API token: base64 of a JSON object naming the API address and an API key (UUID)
  def('b40c_neptune_api_token', 'neptune', true, 'https://docs.neptune.ai/setup/setting_api_token/ (the token is base64 of {"api_address","api_url","api_key"})',
    (r) => b64(JSON.stringify({ api_address: 'https://app.neptune.ai', api_url: 'https://app.neptune.ai', api_key: uuid(r) })));
  // Roboflow private API key: 20 alphanumerics
  plain('b40c_roboflow_api_key', 'roboflow', AL.b62, 20, 'https://docs.roboflow.com/api-reference/authentication (private API key; modelled on issued keys: 20 alphanumerics)');
  // Label Studio legacy access token: 40 hex
  plain('b40c_labelstudio_token', 'labelstudio', AL.hex, 40, 'https://labelstud.io/guide/api#Authenticate-to-the-API (legacy token, 40 hex as shown under Account & Settings)');
  // Zenodo personal access token: 60 alphanumerics
  plain('b40c_zenodo_token', 'zenodo', AL.b62, 60, 'https://developers.zenodo.org/#authentication (personal access token; modelled on issued tokens: 60 alphanumerics)');

  // ---- cloud and object storage ----
  // Azure CLI / MSAL refresh token: opaque, begins 0.A or 1.A followed by a long base64url body
  def('b40c_azure_refresh_token', 'azure', true, 'https://learn.microsoft.com/en-us/entra/identity-platform/refresh-tokens (opaque; modelled on cached tokens: 1.A + base64url)',
    (r) => `1.A${r.str(AL.b64url, 30)}.${r.str(AL.b64url, 340)}`);
  // Wasabi access keys: AWS-style 20-char id (identifier) and 40-char secret
  def('b40c_wasabi_access_key', 'wasabi', false, 'https://docs.wasabi.com/docs/creating-a-user-account-and-access-key (access key id, 20 upper alnum)', (r) => r.str(AL.upperAlnum, 20));
  plain('b40c_wasabi_secret_key', 'wasabi', `${AL.b62}+/`, 40, 'https://docs.wasabi.com/docs/creating-a-user-account-and-access-key (secret key, 40 chars like AWS)');
  // Cloudflare R2 S3 credentials: access key id 32 hex, secret access key 64 hex
  def('b40c_r2_access_key_id', 'cloudflare', false, 'https://developers.cloudflare.com/r2/api/tokens/ (Access Key ID, 32 hex; identifier)', (r) => r.hex(32));
  plain('b40c_r2_secret_access_key', 'cloudflare', AL.hex, 64, 'https://developers.cloudflare.com/r2/api/tokens/ (Secret Access Key, SHA-256 of the token value: 64 hex)');
  // OVHcloud API: application key 16 (identifier), application secret 32, consumer key 32
  def('b40c_ovh_app_key', 'ovh', false, 'https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api (application key, 16 chars, identifies the script)', (r) => r.str(AL.b62, 16));
  plain('b40c_ovh_app_secret', 'ovh', AL.b62, 32, 'https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api (application secret, 32 chars)');
  plain('b40c_ovh_consumer_key', 'ovh', AL.b62, 32, 'https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api (consumer key, 32 chars)');
  // OpenStack Keystone application credential: id 32 hex (identifier), secret generated as 86 base64url chars
  def('b40c_openstack_app_cred_id', 'openstack', false, 'https://docs.openstack.org/keystone/latest/user/application_credentials.html (id, 32 hex)', (r) => r.hex(32));
  plain('b40c_openstack_app_cred_secret', 'openstack', AL.b64url, 86, 'https://docs.openstack.org/keystone/latest/user/application_credentials.html (generated secret: base64url of 64 random bytes, 86 chars)');

  // ---- DNS and dynamic DNS ----
  def('b40c_duckdns_token', 'duckdns', true, 'https://www.duckdns.org/spec.jsp (token, a UUID)', (r) => uuid(r));
  // Porkbun API key (pk1_) and secret API key (sk1_): both are sent in every request body
  plain('b40c_porkbun_api_key', 'porkbun', AL.hex, 64, 'https://porkbun.com/api/json/v3/documentation#Authentication (apikey: pk1_ + 64 hex)', 'pk1_');
  plain('b40c_porkbun_secret_key', 'porkbun', AL.hex, 64, 'https://porkbun.com/api/json/v3/documentation#Authentication (secretapikey: sk1_ + 64 hex)', 'sk1_');

  // ---- self-hosted notifications and chat ----
  // Gotify application token: A + 14 chars
  plain('b40c_gotify_app_token', 'gotify', `${AL.b62}.-_`, 14, 'https://gotify.net/docs/pushmsg (application token; the server generates A + 14 chars)', 'A');
  // ntfy access token: tk_ + 29 lowercase alphanumerics
  plain('b40c_ntfy_token', 'ntfy', AL.lowerAlnum, 29, 'https://docs.ntfy.sh/config/#access-tokens (tk_ + 29 chars)', 'tk_');
  // Synapse access token: syt_ + base64(localpart) + _ + 20 random + _ + base62 CRC32 (6)
  def('b40c_matrix_access_token', 'matrix', true, 'https://github.com/matrix-org/synapse/pull/10398 (syt_<base64 localpart>_<random 20>_<crc32 base62>)',
    (r) => {
      const body = `syt_${b64url(r.pick(['jo', 'homebot', 'alerts', 'jo.lindqvist']))}_${r.str(AL.b62, 20)}`;
      return `${body}_${base62(crc32(body), 6)}`;
    });
  // Mastodon application access token: 43 base64url chars
  plain('b40c_mastodon_token', 'mastodon', AL.b64url, 43, 'https://docs.joinmastodon.org/client/token/ (access token shown under Development > application; 43 base64url chars)');
  // Bluesky app password: four groups of four lowercase alphanumerics
  def('b40c_bluesky_app_password', 'bluesky', true, 'https://bsky.app/settings/app-passwords (app password: xxxx-xxxx-xxxx-xxxx)',
    (r) => [0, 1, 2, 3].map(() => r.str(AL.lowerAlnum, 4)).join('-'));

  // ---- homelab ----
  plain('b40c_plex_token', 'plex', `${AL.b62}_-`, 20, 'https://support.plex.tv/articles/204059436-finding-an-authentication-token-x-plex-token/ (X-Plex-Token, 20 chars)');
  // Sonarr / Radarr / Prowlarr API key: 32 hex
  plain('b40c_arr_api_key', 'servarr', AL.hex, 32, 'https://wiki.servarr.com/sonarr/settings#security (API key, 32 hex)');
  plain('b40c_jellyfin_api_key', 'jellyfin', AL.hex, 32, 'https://jellyfin.org/docs/general/server/users/#api-keys (API key, 32 hex)');
  // TrueNAS API key: <numeric id>-<64 alphanumerics>
  def('b40c_truenas_api_key', 'truenas', true, 'https://www.truenas.com/docs/scale/scaletutorials/toptoolbar/managingapikeys/ (key: id-64 alphanumerics)',
    (r) => `${r.range(1, 12)}-${r.str(AL.b62, 64)}`);
  // Portainer access token: ptr_ + base64 of 32 bytes
  def('b40c_portainer_token', 'portainer', true, 'https://docs.portainer.io/api/access (access token, ptr_ + 44 base64 chars)',
    (r) => `ptr_${b64(r.bytes(32))}`);
  // Nextcloud app password: five groups of five alphanumerics
  def('b40c_nextcloud_app_password', 'nextcloud', true, 'https://docs.nextcloud.com/server/latest/user_manual/en/session_management.html#managing-devices (app password, xxxxx-xxxxx-xxxxx-xxxxx-xxxxx)',
    (r) => [0, 1, 2, 3, 4].map(() => r.str(AL.b62, 5)).join('-'));

  // ---- mail ----
  plain('b40c_fastmail_app_password', 'fastmail', AL.lowerAlnum, 16, 'https://www.fastmail.help/hc/en-us/articles/360058752854-App-passwords (16 lowercase alphanumerics)');

  // ---- IDEs, CI and project tools ----
  // YouTrack permanent token: perm: base64(login) . base64(name) . 30 alphanumerics
  def('b40c_youtrack_token', 'youtrack', true, 'https://www.jetbrains.com/help/youtrack/devportal/authentication-with-permanent-token.html (perm:<b64 login>.<b64 name>.<30 chars>)',
    (r) => `perm:${b64(r.pick(['ines', 'ravi.k', 'dana.w']))}.${b64(r.pick(['scripts', 'ci-sync', 'zapier']))}.${r.str(AL.b62, 30)}`);
  // TeamCity access token: fixed header eyJ0eXAiOiAiVENWMiJ9 . base64(27-char id) . base64(UUID)
  def('b40c_teamcity_token', 'teamcity', true, 'https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html#Managing+Access+Tokens (tokens shown in the profile: eyJ0eXAiOiAiVENWMiJ9.<id>.<secret>)',
    (r) => `eyJ0eXAiOiAiVENWMiJ9.${b64(r.str(`${AL.b62}-_`, 27))}.${b64(uuid(r))}`);
  // monday.com API token: a JWT (HS256) with tid/aai/uid/iad/per/actid/rgn claims
  def('b40c_monday_token', 'monday', true, 'https://developer.monday.com/api-reference/docs/authentication (personal API token, a JWT)',
    (r) => jwt(r, { alg: 'HS256' }, { tid: r.range(100000000, 399999999), aai: 11, uid: r.range(10000000, 69999999), iad: new Date((epoch(r)) * 1000).toISOString(), per: 'me:write', actid: r.range(1000000, 9999999), rgn: 'use1' }));
  // Harvest personal access token: <account-ish id>.pt.<86 base64url chars>; account id is a number
  def('b40c_harvest_pat', 'harvest', true, 'https://help.getharvest.com/api-v2/authentication-api/authentication/authentication/ (personal access token; modelled on issued tokens: digits.pt.86 chars)',
    (r) => `${r.digits(7)}.pt.${r.str(AL.b64url, 86)}`);
  def('b40c_harvest_account_id', 'harvest', false, 'https://help.getharvest.com/api-v2/authentication-api/authentication/authentication/ (Harvest-Account-Id header, a number)', (r) => r.digits(7));
  plain('b40c_toggl_api_token', 'toggl', AL.hex, 32, 'https://engineering.toggl.com/docs/authentication (API token, 32 hex)');
  plain('b40c_devto_api_key', 'devto', AL.b62, 24, 'https://developers.forem.com/api/v1#section/Authentication (api-key header; modelled on issued keys: 24 alphanumerics)');
  plain('b40c_readwise_token', 'readwise', AL.b62, 50, 'https://readwise.io/api_deets (access token; modelled on issued tokens: 50 alphanumerics)');
  plain('b40c_zotero_api_key', 'zotero', AL.b62, 24, 'https://www.zotero.org/support/dev/web_api/v3/basics#authentication (API key, 24 alphanumerics)');

  // ---- JavaScript app platforms (Next.js / SvelteKit .env.local) ----
  def('b40c_clerk_publishable_key', 'clerk', false, 'https://clerk.com/docs/deployments/clerk-environment-variables (publishable key: pk_live_ + base64 of the frontend API host; public)',
    (r) => `pk_live_${b64(`clerk.${r.pick(['storefront', 'shop', 'acme-store'])}.${r.pick(['io', 'dev', 'co'])}$`).replace(/=+$/, '')}`);
  plain('b40c_uploadthing_secret', 'uploadthing', AL.hex, 64, 'https://docs.uploadthing.com/getting-started/appdir (legacy UPLOADTHING_SECRET: sk_live_ + 64 hex)', 'sk_live_');
  plain('b40c_sanity_token', 'sanity', AL.b62, 180, 'https://www.sanity.io/docs/http-auth (API token; modelled on tokens from manage: sk + ~180 alphanumerics)', 'sk');
  def('b40c_vercel_blob_token', 'vercel', true, 'https://vercel.com/docs/storage/vercel-blob (BLOB_READ_WRITE_TOKEN: vercel_blob_rw_<store id>_<secret>)',
    (r) => `vercel_blob_rw_${r.str(AL.b62, 16)}_${r.str(AL.b62, 30)}`);
  plain('b40c_inngest_signing_key', 'inngest', AL.hex, 64, 'https://www.inngest.com/docs/platform/signing-keys (signkey-<env>- + 64 hex)', 'signkey-prod-');
  // Turso database auth token: a JWT signed with EdDSA
  def('b40c_turso_token', 'turso', true, 'https://docs.turso.tech/cli/db/tokens/create (database token, an EdDSA JWT)',
    (r) => jwt(r, { alg: 'EdDSA', typ: 'JWT' }, { a: 'rw', iat: epoch(r), id: uuid(r) }, 64));
  plain('b40c_supabase_access_token', 'supabase', AL.hex, 40, 'https://supabase.com/docs/reference/cli/supabase-login (personal access token: sbp_ + 40 hex)', 'sbp_');
  // Convex deploy key: prod:<deployment-name>|<base64 payload>
  def('b40c_convex_deploy_key', 'convex', true, 'https://docs.convex.dev/production/hosting/ (CONVEX_DEPLOY_KEY: prod:<deployment>|<key>)',
    (r) => `prod:${r.pick(['happy-otter', 'brave-lynx', 'quiet-heron'])}-${r.range(100, 999)}|${b64(r.bytes(60))}`);
  // Axiom API token: xaat- + UUID (personal tokens: xapt-)
  def('b40c_axiom_token', 'axiom', true, 'https://axiom.co/docs/reference/tokens (API tokens start xaat-, personal tokens xapt-, then a UUID)',
    (r) => `xaat-${uuid(r)}`);

  // ---- password manager exports ----
  // TOTP seed as stored by authenticators and exported in otpauth:// URIs: base32, 32 chars
  def('b40c_totp_seed', 'totp', true, 'https://datatracker.ietf.org/doc/html/rfc6238 and https://github.com/google/google-authenticator/wiki/Key-Uri-Format (base32 secret)',
    (r) => r.str(AL.b32, 32));
  // Bitwarden personal API key: client_id user.<UUID> (identifier) and client_secret 30 alphanumerics
  def('b40c_bitwarden_client_id', 'bitwarden', false, 'https://bitwarden.com/help/personal-api-key/ (client_id: user.<uuid>)', (r) => `user.${uuid(r)}`);
  plain('b40c_bitwarden_client_secret', 'bitwarden', AL.b62, 30, 'https://bitwarden.com/help/personal-api-key/ (client_secret, 30 chars)');
};
