'use strict';
/** Generators added with the second blind batch (batch39-a, see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Chat and collaboration tools (where people paste secrets into conversation)
  // ---------------------------------------------------------------------------------------------
  // Mattermost ids and tokens come from model.NewId(): 16 random bytes in base32 with the alphabet
  // "ybndrfg8ejkmcpqxot1uwisza345h769", 26 characters. Personal access tokens are such ids.
  const MM_ALPHA = 'ybndrfg8ejkmcpqxot1uwisza345h769';
  def('b39a_mattermost_pat', 'mattermost', true, 'https://developers.mattermost.com/integrate/reference/personal-access-token/ (token = model.NewId(), 26 chars)',
    (r) => r.str(MM_ALPHA, 26));
  def('b39a_mattermost_webhook', 'mattermost', true, 'https://developers.mattermost.com/integrate/webhooks/incoming/ (https://<server>/hooks/<26-char id>)',
    (r) => `https://${r.pick(['chat.northwind-ops.net', 'mm.internal.quarry.io', 'mattermost.helix-labs.dev'])}/hooks/${r.str(MM_ALPHA, 26)}`);
  def('b39a_mattermost_id', 'none', false, 'https://developers.mattermost.com/integrate/reference/server/server-reference/ (user/channel/post ids, 26 chars)',
    (r) => r.str(MM_ALPHA, 26));
  // Zulip API key: 32 alphanumerics, shown under Personal settings > Account & privacy, stored in zuliprc
  plain('b39a_zulip_api_key', 'zulip', AL.b62, 32, 'https://zulip.com/api/api-keys (32-character API key in zuliprc)');
  // Rocket.Chat personal access tokens are Meteor Random.secret(): 43 chars of [A-Za-z0-9_-]; user ids are Random.id(): 17 chars
  def('b39a_rocketchat_pat', 'rocketchat', true, 'https://docs.rocket.chat/docs/manage-personal-access-tokens (X-Auth-Token, Meteor Random.secret(), 43 chars)',
    (r) => r.str(AL.b64url, 43));
  def('b39a_rocketchat_user_id', 'none', false, 'https://developer.rocket.chat/apidocs/introduction-to-rocketchat-apis (X-User-Id, Meteor Random.id(), 17 chars; an identifier)',
    (r) => r.str('23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz', 17));
  // Webex bot access token as shown once on bot creation: 64 alphanumerics, _, a 4-char cluster tag, _, the org UUID
  def('b39a_webex_bot_token', 'webex', true, 'https://developer.webex.com/docs/bots (bot access token; shape modeled on tokens the portal issues)',
    (r) => `${r.str(AL.b62, 64)}_${r.pick(['PF84', 'P0A1', 'PE93'])}_${uuid(r)}`);
  // Twitch OAuth user access tokens and client secrets: 30 lowercase alphanumerics (IRC bots send "PASS oauth:<token>")
  plain('b39a_twitch_oauth_token', 'twitch', AL.lowerAlnum, 30, 'https://dev.twitch.tv/docs/authentication/ (30-char access tokens; IRC uses oauth:<token>)');
  plain('b39a_twitch_client_secret', 'twitch', AL.lowerAlnum, 30, 'https://dev.twitch.tv/docs/authentication/register-app/ (client secret, 30 chars)');
  // Webhook URLs that carry their own secret
  def('b39a_zapier_webhook', 'zapier', true, 'https://help.zapier.com/hc/en-us/articles/8496288690317 (Catch Hook URL: /hooks/catch/<account id>/<hook key>/)',
    (r) => `https://hooks.zapier.com/hooks/catch/${r.digits(r.range(7, 8))}/${r.str(AL.lowerAlnum, 7)}/`);

  // ---------------------------------------------------------------------------------------------
  // Project tracking, support desks
  // ---------------------------------------------------------------------------------------------
  def('b39a_clickup_pat', 'clickup', true, 'https://clickup.com/api/developer-portal/authentication/ (personal token: pk_<user id>_<32 uppercase alphanumerics>)',
    (r) => `pk_${r.digits(r.range(6, 9))}_${r.str(AL.upperAlnum, 32)}`);
  // Trello user tokens issued since 2023 start with ATTA: ATTA + 64 hex + 8 uppercase hex (checksum-like suffix)
  def('b39a_trello_token', 'trello', true, 'https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/ (user token; ATTA-prefixed shape as issued)',
    (r) => `ATTA${r.hex(64)}${r.str(AL.HEX, 8)}`);
  def('b39a_trello_api_key', 'trello', false, 'https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/ (API key identifies the Power-Up and is meant to be public)',
    (r) => r.hex(32));
  plain('b39a_todoist_token', 'todoist', AL.hex, 40, 'https://developer.todoist.com/rest/v2/#authorization (personal API token, 40 hex)');
  plain('b39a_freshdesk_api_key', 'freshdesk', AL.b62, 20, 'https://support.freshdesk.com/support/solutions/articles/215517 (API key used as basic-auth user, 20 chars)');

  // ---------------------------------------------------------------------------------------------
  // Developer platforms, CI/CD, registries
  // ---------------------------------------------------------------------------------------------
  def('b39a_sourcegraph_token', 'sourcegraph', true, 'https://sourcegraph.com/docs/cli/how-tos/revoking_an_access_token (tokens start with sgp_; sgp_<instance id>_<40 hex>)',
    (r) => `sgp_${r.hex(16)}_${r.hex(40)}`);
  def('b39a_harness_pat', 'harness', true, 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/ (pat.<account id>.<token id>.<secret>)',
    (r) => `pat.${r.str(AL.b62 + '-_', 22)}.${r.hex(24)}.${r.str(AL.b62, 20)}`);
  def('b39a_octopus_api_key', 'octopus', true, 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key (API- + uppercase alphanumerics, as the portal issues them)',
    (r) => `API-${r.str(AL.upperAlnum, 27)}`);
  plain('b39a_harbor_robot_secret', 'harbor', AL.b62, 32, 'https://goharbor.io/docs/main/working-with-projects/project-configuration/create-robot-accounts/ (robot$ account secret, 32 chars)');
  plain('b39a_quay_robot_token', 'quay', AL.upperAlnum, 64, 'https://docs.projectquay.io/use_quay.html#allow-robot-access-user-repo (robot account token, 64 uppercase alphanumerics)');
  plain('b39a_cloudsmith_api_key', 'cloudsmith', AL.hex, 40, 'https://help.cloudsmith.io/docs/api-key (40 hex API key)');
  plain('b39a_gitea_token', 'gitea', AL.hex, 40, 'https://docs.gitea.com/development/api-usage (access token: 40 hex, the "sha1" field)');
  plain('b39a_drone_token', 'drone', AL.b62, 32, 'https://docs.drone.io/cli/setup/ (DRONE_TOKEN from the user settings page, 32 chars)');
  // Infisical service token v2: st.<token id>.<secret>.<encryption key>
  def('b39a_infisical_service_token', 'infisical', true, 'https://infisical.com/docs/documentation/platform/token (service token st.<id>.<secret>.<key>)',
    (r) => `st.${r.hex(24)}.${r.hex(32)}.${r.hex(32)}`);
  // Bitwarden Secrets Manager access token: 0.<client id uuid>.<client secret>:<base64 16-byte encryption key>
  def('b39a_bitwarden_sm_token', 'bitwarden', true, 'https://bitwarden.com/help/access-tokens/ and https://bitwarden.com/help/secret-decryption/ (version.client_id.client_secret:encryption_key)',
    (r) => `0.${uuid(r)}.${r.str(AL.b62, 30)}:${b64(r.bytes(16))}`);
  plain('b39a_keycloak_client_secret', 'keycloak', AL.b62, 32, 'https://www.keycloak.org/docs/latest/server_admin/#_client-credentials (generated client secret, 32 chars)');
  plain('b39a_meilisearch_master_key', 'meilisearch', AL.b64url, 32, 'https://www.meilisearch.com/docs/learn/security/basic_security (master key, >=16 bytes; modeled on a generated 32-char key)');

  // ---------------------------------------------------------------------------------------------
  // Messaging / email / telephony
  // ---------------------------------------------------------------------------------------------
  def('b39a_mailersend_token', 'mailersend', true, 'https://www.mailersend.com/help/managing-api-tokens (mlsn. + 64 hex)', (r) => `mlsn.${r.hex(64)}`);
  def('b39a_telnyx_api_key', 'telnyx', true, 'https://developers.telnyx.com/development/api-fundamentals/create-api-keys (KEY-prefixed v2 keys, shape as the portal issues them)',
    (r) => `KEY${r.str(AL.HEX, 32)}_${r.str(AL.b62, 22)}`);
  def('b39a_infobip_api_key', 'infobip', true, 'https://www.infobip.com/docs/essentials/api-essentials/api-authentication (Authorization: App <32 hex>-<uuid>)',
    (r) => `${r.hex(32)}-${uuid(r)}`);
  plain('b39a_messagebird_key', 'messagebird', AL.b62, 25, 'https://developers.messagebird.com/api/#authentication (AccessKey, 25 chars)');
  // Ably API key: <app id>.<key id>:<key secret>
  def('b39a_ably_api_key', 'ably', true, 'https://ably.com/docs/auth/basic (API key = appId.keyId:keySecret)',
    (r) => `${r.str(AL.b62, 6)}.${r.str(AL.b62 + '-_', 6)}:${r.str(AL.b64url, 43)}`);

  // ---------------------------------------------------------------------------------------------
  // Commerce, travel, mail
  // ---------------------------------------------------------------------------------------------
  def('b39a_klaviyo_private_key', 'klaviyo', true, 'https://developers.klaviyo.com/en/docs/authenticate_ (private API key pk_ + 34 chars)', (r) => `pk_${r.hex(34)}`);
  // WooCommerce REST API keys: consumer key ck_ + 40 hex and consumer secret cs_ + 40 hex (both needed; generated together)
  def('b39a_woocommerce_consumer_key', 'woocommerce', true, 'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication (ck_ consumer key)', (r) => `ck_${r.hex(40)}`);
  def('b39a_woocommerce_consumer_secret', 'woocommerce', true, 'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication (cs_ consumer secret)', (r) => `cs_${r.hex(40)}`);
  def('b39a_duffel_token', 'duffel', true, 'https://duffel.com/docs/api/overview/making-requests/authentication (duffel_live_ / duffel_test_ access tokens)',
    (r) => `duffel_live_${r.str(AL.b64url, 43)}`);
  def('b39a_lob_api_key', 'lob', true, 'https://docs.lob.com/#tag/Authentication (secret keys live_/test_ + 35 hex)', (r) => `live_${r.hex(35)}`);
  def('b39a_lob_publishable_key', 'lob', false, 'https://docs.lob.com/#tag/Authentication (publishable keys live_pub_ are for front-end address autocompletion)',
    (r) => `live_pub_${r.hex(31)}`);

  // ---------------------------------------------------------------------------------------------
  // Feature flags, observability, AI
  // ---------------------------------------------------------------------------------------------
  def('b39a_langfuse_secret_key', 'langfuse', true, 'https://langfuse.com/docs/get-started (LANGFUSE_SECRET_KEY sk-lf-<uuid>)', (r) => `sk-lf-${uuid(r)}`);
  def('b39a_langfuse_public_key', 'langfuse', false, 'https://langfuse.com/docs/get-started (LANGFUSE_PUBLIC_KEY pk-lf-<uuid>, used as basic-auth user; not secret alone)',
    (r) => `pk-lf-${uuid(r)}`);
  def('b39a_flagsmith_server_key', 'flagsmith', true, 'https://docs.flagsmith.com/clients/server-side (server-side environment keys start with ser.)',
    (r) => `ser.${r.str(AL.b62, 22)}`);
  def('b39a_flagsmith_client_key', 'flagsmith', false, 'https://docs.flagsmith.com/clients/javascript (client-side environment key, public)', (r) => r.str(AL.b62, 22));
  def('b39a_statsig_server_secret', 'statsig', true, 'https://docs.statsig.com/sdk-keys/api-keys (server secret keys secret-...)', (r) => `secret-${r.str(AL.b62, 43)}`);
  def('b39a_statsig_client_key', 'statsig', false, 'https://docs.statsig.com/sdk-keys/api-keys (client-... keys ship to browsers)', (r) => `client-${r.str(AL.b62, 43)}`);
  def('b39a_sumologic_access_id', 'sumologic', false, 'https://help.sumologic.com/docs/manage/security/access-keys/ (access ID: su + 12 chars, the identifier half)',
    (r) => `su${r.str(AL.b62, 12)}`);
  plain('b39a_sumologic_access_key', 'sumologic', AL.b62, 64, 'https://help.sumologic.com/docs/manage/security/access-keys/ (access key, 64 chars)');
  def('b39a_cerebras_api_key', 'cerebras', true, 'https://inference-docs.cerebras.ai/quickstart (CEREBRAS_API_KEY csk-...)', (r) => `csk-${r.str(AL.lowerAlnum, 48)}`);
  def('b39a_fireworks_api_key', 'fireworks', true, 'https://docs.fireworks.ai/api-reference/introduction (FIREWORKS_API_KEY fw_...)', (r) => `fw_${r.str(AL.b62, 24)}`);
  def('b39a_voyage_api_key', 'voyage', true, 'https://docs.voyageai.com/docs/api-key-and-installation (VOYAGE_API_KEY pa-...)', (r) => `pa-${r.str(AL.b64url, 43)}`);

  // ---------------------------------------------------------------------------------------------
  // Non-secret high-entropy values used as hard negatives
  // ---------------------------------------------------------------------------------------------
  // RSA-2048 signature bytes in base64 (DKIM b=, ARC-Message-Signature), 344 chars
  def('b39a_rsa_sig_b64', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc6376#section-3.5 (DKIM b= signature, base64)', (r) => b64(r.bytes(256)));
  // DKIM bh= body hash: base64 SHA-256
  def('b39a_body_hash_b64', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc6376#section-3.7 (bh= body hash)', (r) => b64(r.bytes(32)));
  // GitHub GraphQL global node ids (e.g. IC_kwDO...) as seen in REST payloads
  def('b39a_github_node_id', 'none', false, 'https://docs.github.com/en/graphql/guides/using-global-node-ids', (r) => `IC_kwDO${r.str(AL.b62 + '-_', 20)}`);
  // Slack file / user / team identifiers
  def('b39a_slack_id', 'none', false, 'https://api.slack.com/types (U/F/C/T ids)', (r) => `${r.pick(['U0', 'F0', 'C0'])}${r.str(AL.upperAlnum, 9)}`);
  // Kubernetes resourceVersion / uid are uuids; container ids are 64 hex
  def('b39a_container_id', 'none', false, 'https://docs.docker.com/reference/cli/docker/inspect/ (64-hex container id)', (r) => r.hex(64));
  // Terraform state lineage, request ids and other opaque ids
  def('b39a_request_id', 'none', false, 'n/a: opaque request/correlation id (26 chars, ULID-like)', (r) => `01${r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`);
};
