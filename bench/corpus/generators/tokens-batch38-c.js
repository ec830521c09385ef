'use strict';
/** Generators added with the 2026-12 fresh batch of corpus files (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---- secrets ----
  // 1Password service account tokens: "ops_" + unpadded base64 of a JSON credential bundle (sign-in address,
  // SRP parameters, the account unlock key and the Secret Key), which 1Password generates for the account.
  def('onepassword_sa_token', '1password', true, 'https://developer.1password.com/docs/service-accounts/security/', (r) => {
    const bundle = {
      signInAddress: r.pick(['my.1password.com', 'my.1password.eu', 'acme-team.1password.com']),
      userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: b64url(r.bytes(16)) },
      email: `${r.str(AL.lowerAlnum, 13)}@1passwordserviceaccounts.com`,
      srpX: r.hex(64),
      muk: { alg: 'A256GCM', ext: false, k: b64url(r.bytes(32)), key_ops: ['decrypt', 'encrypt'], kty: 'oct', kid: 'mp' },
      secretKey: `A3-${r.str(AL.upperAlnum, 6)}-${r.str(AL.upperAlnum, 6)}-${[0, 1, 2, 3, 4].map(() => r.str(AL.upperAlnum, 5)).join('-')}`,
      throttleSecret: { seed: r.hex(64), uuid: r.str(AL.upperAlnum, 26) },
      deviceUuid: r.str(AL.lowerAlnum, 26),
    };
    return `ops_${b64(JSON.stringify(bundle)).replace(/=+$/, '')}`;
  });
  // Tailscale: every key carries "tskey-<type>-", then a key id ending in CNTRL and the secret part
  const TS_DOC = 'https://tailscale.com/kb/1277/key-prefixes';
  def('tailscale_api_key', 'tailscale', true, TS_DOC, (r) => `tskey-api-k${r.str(AL.b62, 11)}CNTRL-${r.str(AL.b62, 33)}`);
  def('tailscale_oauth_secret', 'tailscale', true, TS_DOC, (r) => `tskey-client-k${r.str(AL.b62, 11)}CNTRL-${r.str(AL.b62, 33)}`);
  def('render_api_key', 'render', true, 'https://render.com/docs/api#1-create-an-api-key (keys shown once, rnd_ prefix)', (r) => `rnd_${r.str(AL.b62, 28)}`);
  def('railway_api_token', 'railway', true, 'https://docs.railway.com/guides/public-api#creating-a-token (account/team/project tokens are UUIDs)', (r) => uuid(r));
  // Jira / Confluence Data Center PATs: 44 base64 chars = base64("<12-digit token id>:" + 20 random bytes)
  def('jira_dc_pat', 'atlassian', true, 'https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html',
    (r) => b64(Buffer.concat([Buffer.from(`${r.digits(12)}:`), r.bytes(20)])));
  def('opsgenie_api_key', 'opsgenie', true, 'https://support.atlassian.com/opsgenie/docs/api-key-management/ (GenieKey, a UUID)', (r) => uuid(r));
  def('posthog_personal_api_key', 'posthog', true, 'https://posthog.com/docs/api#private-endpoint-authentication (phx_ personal API keys)', (r) => `phx_${r.str(AL.b62, 47)}`);
  def('slack_signing_secret', 'slack', true, 'https://api.slack.com/authentication/verifying-requests-from-slack (32 hex signing secret)', (r) => r.hex(32));
  // cloudflared remote-tunnel token: base64 of {"a": account tag, "t": tunnel id, "s": tunnel secret}
  def('cloudflare_tunnel_token', 'cloudflare', true, 'https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/get-started/create-remote-tunnel/',
    (r) => b64(JSON.stringify({ a: r.hex(32), t: uuid(r), s: b64(r.bytes(32)) })));
  def('saucelabs_access_key', 'saucelabs', true, 'https://docs.saucelabs.com/basics/environment-variables/ (SAUCE_ACCESS_KEY, a UUID)', (r) => uuid(r));

  // ---- not secrets (hard negatives) ----
  def('firebase_web_api_key', 'firebase', false, 'https://firebase.google.com/docs/projects/api-keys (Firebase API keys identify the project; not secret)',
    (r) => `AIza${r.str(AL.b62 + '-_', 35)}`);
  def('posthog_project_key', 'posthog', false, 'https://posthog.com/docs/api#public-endpoint-authentication (phc_ project keys ship to browsers)', (r) => `phc_${r.str(AL.b62, 43)}`);
  def('datadog_client_token', 'datadog', false, 'https://docs.datadoghq.com/account_management/api-app-keys/#client-tokens (pub... RUM/browser tokens are public)', (r) => `pub${r.hex(32)}`);
  def('w3c_traceparent', 'none', false, 'https://www.w3.org/TR/trace-context/#traceparent-header', (r) => `00-${r.hex(32)}-${r.hex(16)}-01`);
  def('stripe_request_id', 'none', false, 'https://docs.stripe.com/api/request_ids', (r) => `req_${r.str(AL.b62, 14)}`);
  def('django_pbkdf2_hash', 'none', false, 'https://docs.djangoproject.com/en/stable/topics/auth/passwords/#how-django-stores-passwords',
    (r) => `pbkdf2_sha256$720000$${r.str(AL.b62, 22)}$${b64(r.bytes(32))}`);
};
