'use strict';
/** Generators added with batch64-b: each with the URL of the documentation it follows. */
const { AL, b64url, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Rollbar project access tokens: post_client_item is meant for browser/mobile code (it can only post
  // items whose platform is client-side); post_server_item and read/write tokens are secrets (existing
  // kind rollbar_token). Both are 32 lower-case hex.
  // ---------------------------------------------------------------------------------------------
  def('b64b_rollbar_client_token', 'rollbar', false,
    'https://docs.rollbar.com/docs/access-tokens (post_client_item: can only POST items with a client-side platform, intended to be embedded in browser and mobile apps; 32 hex)',
    (r) => r.hex(32));

  // ---------------------------------------------------------------------------------------------
  // Firebase App Check debug tokens: a UUID4 registered in the console that lets a debug build bypass
  // attestation; the docs call it a secret and say never to commit it or ship it
  // ---------------------------------------------------------------------------------------------
  def('b64b_firebase_appcheck_debug_token', 'firebase', true,
    'https://firebase.google.com/docs/app-check/web/debug-provider ("Because this token allows access to your Firebase resources without a valid device, it is crucial that you keep it private"; GoogleFirebaseAppcheckV1DebugToken.token must be a UUID4)',
    (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Google Maps Platform: URL signing secret (base64url of 20 bytes, with padding, e.g. "vNIXE0xscrmjlyV-12Nj_BvUPaw=")
  // and browser API keys (AIza + 35) that are meant to sit in the page behind an HTTP-referrer restriction
  // ---------------------------------------------------------------------------------------------
  def('b64b_gmaps_url_signing_secret', 'google-maps', true,
    'https://developers.google.com/maps/documentation/maps-static/digital-signature ("This secret is essentially a private key, only shared between you and Google"; modified base64 of 20 bytes)',
    (r) => b64url(r.bytes(20)) + '=');
  def('b64b_gmaps_browser_key', 'google-maps', false,
    'https://developers.google.com/maps/api-security-best-practices (Maps JavaScript API keys are loaded in the page and must be protected by HTTP-referrer and API restrictions; AIza + 35 base64url chars)',
    (r) => `AIza${r.str(AL.b64url, 35)}`);

  // ---------------------------------------------------------------------------------------------
  // Amazon Cognito / Amplify client configuration: user pool ids (<region>_<9 alnum>) and app client ids
  // (26 lower-case alnum) are public; an app client secret (about 52 lower-case alnum) is a credential that
  // AWS says should only live in server-side apps
  // ---------------------------------------------------------------------------------------------
  const COGNITO_DOC = 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html (public clients have no secret; a confidential client secret authenticates the app and must stay server-side)';
  def('b64b_cognito_user_pool_id', 'none', false, `${COGNITO_DOC}; user pool ids such as us-east-1_EXAMPLE12 are identifiers`,
    (r) => `${r.pick(['us-east-1', 'eu-west-1', 'us-west-2', 'eu-central-1'])}_${r.str(AL.b62, 9)}`);
  def('b64b_cognito_app_client_id', 'none', false, `${COGNITO_DOC}; app client ids are 26 lower-case alphanumerics, public in every Amplify bundle`,
    (r) => r.str(AL.lowerAlnum, 26));
  plain('b64b_cognito_client_secret', 'aws', AL.lowerAlnum, 52, COGNITO_DOC);

  // ---------------------------------------------------------------------------------------------
  // AWS AppSync API keys (da2- + 26 lower-case alnum): generated into aws-exports.js / amplify_outputs.json
  // for the API_KEY authorization mode, i.e. shipped to every client of a public API
  // ---------------------------------------------------------------------------------------------
  def('b64b_appsync_api_key', 'aws', false,
    'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#api-key-authorization (API keys are hard-coded in the application and are recommended for public APIs; the key ships in the Amplify client config)',
    (r) => `da2-${r.str(AL.lowerAlnum, 26)}`);

  // ---------------------------------------------------------------------------------------------
  // Session replay snippets: LogRocket app ids (<6 alnum>/<slug>) and FullStory org ids (o-XXXXX-na1) are
  // public identifiers placed in the page
  // ---------------------------------------------------------------------------------------------
  def('b64b_logrocket_app_id', 'none', false,
    'https://docs.logrocket.com/reference/init (LogRocket.init("<orgId>/<appSlug>"): the app id is embedded in every page)',
    (r, seed) => `${r.str(AL.lowerAlnum, 6)}/${seed && /^[a-z-]+$/.test(String(seed)) ? seed : r.pick(['web-app', 'storefront', 'dashboard'])}`);
  def('b64b_fullstory_org_id', 'none', false,
    'https://help.fullstory.com/hc/en-us/articles/360020623514 (the recording snippet sets window._fs_org to the org id, e.g. o-1A2B3C-na1)',
    (r) => `o-${r.str(AL.upperAlnum, 5)}-na1`);

  // ---------------------------------------------------------------------------------------------
  // Feature flags: Flagsmith client-side environment keys are public (shortuuid, 22 chars); server-side
  // keys start "ser." and are secret. Unleash tokens are "<project>:<environment>.<hex>"; frontend tokens
  // are meant for browsers, backend (client) tokens are secrets
  // ---------------------------------------------------------------------------------------------
  const SHORTUUID = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  const FLAGSMITH_DOC = 'https://docs.flagsmith.com/integration-approaches (client-side Environment Keys are public; "Server Side Keys ... should be considered secret"; server keys start ser.)';
  def('b64b_flagsmith_client_key', 'flagsmith', false, FLAGSMITH_DOC, (r) => r.str(SHORTUUID, 22));
  def('b64b_flagsmith_server_key', 'flagsmith', true, FLAGSMITH_DOC, (r) => `ser.${r.str(SHORTUUID, 22)}`);
  const UNLEASH_DOC = 'https://docs.getunleash.io/concepts/api-tokens-and-client-keys (tokens read <project>:<environment>.<random hex>; "Backend tokens are secrets and must not be exposed to end users"; frontend tokens are for frontend SDKs)';
  const unleash = (r, seed) => {
    const env = seed && /^[a-z]+$/.test(String(seed)) ? seed : 'production';
    return `${r.pick(['*', 'default', 'web'])}:${env}.${r.hex(56)}`;
  };
  def('b64b_unleash_backend_token', 'unleash', true, UNLEASH_DOC, unleash);
  def('b64b_unleash_frontend_token', 'unleash', false, UNLEASH_DOC, unleash);
  // ---------------------------------------------------------------------------------------------
  // Stripe PaymentIntent client secrets (pi_..._secret_...): returned to the browser on purpose so Stripe.js can
  // confirm that one payment; not an API credential
  // ---------------------------------------------------------------------------------------------
  def('b64b_stripe_pi_client_secret', 'stripe', false,
    'https://docs.stripe.com/api/payment_intents/object#payment_intent_object-client_secret (used client-side with the publishable key to complete one payment; "pi_..._secret_...")',
    (r) => {
      const id = `pi_3${r.str(AL.b62, 23)}`;
      return `${id}_secret_${r.str(AL.b62, 25)}`;
    });
  // ---------------------------------------------------------------------------------------------
  // Hobby/data APIs used by client apps: Perenual plant API keys ("sk-" + 4 alphanumerics + 17 hex, passed as
  // ?key=) and eBird API 2.0 tokens (12 lower-case alphanumerics, sent as X-eBirdApiToken)
  // ---------------------------------------------------------------------------------------------
  def('b64b_perenual_api_key', 'perenual', true,
    'https://perenual.com/docs/api (every request takes ?key=<your API key>; keys issued in the dashboard read sk-XXXX followed by hex digits)',
    (r) => `sk-${r.str(AL.b62, 4)}${r.hex(17)}`);
  plain('b64b_ebird_api_token', 'ebird', AL.lowerAlnum, 12,
    'https://documenter.getpostman.com/view/664302/S1ENwy59 (eBird API 2.0: X-eBirdApiToken header with the key from ebird.org/api/keygen, 12 lower-case alphanumerics)');
};
