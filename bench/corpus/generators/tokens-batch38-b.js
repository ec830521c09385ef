'use strict';
/** Generators added with the 2026-12 fresh batch of corpus files (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64 } = require('./lib');

module.exports = function register(def, plain) {
  // ---- symmetric keys written as source-code literals (AES: FIPS 197 key sizes of 16/24/32 bytes) ----
  const AES_DOC = 'https://csrc.nist.gov/pubs/fips/197/final';
  // AES-256 key as standard base64 of 32 random bytes (what `openssl rand -base64 32` prints)
  def('aes256_key_b64', 'generic', true, `${AES_DOC} (AES-256 key, 32 bytes, base64)`, (r) => b64(r.bytes(32)));
  // AES-256 key as a C/Go/Rust/Swift/C# byte-array body: 32 comma-separated 0x.. literals on one line
  def('aes256_key_hex_bytes', 'generic', true, `${AES_DOC} (AES-256 key, 32 bytes as 0x.. array literal)`,
    (r) => [...r.bytes(32)].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(', '));
  // AES-128 key as a Java/Kotlin byte[] body: 16 signed decimal bytes (-128..127) on one line
  def('aes128_key_signed_bytes', 'generic', true, `${AES_DOC} (AES-128 key, 16 signed bytes as Java byte[] literal)`,
    (r) => [...r.bytes(16)].map((b) => String(b > 127 ? b - 256 : b)).join(', '));

  // ---- OAuth client secrets with no documented prefix ----
  // Discord application client secret: 32 chars of [A-Za-z0-9_-] shown in the OAuth2 page of the developer portal
  def('discord_client_secret', 'discord', true, 'https://discord.com/developers/docs/topics/oauth2#shared-resources-oauth2-urls', (r) => r.str(AL.b62 + '_-', 32));

  // Confluent Cloud API keys: a 16-char uppercase key (the identifier, used as SASL username) and a
  // 64-char secret (SASL password) shown once at creation
  const CONFLUENT_DOC = 'https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html';
  def('confluent_api_key_b38b', 'confluent', false, `${CONFLUENT_DOC} (API key = identifier)`, (r) => r.str(AL.upperAlnum, 16));
  def('confluent_api_secret_b38b', 'confluent', true, CONFLUENT_DOC, (r) => r.str(AL.b62 + '+/', 64));

  // ---- public identifiers that look like keys (hard negatives) ----
  // Firebase web/Android/iOS API keys share the AIza shape of Google API keys but only identify the project
  def('firebase_web_api_key_b38b', 'firebase', false, 'https://firebase.google.com/docs/projects/api-keys (Firebase API keys are public by design)',
    (r) => `AIza${r.str(AL.b62 + '-_', 35)}`);
  // Google OAuth client id: <project number>-<32 chars>.apps.googleusercontent.com, embedded in web and mobile clients
  def('google_oauth_client_id', 'gcp', false, 'https://developers.google.com/identity/protocols/oauth2 (client ids are public)',
    (r) => `${r.digits(12)}-${r.str(AL.lowerAlnum, 32)}.apps.googleusercontent.com`);
  // Adyen client key: human-readable test_/live_ prefix + 32 uppercase alphanumerics, used by Drop-in in the browser
  def('adyen_client_key', 'adyen', false, 'https://docs.adyen.com/development-resources/client-side-authentication (client key is public)',
    (r) => `live_${r.str(AL.upperAlnum, 32)}`);
  // Plaid client_id: 24 hex chars, an identifier sent next to the secret
  def('plaid_client_id', 'plaid', false, 'https://plaid.com/docs/api/#api-keys-and-access (client_id is not secret)', (r) => r.hex(24));
  // Auth0 application Client ID: 32 alphanumerics, public in SPA and native apps
  def('auth0_client_id', 'auth0', false, 'https://auth0.com/docs/get-started/applications/application-settings (Client ID is public)', (r) => r.str(AL.b62, 32));
  // LaunchDarkly client-side ID: 24 hex chars, meant to ship in browser bundles
  def('launchdarkly_client_side_id', 'launchdarkly', false, 'https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#client-side-id (not secret)', (r) => r.hex(24));
  // Discord application public key: 64 hex chars (Ed25519) used to verify interaction signatures
  def('discord_app_public_key', 'discord', false, 'https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers (public key)',
    (r) => r.hex(64));
  // GitHub App client id: Iv1. + 16 hex chars, sent in the browser during the OAuth flow
  def('github_app_client_id', 'github', false, 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/about-authentication-with-a-github-app (client ID is public)',
    (r) => `Iv1.${r.hex(16)}`);
};
