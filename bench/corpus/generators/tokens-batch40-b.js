'use strict';
/** Generators added with the third blind batch (batch40-b, see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, uuid, jwt, epoch, bech32, to5bit } = require('./lib');

// Crockford base32 (lower case), as used in the ULIDs Paddle embeds in its ids and keys
const CROCK = '0123456789abcdefghjkmnpqrstvwxyz';
const ulid = (r) => `01${r.str(CROCK, 24)}`;

module.exports = function register(def, plain) {
  // ---- payments ----------------------------------------------------------------------------
  const PADDLE_AUTH = 'https://developer.paddle.com/api-reference/about/authentication (pdl_live_apikey_ + 26-char ULID + _ + 22 base62 + _ + 3 chars)';
  def('b40b_paddle_api_key', 'paddle', true, PADDLE_AUTH,
    (r) => `pdl_${r.pick(['live', 'live', 'sdbx'])}_apikey_${ulid(r)}_${r.str(AL.b62, 22)}_${r.str(AL.b62, 3)}`);
  def('b40b_paddle_webhook_secret', 'paddle', true, 'https://developer.paddle.com/webhooks/signature-verification (notification destination secret key, pdl_ntfset_ + ULID + _ + 32 base62)',
    (r) => `pdl_ntfset_${ulid(r)}_${r.str(AL.b62, 32)}`);
  def('b40b_paddle_client_token', 'paddle', false, 'https://developer.paddle.com/paddle-js/about/client-side-tokens (client-side token live_ + 27 hex, public by design for Paddle.js)',
    (r) => `live_${r.hex(27)}`);
  def('b40b_xendit_secret_key', 'xendit', true, 'https://docs.xendit.co/api-reference/#authentication (secret API key xnd_production_/xnd_development_ + base64 body)',
    (r) => `xnd_production_${b64(r.bytes(43))}`);
  def('b40b_midtrans_server_key', 'midtrans', true, 'https://docs.midtrans.com/docs/access-keys (server key Mid-server- + 24 alphanumerics)',
    (r) => `Mid-server-${r.str(AL.b62, 24)}`);
  def('b40b_midtrans_client_key', 'midtrans', false, 'https://docs.midtrans.com/docs/access-keys (client key Mid-client- + 16 alphanumerics, used in Snap.js, public)',
    (r) => `Mid-client-${r.str(AL.b62, 16)}`);
  def('b40b_polar_access_token', 'polar', true, 'https://polar.sh/docs/integrate/oat (organization access token, polar_oat_ prefix; body modeled on issued tokens, 43 base62)',
    (r) => `polar_oat_${r.str(AL.b62, 43)}`);
  def('b40b_stripe_sig_header', 'none', false, 'https://docs.stripe.com/webhooks#verify-manually (Stripe-Signature header t=timestamp,v1=HMAC-SHA256 hex: a signature, not a key)',
    (r) => `t=${epoch(r)},v1=${r.hex(64)}`);

  // ---- AI / LLM tooling ---------------------------------------------------------------------
  def('b40b_tavily_api_key', 'tavily', true, 'https://docs.tavily.com/guides/quickstart (keys start with tvly-, newer ones tvly-dev-/tvly-prod-; 32 alphanumerics)',
    (r) => `tvly-${r.pick(['', 'dev-', 'prod-'])}${r.str(AL.b62, 32)}`);
  def('b40b_firecrawl_api_key', 'firecrawl', true, 'https://docs.firecrawl.dev/api-reference/v2-introduction (Bearer fc-... API key; fc- + 32 hex as issued)',
    (r) => `fc-${r.hex(32)}`);
  def('b40b_e2b_api_key', 'e2b', true, 'https://e2b.dev/docs/api-key (E2B_API_KEY, e2b_ + 40 hex)', (r) => `e2b_${r.hex(40)}`);
  def('b40b_llamacloud_api_key', 'llamaindex', true, 'https://docs.cloud.llamaindex.ai/api_key (LLAMA_CLOUD_API_KEY, llx- + 48 alphanumerics)',
    (r) => `llx-${r.str(AL.b62, 48)}`);
  def('b40b_fal_key', 'fal', true, 'https://docs.fal.ai/authentication/key-based (FAL_KEY = key id (UUID) + ":" + 32-hex secret)',
    (r) => `${uuid(r)}:${r.hex(32)}`);
  def('b40b_stability_api_key', 'stability', true, 'https://platform.stability.ai/docs/getting-started/authentication (sk- + 48 alphanumerics, modeled on issued keys)',
    (r) => `sk-${r.str(AL.b62, 48)}`);
  def('b40b_browserbase_api_key', 'browserbase', true, 'https://docs.browserbase.com/introduction/getting-started (BROWSERBASE_API_KEY bb_live_ + 27 base64url, modeled on issued keys)',
    (r) => `bb_live_${r.str(AL.b64url, 27)}`);
  def('b40b_helicone_api_key', 'helicone', true, 'https://docs.helicone.ai/helicone-headers/helicone-auth (Helicone-Auth: Bearer sk-helicone-...; four dash-separated 7-char groups as issued)',
    (r) => `sk-helicone-${[0, 1, 2, 3].map(() => r.str(AL.lowerAlnum, 7)).join('-')}`);
  def('b40b_jina_api_key', 'jina', true, 'https://jina.ai/api-dashboard (jina_ + 32 hex + 28 alphanumerics, modeled on issued keys)',
    (r) => `jina_${r.hex(32)}${r.str(AL.b62, 28)}`);
  def('b40b_exa_api_key', 'exa', true, 'https://docs.exa.ai/reference/getting-started (x-api-key, a UUID as issued by the dashboard)', (r) => uuid(r));

  // ---- app platforms, BaaS, storage ---------------------------------------------------------
  def('b40b_vercel_blob_token', 'vercel', true, 'https://vercel.com/docs/vercel-blob/using-blob-sdk (BLOB_READ_WRITE_TOKEN vercel_blob_rw_ + 16-char store id + _ + 30 base62)',
    (r) => `vercel_blob_rw_${r.str(AL.b62, 16)}_${r.str(AL.b62, 30)}`);
  def('b40b_r2_access_key_id', 'cloudflare', false, 'https://developers.cloudflare.com/r2/api/tokens/ (S3 access key id = 32 hex; an identifier)', (r) => r.hex(32));
  def('b40b_r2_secret_access_key', 'cloudflare', true, 'https://developers.cloudflare.com/r2/api/tokens/ (S3 secret access key = SHA-256 hex of the token value, 64 hex)', (r) => r.hex(64));
  def('b40b_appwrite_api_key', 'appwrite', true, 'https://appwrite.io/docs/advanced/security/api-keys (X-Appwrite-Key, standard_ + 256 hex)',
    (r) => `standard_${r.hex(256)}`);
  def('b40b_xata_api_key', 'xata', true, 'https://xata.io/docs/getting-started/api-keys (xau_ prefix, body modeled on issued keys)', (r) => `xau_${r.str(AL.b62, 40)}`);
  def('b40b_turso_auth_token', 'turso', true, 'https://docs.turso.tech/sdk/authentication (database auth token: an EdDSA-signed JWT)',
    (r) => jwt(r, { alg: 'EdDSA', typ: 'JWT' }, { a: 'rw', iat: epoch(r), id: uuid(r) }, 64));
  const CONVEX_NAMES = ['qualified-jaguar', 'brave-otter', 'tidy-pelican', 'merry-hedgehog', 'fleet-ibis'];
  def('b40b_convex_deploy_key', 'convex', true, 'https://docs.convex.dev/production/hosting/vercel (CONVEX_DEPLOY_KEY prod:<deployment>|<base64url key>)',
    (r) => `prod:${r.pick(CONVEX_NAMES)}-${r.range(100, 999)}|${b64url(JSON.stringify({ v2: r.hex(64) }))}`);
  def('b40b_sanity_token', 'sanity', true, 'https://www.sanity.io/docs/http-auth (API tokens start with sk; 180 alphanumerics as issued)', (r) => `sk${r.str(AL.b62, 180)}`);
  def('b40b_datocms_token', 'datocms', true, 'https://www.datocms.com/docs/content-management-api/authentication (API token, 30 hex as issued)', (r) => r.hex(30));
  def('b40b_liveblocks_secret_key', 'liveblocks', true, 'https://liveblocks.io/docs/authentication (secret key sk_prod_/sk_dev_ + 64 base64url)',
    (r) => `sk_${r.pick(['prod', 'prod', 'dev'])}_${r.str(AL.b64url, 64)}`);
  def('b40b_liveblocks_public_key', 'liveblocks', false, 'https://liveblocks.io/docs/authentication (public key pk_prod_ + 64 base64url, for the browser)',
    (r) => `pk_prod_${r.str(AL.b64url, 64)}`);
  def('b40b_uploadthing_token', 'uploadthing', true, 'https://docs.uploadthing.com/getting-started/appdir (UPLOADTHING_TOKEN: base64 JSON holding apiKey sk_live_..., appId, regions)',
    (r) => b64(JSON.stringify({ apiKey: `sk_live_${r.hex(64)}`, appId: r.str(AL.lowerAlnum, 10), regions: ['sea1'] })));
  def('b40b_clerk_publishable_key', 'clerk', false, 'https://clerk.com/docs/deployments/overview (publishable key pk_live_ + base64 of the Frontend API host + "$"; public)',
    (r) => `pk_live_${b64(`clerk.${r.pick(['shopfront', 'northwind', 'acmeapp', 'tripwise'])}.${r.pick(['com', 'io', 'app'])}$`).replace(/=+$/, '')}`);
  def('b40b_stytch_secret', 'stytch', true, 'https://stytch.com/docs/api (project secret secret-live-/secret-test- + 36 base64url, modeled on issued secrets)',
    (r) => `secret-${r.pick(['live', 'live', 'test'])}-${r.str(AL.b64url, 36)}`);
  def('b40b_stytch_project_id', 'stytch', false, 'https://stytch.com/docs/api (project id project-live-<uuid>; an identifier)', (r) => `project-live-${uuid(r)}`);
  def('b40b_firebase_app_id', 'none', false, 'https://firebase.google.com/docs/projects/learn-more#config-files-objects (mobilesdk_app_id 1:<project number>:<android|ios|web, from the seed>:<16 hex>; public)',
    (r, seed) => `1:${r.digits(12)}:${/ios/.test(seed) ? 'ios' : /web/.test(seed) ? 'web' : 'android'}:${r.hex(16)}`);
  def('b40b_google_ios_reversed_client_id', 'none', false, 'https://developers.google.com/identity/sign-in/ios/start-integrating (REVERSED_CLIENT_ID URL scheme; public)',
    (r) => `com.googleusercontent.apps.${r.digits(12)}-${r.str(AL.lowerAlnum, 32)}`);
  def('b40b_algolia_app_id', 'none', false, 'https://www.algolia.com/doc/guides/security/api-keys/ (application id, 10 upper-case alphanumerics; public)', (r) => r.str(AL.upperAlnum, 10));
  def('b40b_shopify_storefront_token', 'shopify', false, 'https://shopify.dev/docs/api/usage/authentication#getting-started-with-public-access (public Storefront API token, 32 hex, meant for the browser)',
    (r) => r.hex(32));
  def('b40b_expo_push_token', 'none', false, 'https://docs.expo.dev/push-notifications/sending-notifications/ (ExponentPushToken[...] device address, not a credential)',
    (r) => `ExponentPushToken[${r.str(AL.b62, 22)}]`);
  def('b40b_age_recipient', 'none', false, 'https://age-encryption.org/v1 (X25519 recipient: bech32 with hrp "age"; a public key)',
    (r) => bech32('age', to5bit(r.bytes(32))));
  def('b40b_rails_credentials_enc', 'none', false, 'https://guides.rubyonrails.org/security.html#custom-credentials (credentials.yml.enc: base64 ciphertext--base64 iv--base64 auth tag)',
    (r) => `${b64(r.bytes(612))}--${b64(r.bytes(12))}--${b64(r.bytes(16))}`);

  // ---- messaging, email, notifications ---------------------------------------------------------
  def('b40b_courier_auth_token', 'courier', true, 'https://www.courier.com/docs/reference/auth/intro/ (auth token pk_prod_/pk_test_ + 28 upper-case alphanumerics; despite the pk_ prefix it is the secret)',
    (r) => `pk_prod_${r.str(AL.upperAlnum, 28)}`);
  def('b40b_smtp2go_api_key', 'smtp2go', true, 'https://developers.smtp2go.com/docs/getting-started (API key api- + 32 upper-case hex)', (r) => `api-${r.str(AL.HEX, 32)}`);
  def('b40b_africastalking_api_key', 'africastalking', true, 'https://developers.africastalking.com/docs/authentication (apiKey header; atsk_ + 64 hex)', (r) => `atsk_${r.hex(64)}`);
  def('b40b_mailtrap_token', 'mailtrap', true, 'https://api-docs.mailtrap.io/docs/mailtrap-api-docs/ (Api-Token, 32 hex as issued)', (r) => r.hex(32));
  def('b40b_stream_api_key', 'getstream', false, 'https://getstream.io/chat/docs/node/tokens_and_authentication/ (API key, 12 lower-case alphanumerics, shipped to clients)',
    (r) => r.str(AL.lowerAlnum, 12));
  def('b40b_stream_api_secret', 'getstream', true, 'https://getstream.io/chat/docs/node/tokens_and_authentication/ (API secret signs user tokens; 64 lower-case alphanumerics)',
    (r) => r.str(AL.lowerAlnum, 64));
  def('b40b_livekit_api_key', 'livekit', false, 'https://docs.livekit.io/home/get-started/authentication/ (API key API + 12 alphanumerics, an identifier)',
    (r) => `API${r.str(AL.b62, 12)}`);
  def('b40b_livekit_api_secret', 'livekit', true, 'https://docs.livekit.io/home/get-started/authentication/ (API secret signing access tokens, 43 alphanumerics)',
    (r) => r.str(AL.b62, 43));
  def('b40b_sendbird_api_token', 'sendbird', true, 'https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api (Api-Token header, 40 hex)', (r) => r.hex(40));
  def('b40b_daily_api_key', 'daily', true, 'https://docs.daily.co/reference/rest-api (Bearer API key, 64 hex as issued)', (r) => r.hex(64));
  def('b40b_mux_token_id', 'mux', false, 'https://docs.mux.com/core/make-api-requests (access token id, a UUID; the identifier half)', (r) => uuid(r));
  def('b40b_mux_token_secret', 'mux', true, 'https://docs.mux.com/core/make-api-requests (access token secret, 75 base64 characters as issued)',
    (r) => r.str(AL.b64, 75));
  def('b40b_customerio_site_id', 'customerio', false, 'https://customer.io/docs/api/track/#section/Authentication (site id, 20 hex; the user half of Basic auth)', (r) => r.hex(20));
  def('b40b_customerio_api_key', 'customerio', true, 'https://customer.io/docs/api/track/#section/Authentication (Track API key, 20 hex, the password half of Basic auth)', (r) => r.hex(20));
  def('b40b_customerio_app_key', 'customerio', true, 'https://customer.io/docs/api/app/#section/Authentication (App API bearer key, 32 hex)', (r) => r.hex(32));

  // ---- jobs, queues, observability, flags ---------------------------------------------------------
  def('b40b_inngest_signing_key', 'inngest', true, 'https://www.inngest.com/docs/platform/signing-keys (INNGEST_SIGNING_KEY signkey-prod- + 64 hex)',
    (r) => `signkey-${r.pick(['prod', 'prod', 'branch'])}-${r.hex(64)}`);
  def('b40b_inngest_event_key', 'inngest', true, 'https://www.inngest.com/docs/events/creating-an-event-key (INNGEST_EVENT_KEY, 86 base64url characters as issued)',
    (r) => r.str(AL.b64url, 86));
  def('b40b_qstash_token', 'upstash', true, 'https://upstash.com/docs/qstash/overall/getstarted (QSTASH_TOKEN: base64 of {"UserID":...,"Password":...})',
    (r) => b64(JSON.stringify({ UserID: uuid(r), Password: r.hex(32) })));
  def('b40b_qstash_signing_key', 'upstash', true, 'https://upstash.com/docs/qstash/howto/signature (QSTASH_CURRENT_SIGNING_KEY / NEXT, sig_ + 28 base62)',
    (r) => `sig_${r.str(AL.b62, 28)}`);
  def('b40b_trigger_secret_key', 'trigger', true, 'https://trigger.dev/docs/apikeys (TRIGGER_SECRET_KEY tr_prod_/tr_dev_ + 20 alphanumerics)',
    (r) => `tr_${r.pick(['prod', 'prod', 'dev'])}_${r.str(AL.b62, 20)}`);
  def('b40b_axiom_token', 'axiom', true, 'https://axiom.co/docs/reference/tokens (API token xaat-<uuid>, personal token xapt-<uuid>)',
    (r) => `${r.pick(['xaat', 'xaat', 'xapt'])}-${uuid(r)}`);
  def('b40b_betterstack_source_token', 'betterstack', true, 'https://betterstack.com/docs/logs/ingesting-data/http/logs/ (source token, 24 alphanumerics)', (r) => r.str(AL.b62, 24));
  def('b40b_checkly_api_key', 'checkly', true, 'https://www.checklyhq.com/docs/api-keys/ (user API key cu_ + 32 hex as issued)', (r) => `cu_${r.hex(32)}`);
  def('b40b_unleash_client_token', 'unleash', true, 'https://docs.getunleash.io/reference/api-tokens-and-client-keys (backend token <project>:<environment>.<64 hex>)',
    (r) => `${r.pick(['default', '*'])}:${r.pick(['production', 'production', 'development'])}.${r.hex(64)}`);
  def('b40b_calcom_api_key', 'calcom', true, 'https://cal.com/docs/api-reference/v2/introduction (API key cal_live_ + 32 hex)', (r) => `cal_live_${r.hex(32)}`);
  def('b40b_easyship_token', 'easyship', true, 'https://developers.easyship.com/reference/authentication-1 (production token prod_ + 49 hex)', (r) => `prod_${r.hex(49)}`);
};
