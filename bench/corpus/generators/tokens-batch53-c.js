'use strict';
/** Generators added with batch53-c (online communities and self-hosted social platforms): each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

// Meteor Random.id() alphabet used by Rocket.Chat for record ids and integration tokens
const METEOR = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz';
// Mattermost model.NewRandomString(): base32 with the alphabet below, lower-case
const MM_B32 = 'ybndrfg8ejkmcpqxot1uwisza345h769';

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Discourse: admin API keys (Api-Key header, 64 hex, shown once in /admin/api/keys) and the
  // DiscourseConnect (SSO) shared secret, an arbitrary string set by the admin
  // ---------------------------------------------------------------------------------------------
  plain('b53c_discourse_api_key', 'discourse', AL.hex, 64,
    'https://docs.discourse.org/#section/Authentication (Api-Key and Api-Username headers; keys are generated in Admin > API as 64 hex characters and shown once)');
  plain('b53c_discourse_connect_secret', 'discourse', AL.b62, 40,
    'https://meta.discourse.org/t/setup-discourseconnect-official-single-sign-on-for-discourse-sso/13045 (discourse_connect_secret: the HMAC-SHA256 key shared with the SSO provider, at least 10 characters)');

  // ---------------------------------------------------------------------------------------------
  // Akismet (spam filtering used by the Discourse Akismet plugin): 12 lower-case hex characters
  // ---------------------------------------------------------------------------------------------
  plain('b53c_akismet_api_key', 'akismet', AL.hex, 12,
    'https://akismet.com/developers/detailed-docs/key-verification/ (the API key, 12 characters, authorises every comment-check call and names the subscription)');

  // ---------------------------------------------------------------------------------------------
  // MaxMind license keys (GeoLite2 downloads in Discourse, Mastodon, Matomo): current keys end in _mmk
  // ---------------------------------------------------------------------------------------------
  def('b53c_maxmind_license_key', 'maxmind', true,
    'https://support.maxmind.com/knowledge-base/articles/using-maxmind-license-keys (license keys are case-sensitive; keys issued since 2024 are 40 characters ending in _mmk; AccountID is a numeric identifier)',
    (r) => `${r.str(AL.b62, 6)}_${r.str(AL.b62, 29)}_mmk`);

  // ---------------------------------------------------------------------------------------------
  // Zulip: API keys of users and bots, 32 alphanumerics (zuliprc key=)
  // ---------------------------------------------------------------------------------------------
  plain('b53c_zulip_api_key', 'zulip', AL.b62, 32,
    'https://zulip.com/api/api-keys (anyone with a bot API key can impersonate the bot; keys are 32 alphanumeric characters, stored in zuliprc as key=)');

  // ---------------------------------------------------------------------------------------------
  // Rocket.Chat incoming webhook: https://<server>/hooks/<integration id>/<token>; both are Meteor Random.id
  // strings (17 and 48 characters); the URL alone lets anyone post as the integration
  // ---------------------------------------------------------------------------------------------
  def('b53c_rocketchat_webhook_url', 'rocketchat', true,
    'https://docs.rocket.chat/docs/integrations (incoming webhook URL https://<server>/hooks/<integrationId>/<token>; the token is generated with Random.id(48))',
    (r, seed) => {
      const host = /\./.test(String(seed)) ? String(seed) : 'chat.example.org';
      return `https://${host}/hooks/${r.str(METEOR, 17)}/${r.str(METEOR, 48)}`;
    });

  // ---------------------------------------------------------------------------------------------
  // PeerTube: the local OAuth client (client_id 32 [a-z0-9], client_secret 32 [A-Za-z0-9]) is served to anyone
  // by GET /api/v1/oauth-clients/local, so it is public; user access and refresh tokens are 40 hex;
  // production.yaml secrets.peertube is generated with `openssl rand -hex 32`
  // ---------------------------------------------------------------------------------------------
  const PT_DOC = 'https://docs.joinpeertube.org/api/rest-getting-started (GET /api/v1/oauth-clients/local returns client_id/client_secret to any caller; /api/v1/users/token returns 40-hex access_token and refresh_token)';
  def('b53c_peertube_client_id', 'none', false, `${PT_DOC}; public`, (r) => r.str(AL.lowerAlnum, 32));
  def('b53c_peertube_client_secret', 'none', false, `${PT_DOC}; the local client's secret is public by design`, (r) => r.str(AL.b62, 32));
  plain('b53c_peertube_access_token', 'peertube', AL.hex, 40, PT_DOC);
  plain('b53c_peertube_refresh_token', 'peertube', AL.hex, 40, PT_DOC);
  plain('b53c_peertube_secret', 'peertube', AL.hex, 64,
    'https://docs.joinpeertube.org/install/any-os (production.yaml secrets.peertube: "generate one using openssl rand -hex 32"; signs sessions and HTTP signatures)');

  // ---------------------------------------------------------------------------------------------
  // Mastodon: ActiveRecord encryption keys (bin/rails db:encryption:init, 32 alphanumerics each) and OAuth
  // apps (client_id is public, client_secret is secret; both 43 base64url characters from Doorkeeper)
  // ---------------------------------------------------------------------------------------------
  plain('b53c_mastodon_ar_encryption_key', 'mastodon', AL.b62, 32,
    'https://docs.joinmastodon.org/admin/config/#active-record-encryption (ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY, _KEY_DERIVATION_SALT, _PRIMARY_KEY from bin/rails db:encryption:init)');
  const MAPP_DOC = 'https://docs.joinmastodon.org/methods/apps/#create (Application entity: client_id and client_secret, 43 base64url characters; the client_secret must be kept confidential)';
  def('b53c_mastodon_client_id', 'none', false, `${MAPP_DOC}; the client_id identifies the app`, (r) => r.str(AL.b64url, 43));
  plain('b53c_mastodon_client_secret', 'mastodon', AL.b64url, 43, MAPP_DOC);

  // ---------------------------------------------------------------------------------------------
  // Nextcloud config.php: 'secret' (48 characters), 'passwordsalt' (30 characters) and 'instanceid' (oc + 10,
  // an identifier); Talk bots share a 40-128 character secret used for HMAC signatures;
  // nextcloud-spreed-signaling keys (hashkey 64 hex, blockkey 32 hex, backend shared secret)
  // ---------------------------------------------------------------------------------------------
  const NC_DOC = 'https://docs.nextcloud.com/server/latest/admin_manual/configuration_server/config_sample_php_parameters.html (secret: used to encrypt data, losing it corrupts data; passwordsalt; instanceid)';
  plain('b53c_nextcloud_secret', 'nextcloud', `${AL.b62}+/`, 48, NC_DOC);
  plain('b53c_nextcloud_passwordsalt', 'nextcloud', `${AL.b62}+/`, 30, NC_DOC);
  def('b53c_nextcloud_instanceid', 'none', false, `${NC_DOC}; instanceid is an identifier`, (r) => `oc${r.str(AL.lowerAlnum, 10)}`);
  plain('b53c_nextcloud_talk_bot_secret', 'nextcloud', AL.b62, 64,
    'https://nextcloud-talk.readthedocs.io/en/latest/bots/ (occ talk:bot:install <name> <secret> <url>: the shared secret, 40 to 128 characters, signs X-Nextcloud-Talk-Signature HMACs both ways)');
  const SPREED_DOC = 'https://github.com/strukturag/nextcloud-spreed-signaling#configuration (server.conf: [sessions] hashkey 32/64 bytes and blockkey 16/24/32 bytes, [backend] secret shared with Nextcloud, [turn] apikey and secret)';
  plain('b53c_spreed_hashkey', 'nextcloud', AL.hex, 64, SPREED_DOC);
  plain('b53c_spreed_blockkey', 'nextcloud', AL.hex, 32, SPREED_DOC);
  plain('b53c_spreed_backend_secret', 'nextcloud', AL.hex, 64, SPREED_DOC);

  // ---------------------------------------------------------------------------------------------
  // Mattermost PublicLinkSalt: 32 characters of model.NewRandomString (Mattermost base32 alphabet)
  // ---------------------------------------------------------------------------------------------
  plain('b53c_mattermost_link_salt', 'mattermost', MM_B32, 32,
    'https://docs.mattermost.com/configure/site-configuration-settings.html#public-link-salt (32-character salt added to signed public file links; anyone holding it can forge public links)');

  // ---------------------------------------------------------------------------------------------
  // Telegram Bot API setWebhook secret_token: 1-256 of A-Z a-z 0-9 _ -, echoed in X-Telegram-Bot-Api-Secret-Token
  // ---------------------------------------------------------------------------------------------
  plain('b53c_telegram_webhook_secret', 'telegram', AL.b64url, 48,
    'https://core.telegram.org/bots/api#setwebhook (secret_token: 1-256 characters, A-Z, a-z, 0-9, _ and -, sent back in X-Telegram-Bot-Api-Secret-Token)');

  // ---------------------------------------------------------------------------------------------
  // PeerTube remote runners: registration tokens (ptrrt- + UUID, from Administration > Runners) register
  // new runners; each registered runner gets a runner token (ptrt- + UUID) stored in its config.toml
  // ---------------------------------------------------------------------------------------------
  const RUNNER_DOC = 'https://docs.joinpeertube.org/admin/remote-runners (registration tokens ptrrt-<uuid> from the admin UI; peertube-runner register stores a ptrt-<uuid> runner token in ~/.config/peertube-runner-nodejs/default/config.toml)';
  def('b53c_peertube_runner_registration_token', 'peertube', true, RUNNER_DOC, (r) => `ptrrt-${uuid(r)}`);
  def('b53c_peertube_runner_token', 'peertube', true, RUNNER_DOC, (r) => `ptrt-${uuid(r)}`);

  // ---------------------------------------------------------------------------------------------
  // matrix-hookshot generic webhooks: <urlPrefix>/<hookId>, the hookId a UUID; anyone with the URL can post
  // into the bridged room
  // ---------------------------------------------------------------------------------------------
  def('b53c_hookshot_webhook_id', 'hookshot', true,
    'https://matrix-org.github.io/matrix-hookshot/latest/setup/webhooks.html (generic webhooks: the bot replies with a unique URL <urlPrefix>/<uuid>; the URL is the only credential)',
    (r) => uuid(r));
};
