'use strict';
/** Generators added with batch41-c (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, der, seq, derInt, RSA_OID, uuid } = require('./lib');

// Devise.friendly_token: urlsafe base64 with l, I, O, 0 replaced by s, x, y, z (GitLab uses it for many tokens)
const FRIENDLY = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789-_';
// ULID / Crockford base32 (no I, L, O, U)
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

module.exports = function register(def, plain) {
  // ---- GitLab tokens that CI logs and issue trackers leak ----
  // CI/CD job token (CI_JOB_TOKEN, also CI_REGISTRY_PASSWORD): glcbt- + partition id in hex + _ + friendly token
  def('b41c_gitlab_job_token', 'gitlab', true, 'https://docs.gitlab.com/ee/security/tokens/#token-prefixes (CI/CD job token prefix glcbt-; format partition_hex + "_" + Devise friendly token, https://gitlab.com/gitlab-org/gitlab/-/issues/426137)',
    (r) => `glcbt-${r.pick(['64', '65', '66', '67'])}_${r.str(FRIENDLY, 20)}`);
  // Incoming email token (the part of an issue-by-email address that authenticates the user): glimt- + base36
  def('b41c_gitlab_incoming_email_token', 'gitlab', true, 'https://docs.gitlab.com/ee/security/tokens/#token-prefixes (incoming email token prefix glimt-, https://gitlab.com/gitlab-org/gitlab/-/issues/376750; body modelled on issued tokens: 25 base36 chars)',
    (r) => `glimt-${r.str(AL.lowerAlnum, 25)}`);

  // ---- browser extension stores ----
  // addons.mozilla.org API credentials: JWT issuer user:<user id>:<n> (an identifier) and a 64-hex JWT secret
  def('b41c_amo_jwt_issuer', 'mozilla', false, 'https://mozilla.github.io/addons-server/topics/api/auth.html (JWT issuer, e.g. user:543210:23; sent in every JWT, an identifier)',
    (r) => `user:${r.digits(r.pick([7, 8]))}:${r.range(1, 999)}`);
  plain('b41c_amo_jwt_secret', 'mozilla', AL.hex, 64, 'https://mozilla.github.io/addons-server/topics/api/auth.html (JWT secret from the API Credentials page; 64 hex characters)');
  // Chrome extension manifest "key": base64 of the DER SubjectPublicKeyInfo of the extension's RSA-2048 key (public)
  def('b41c_chrome_ext_public_key', 'none', false, 'https://developer.chrome.com/docs/extensions/reference/manifest/key (public key that pins the extension id: base64 SubjectPublicKeyInfo)',
    (r) => {
      const rsaPub = seq(derInt(r, 257, true), der(0x02, Buffer.from([1, 0, 1])));
      return b64(seq(RSA_OID, der(0x03, Buffer.concat([Buffer.from([0]), rsaPub]))));
    });
  // Open VSX personal access token (ovsx publish -p / OVSX_PAT)
  def('b41c_openvsx_pat', 'openvsx', true, 'https://github.com/eclipse/openvsx/wiki/Publishing-Extensions (access token from open-vsx.org/user-settings/tokens; modelled on issued tokens: a UUID)',
    (r) => uuid(r));

  // ---- cross-browser testing and e2e services ----
  plain('b41c_browserstack_access_key', 'browserstack', AL.b62, 20, 'https://www.browserstack.com/docs/iaam/security/manage-access-keys (access key sent with the username in Basic auth; modelled on issued keys: 20 alphanumerics)');
  plain('b41c_mailosaur_api_key', 'mailosaur', AL.b62, 32, 'https://mailosaur.com/docs/managing-your-account/api-keys (API key used as the Basic-auth user; modelled on issued keys: 32 alphanumerics)');
  def('b41c_mailosaur_server_id', 'mailosaur', false, 'https://mailosaur.com/docs/email-testing/sending-to-mailosaur (server id, part of every test address: 8 lowercase alphanumerics)',
    (r) => r.str(AL.lowerAlnum, 8));

  // ---- Apple / fastlane ----
  def('b41c_asc_key_id', 'apple', false, 'https://developer.apple.com/documentation/appstoreconnectapi/generating-tokens-for-api-requests (kid: the 10-character key identifier)',
    (r) => r.str(AL.upperAlnum, 10));

  // ---- HTTP session state (HTTPie sessions, HAR recordings, Playwright storage state) ----
  // Django session key: get_random_string(32, lowercase letters + digits)
  def('b41c_django_sessionid', 'django', true, 'https://docs.djangoproject.com/en/5.0/topics/http/sessions/ (session key: 32 chars of lowercase letters and digits, django.contrib.sessions.backends.base VALID_KEY_CHARS)',
    (r) => r.str(AL.lowerAlnum, 32));
  // Rails encrypted session cookie (AES-256-GCM): base64(data)--base64(iv)--base64(auth_tag), URL-escaped in the Cookie header
  def('b41c_rails_session_cookie', 'rails', true, 'https://guides.rubyonrails.org/security.html#session-storage (CookieStore: encrypted, authenticated cookie; ActiveSupport::MessageEncryptor format data--iv--auth_tag)',
    (r) => `${b64(r.bytes(r.pick([96, 108, 120])))}--${b64(r.bytes(12))}--${b64(r.bytes(16))}`.replace(/=/g, '%3D').replace(/\+/g, '%2B').replace(/\//g, '%2F'));

  // ---- Postman ----
  // Collection access key (read-only share link for a private collection): PMAT- + ULID
  def('b41c_postman_collection_access_key', 'postman', true, 'https://learning.postman.com/docs/developer/postman-api/authentication/#generate-a-collection-access-key (collection access key; modelled on issued keys: PMAT- + 26-char ULID)',
    (r) => `PMAT-01${r.str('GHJ', 1)}${r.str(CROCKFORD, 23)}`);

  // ---- read-later integrations found in desktop app state ----
  // Pocket: consumer key <digits>-<24 hex> identifies the app and is secret to it; access token is per user (UUID form)
  def('b41c_pocket_consumer_key', 'pocket', true, 'https://getpocket.com/developer/docs/authentication (consumer key, e.g. 1234-abcd1234abcd1234abcd1234; keep it private)',
    (r) => `${r.digits(6)}-${r.hex(24)}`);
  def('b41c_pocket_access_token', 'pocket', true, 'https://getpocket.com/developer/docs/authentication (user access token returned by /v3/oauth/authorize; modelled on issued tokens: UUID form)',
    (r) => uuid(r));

  // ---- support bundles ----
  // Mattermost AtRestEncryptKey / PublicLinkSalt: 32 random lowercase alphanumerics generated on first start
  plain('b41c_mattermost_at_rest_key', 'mattermost', AL.lowerAlnum, 32, 'https://docs.mattermost.com/configure/environment-configuration-settings.html#at-rest-encrypt-key (32-character key generated at install)');
};
