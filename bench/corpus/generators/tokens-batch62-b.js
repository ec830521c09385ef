'use strict';
/** Generators added with batch62-b: each with the URL of the documentation it follows. */
const { AL, b64, b64url } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // AWS IAM Identity Center (SSO) token cache, ~/.aws/sso/cache/<sha1>.json, written by `aws sso login`:
  // accessToken (aoa...), refreshToken (aor...), and the registered client's clientId / clientSecret
  // ---------------------------------------------------------------------------------------------
  const SSO_DOC = 'https://docs.aws.amazon.com/singlesignon/latest/OIDCAPIReference/API_CreateToken.html (CreateToken returns accessToken and refreshToken, opaque strings the CLI caches in ~/.aws/sso/cache; cached values read aoa/aor + base64 body + ":" + base64 DER ECDSA signature)';
  const ssoTok = (prefix) => (r) => `${prefix}AAAAAG${r.str(AL.b64, r.range(300, 340))}:MGUCMQ${r.str(AL.b64, 90)}`;
  def('b62b_aws_sso_access_token', 'aws', true, `${SSO_DOC}; the access token is exchanged for role credentials with sso:GetRoleCredentials`, ssoTok('aoa'));
  def('b62b_aws_sso_refresh_token', 'aws', true, `${SSO_DOC}; the refresh token mints new access tokens for up to the session duration`, ssoTok('aor'));
  const REG_DOC = 'https://docs.aws.amazon.com/singlesignon/latest/OIDCAPIReference/API_RegisterClient.html (RegisterClient returns clientId, an identifier, and clientSecret, a signed blob used with the refresh token at CreateToken)';
  def('b62b_aws_sso_client_id', 'none', false, `${REG_DOC}; the client id identifies the registration`,
    (r) => `${r.str(AL.b64url, 22)}${b64url(r.pick(['us-east-1', 'eu-west-1', 'us-west-2', 'eu-central-1']))}`);
  def('b62b_aws_sso_client_secret', 'aws', true, REG_DOC, (r) => {
    const h = b64url(JSON.stringify({ kid: `key-${r.digits(10)}`, alg: 'HS384' }));
    const p = b64url(JSON.stringify({ serialized: b64(r.bytes(180)) }));
    return `${h}.${p}.${r.str(AL.b64url, 64)}`;
  });

  // ---------------------------------------------------------------------------------------------
  // 1Password CLI 1: `eval $(op signin my)` exports OP_SESSION_<shorthand>, a 43-character session token
  // ---------------------------------------------------------------------------------------------
  def('b62b_op_session_token', '1password', true, 'https://developer.1password.com/docs/cli/v1/get-started (op signin prints export OP_SESSION_<shorthand>="<token>"; a 43-character base64url session token valid 30 minutes of inactivity)',
    (r) => r.str(AL.b64url, 43));

  // ---------------------------------------------------------------------------------------------
  // GitLab OAuth access and refresh tokens (glab auth login --web stores them in ~/.config/glab-cli/config.yml)
  // ---------------------------------------------------------------------------------------------
  const GL_OAUTH_DOC = 'https://docs.gitlab.com/ee/api/oauth2.html (token response example: "access_token": "de6780bc506a0446309bd9362820ba8aed28aa506c71eedbe1c5c4f9dd350e54", refresh_token likewise 64 hex)';
  plain('b62b_gitlab_oauth_access_token', 'gitlab', AL.hex, 64, GL_OAUTH_DOC);
  plain('b62b_gitlab_oauth_refresh_token', 'gitlab', AL.hex, 64, GL_OAUTH_DOC);

  // ---------------------------------------------------------------------------------------------
  // Cloudflare: scannable account API tokens and global API keys (cfat_/cfk_ + 40 chars + checksum),
  // and the OAuth access/refresh tokens wrangler login keeps in ~/.wrangler/config/default.toml
  // ---------------------------------------------------------------------------------------------
  const CF_FMT_DOC = 'https://developers.cloudflare.com/fundamentals/api/get-started/token-formats (cfk_, cfut_, cfat_ followed by 40 characters and a checksum)';
  def('b62b_cloudflare_account_token', 'cloudflare', true, CF_FMT_DOC, (r) => `cfat_${r.str(AL.b62, 40)}${r.hex(8)}`);
  def('b62b_cloudflare_global_key', 'cloudflare', true, CF_FMT_DOC, (r) => `cfk_${r.str(AL.b62, 40)}${r.hex(8)}`);
  const WR_DOC = 'https://developers.cloudflare.com/workers/wrangler/commands/#login (wrangler login runs OAuth against dash.cloudflare.com/oauth2/*, an Ory Hydra server, and stores oauth_token, refresh_token, expiration_time and scopes; Hydra opaque tokens are two base64url parts joined by ".")';
  const hydra = (r) => `${r.str(AL.b64url, 43)}.${r.str(AL.b64url, 43)}`;
  def('b62b_wrangler_oauth_token', 'cloudflare', true, WR_DOC, hydra);
  def('b62b_wrangler_refresh_token', 'cloudflare', true, WR_DOC, hydra);

  // ---------------------------------------------------------------------------------------------
  // ngrok API key (api_key in ngrok.yml, Authorization: Bearer for api.ngrok.com), shaped like the
  // documented example: 2 + 26 base62, "_", 21 base62
  // ---------------------------------------------------------------------------------------------
  def('b62b_ngrok_api_key', 'ngrok', true, 'https://ngrok.com/docs/agent/config/v3 (v2 example: api_key: 24yRd5U3DestCQapJrrVHLOqiAC_7RviwRqpd3wc9dKLujQZN; keys from https://dashboard.ngrok.com/api-keys, shown once)',
    (r) => `2${r.str(AL.b62, 26)}_${r.str(AL.b62, 21)}`);

  // ---------------------------------------------------------------------------------------------
  // Private Packagist authentication tokens (composer auth.json http-basic for repo.packagist.com)
  // ---------------------------------------------------------------------------------------------
  def('b62b_packagist_token', 'private-packagist', true, 'https://packagist.com/docs/composer-authentication#token-format (prefix packagist_ort_/packagist_out_/packagist_uut_, 60 hex random part, 8 hex checksum)', (r, seed) => {
    const m = /^(ort|out|uut)/.exec(String(seed));
    return `packagist_${m ? m[1] : r.pick(['ort', 'out', 'uut'])}_${r.hex(60)}${r.hex(8)}`;
  });

  // ---------------------------------------------------------------------------------------------
  // Google "installed application" OAuth clients (gcloud, firebase-tools): the client secret is embedded
  // in the distributed CLI and is documented as not secret; the refresh token next to it is
  // ---------------------------------------------------------------------------------------------
  def('b62b_google_installed_client_secret', 'none', false, 'https://developers.google.com/identity/protocols/oauth2#installed (installed apps: "the client secret is obviously not treated as a secret"; legacy secrets read 24 base64url characters)',
    (r) => r.str(AL.b64url, 24));

  // ---------------------------------------------------------------------------------------------
  // Tailscale: the machine private key held in tailscaled.state ("_machinekey", base64 of privkey:<64 hex>)
  // and node public keys shown by `tailscale status --json` (nodekey:<64 hex>)
  // ---------------------------------------------------------------------------------------------
  def('b62b_tailscale_machine_key', 'tailscale', true, 'https://tailscale.com/blog/tailscale-key-management (machine key: the node\'s long-lived private key, stored in tailscaled.state as base64 of "privkey:" + 64 hex)',
    (r) => b64(`privkey:${r.hex(64)}`));
  def('b62b_tailscale_node_public_key', 'none', false, 'https://tailscale.com/kb/1080/cli#status (tailscale status --json lists PublicKey "nodekey:<64 hex>"; a public key)',
    (r) => `nodekey:${r.hex(64)}`);
};
