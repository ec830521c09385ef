'use strict';
/** Generators added with batch56-c: each with the URL of the documentation it follows. */
const { AL, b64, jwt, epoch, uuid } = require('./lib');

const CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ulid = (r) => `01${r.str(CROCK, 24)}`;

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // WorkOS: secret API keys start sk_ (sk_live_/sk_test_ by environment; production keys shown once), the
  // Client ID (client_ + ULID) is the public identifier used in AuthKit/SSO authorization URLs
  // ---------------------------------------------------------------------------------------------
  const WORKOS_DOC = 'https://workos.com/docs/reference/api-authentication (API keys are prefixed with sk_, "should be kept secure and private"; production keys viewable once)';
  def('b56c_workos_api_key', 'workos', true, `${WORKOS_DOC}; body modelled on issued keys: base64 of "key_<ULID>,<secret>" without padding`,
    (r) => `sk_${r.pick(['live', 'live', 'test'])}_${b64(`key_${ulid(r)},${r.str(AL.b62, 25)}`).replace(/=+$/, '')}`);
  def('b56c_workos_client_id', 'none', false, 'https://workos.com/docs/reference/sso/get-authorization-url (client_id: "This value can be obtained from the API Keys page"; sent in browser redirects, an identifier, client_ + ULID)',
    (r) => `client_${ulid(r)}`);

  // ---------------------------------------------------------------------------------------------
  // Loops (email): one API key per purpose, Bearer header; the documented example key is 32 hex
  // ---------------------------------------------------------------------------------------------
  plain('b56c_loops_api_key', 'loops', AL.hex, 32, 'https://loops.so/docs/api (API key as Bearer token, "should never be used client side"; example key d2d561f5... is 32 hex)');

  // ---------------------------------------------------------------------------------------------
  // Retool Workflows: webhook triggers are authenticated with X-Workflow-Api-Key: retool_wk_...
  // ---------------------------------------------------------------------------------------------
  plain('b56c_retool_workflow_key', 'retool', AL.lowerAlnum, 32, 'https://docs.retool.com/workflows/guides/webhooks (X-Workflow-Api-Key header or workflowApiKey query parameter, retool_wk_ prefix; "Do not share or publicize this information")', 'retool_wk_');

  // ---------------------------------------------------------------------------------------------
  // Trigger.dev personal access tokens (tr_pat_), used by the CLI in CI as TRIGGER_ACCESS_TOKEN
  // ---------------------------------------------------------------------------------------------
  plain('b56c_trigger_pat', 'trigger', AL.lowerAlnum, 40, 'https://trigger.dev/docs/management/authentication (Personal Access Token tr_pat_..., tied to a user account, access to all orgs and projects; body length modelled on issued tokens)', 'tr_pat_');

  // ---------------------------------------------------------------------------------------------
  // Neon: generated role passwords (npg_ + 12 alphanumerics) inside postgresql:// connection strings
  // ---------------------------------------------------------------------------------------------
  plain('b56c_neon_role_password', 'neon', AL.b62, 12, 'https://neon.com/docs/connect/connect-from-any-app (connection string postgresql://role:password@ep-...neon.tech/db; newly generated role passwords carry the npg_ prefix, 12 alphanumerics after it as issued)', 'npg_');

  // ---------------------------------------------------------------------------------------------
  // Stytch frontend SDK public token: public-token-live-<uuid>, meant for browsers
  // ---------------------------------------------------------------------------------------------
  def('b56c_stytch_public_token', 'stytch', false, 'https://stytch.com/docs/consumer-auth/build-auth/login-or-signup (public_token in NEXT_PUBLIC_STYTCH_PUBLIC_TOKEN for the frontend SDK; public-token-test-xxxxxxxx-... in the SDK README)',
    (r) => `public-token-${r.pick(['live', 'live', 'test'])}-${uuid(r)}`);

  // ---------------------------------------------------------------------------------------------
  // PostHog feature flags secure API key (server-side local evaluation), a secret project token
  // ---------------------------------------------------------------------------------------------
  def('b56c_posthog_flags_secure_key', 'posthog', true, 'https://posthog.com/docs/feature-flags/remote-config (Feature Flags Secure API Key: "a secret project specific token ... needs to be kept secret"; phs_ prefix and length modelled on issued keys)',
    (r) => `phs_${r.str(AL.b62, 43)}`);

  // ---------------------------------------------------------------------------------------------
  // Linear webhook signing secret (HMAC-SHA256 of the body, Linear-Signature header)
  // ---------------------------------------------------------------------------------------------
  plain('b56c_linear_webhook_secret', 'linear', AL.b62, 32, 'https://linear.app/developers/webhooks (signing secret shown on the webhook page, HMAC-SHA256 over the raw body in Linear-Signature; lin_wh_ prefix modelled on issued secrets)', 'lin_wh_');

  // ---------------------------------------------------------------------------------------------
  // Better Stack Uptime API token (team-scoped Bearer token, 24 alphanumerics)
  // ---------------------------------------------------------------------------------------------
  plain('b56c_betterstack_uptime_token', 'betterstack', AL.b62, 24, 'https://betterstack.com/docs/uptime/api/getting-started-with-uptime-api/ (Uptime API token sent as Authorization: Bearer; team-wide)');

  // ---------------------------------------------------------------------------------------------
  // Lemon Squeezy webhook signing secret: chosen by the merchant (6 to 40 characters), HMAC-SHA256 X-Signature
  // ---------------------------------------------------------------------------------------------
  plain('b56c_lemonsqueezy_signing_secret', 'lemonsqueezy', AL.b62, 32, 'https://docs.lemonsqueezy.com/help/webhooks/signing-requests (signing secret, 6-40 characters, used for the X-Signature HMAC-SHA256)');

  // ---------------------------------------------------------------------------------------------
  // Stytch session token (stytch_session cookie / session_token field): a bearer credential for the user's session
  // ---------------------------------------------------------------------------------------------
  def('b56c_stytch_session_token', 'stytch', true, 'https://stytch.com/docs/api-reference/consumer/api/sessions/authenticate-session (session_token, 44 base64url characters as in the documented example mZAYn5aLEqKUlZ_Ad9U_...; sent as the stytch_session cookie)',
    (r) => r.str(AL.b64url, 44));

  // ---------------------------------------------------------------------------------------------
  // Upstash Developer (management) API key: used with the account email as HTTP Basic credentials
  // ---------------------------------------------------------------------------------------------
  def('b56c_upstash_management_api_key', 'upstash', true, 'https://upstash.com/docs/devops/developer-api/authentication (Developer API key created in the console; HTTP Basic auth with EMAIL:API_KEY; issued in UUID form)',
    (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Vercel OIDC token written by `vercel env pull` into .env.local (VERCEL_OIDC_TOKEN), an RS256 JWT
  // that federates into AWS/GCP roles; short-lived (12 h) but usable while valid
  // ---------------------------------------------------------------------------------------------
  def('b56c_vercel_oidc_token', 'vercel', true, 'https://vercel.com/docs/oidc (VERCEL_OIDC_TOKEN: an RS256-signed JWT issued by https://oidc.vercel.com/<team>, pulled into .env.local for local development)',
    (r) => {
      const team = r.pick(['quillstack', 'tallyhive', 'driftlane']);
      const iat = epoch(r);
      return jwt(r, { alg: 'RS256', typ: 'JWT', kid: `mrk-${r.hex(32)}` }, {
        iss: `https://oidc.vercel.com/${team}`, sub: `owner:${team}:project:web:environment:development`, scope: `owner:${team}:project:web:environment:development`,
        aud: `https://vercel.com/${team}`, owner: team, owner_id: `team_${r.str(AL.b62, 24)}`, project: 'web', project_id: `prj_${r.str(AL.b62, 28)}`,
        environment: 'development', user_id: r.str(AL.b62, 24), nbf: iat, iat, exp: iat + 43200,
      }, 256);
    });
};
