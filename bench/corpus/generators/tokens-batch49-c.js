'use strict';
/** Generators added with batch49-c (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Sigstore cosign: `cosign generate-key-pair` writes cosign.key as an "ENCRYPTED SIGSTORE PRIVATE KEY"
  // PEM block whose body is base64 of JSON {kdf: scrypt params + salt, cipher: nacl/secretbox + nonce,
  // ciphertext}; with COSIGN_PASSWORD (often stored right next to it) it signs releases as the project.
  // Salt, nonce and ciphertext have fixed sizes for an ECDSA P-256 key, so the block has a fixed line count.
  // ---------------------------------------------------------------------------------------------
  const COSIGN_DOC = 'https://docs.sigstore.dev/cosign/key_management/signing_with_self-managed_keys (cosign generate-key-pair: cosign.key, an encrypted private key protected by COSIGN_PASSWORD; PEM type ENCRYPTED SIGSTORE PRIVATE KEY, older releases ENCRYPTED COSIGN PRIVATE KEY)';
  def('b49c_cosign_private_key', 'sigstore', true, COSIGN_DOC, (r) => {
    const json = JSON.stringify({
      kdf: { name: 'scrypt', params: { N: 65536, r: 8, p: 1 }, salt: b64(r.bytes(32)) },
      cipher: { name: 'nacl/secretbox', nonce: b64(r.bytes(24)) },
      ciphertext: b64(r.bytes(154)),
    });
    const body = b64(json).match(/.{1,64}/g).join('\n');
    return `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${body}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----`;
  });

  // ---------------------------------------------------------------------------------------------
  // Read the Docs API v3: "Authorization: Token <token>", the user's API token from profile settings
  // (a Django REST framework token: 40 hex characters), with the user's own permissions
  // ---------------------------------------------------------------------------------------------
  plain('b49c_readthedocs_token', 'readthedocs', AL.hex, 40, 'https://docs.readthedocs.com/platform/stable/api/v3.html (Authorization: Token <your-access-token>; the token grants the same permissions as the user; issued as 40 hex characters)');

  // ---------------------------------------------------------------------------------------------
  // JetBrains Hub permanent tokens (used to publish to JetBrains Marketplace): perm:<base64 login>.<base64 token
  // name/id>.<30 alphanumerics>, as in the documented example perm:cm9vdA==.dG9rZW4=.rNZ38...
  // ---------------------------------------------------------------------------------------------
  def('b49c_jetbrains_perm_token', 'jetbrains', true, 'https://www.jetbrains.com/help/youtrack/devportal/authentication-with-permanent-token.html (Authorization: Bearer perm:<base64>.<base64>.<random>); https://plugins.jetbrains.com/docs/marketplace/plugin-upload.html (permanentToken for uploads)',
    (r, seed) => {
      const login = /^[a-z][a-z0-9.-]+$/.test(String(seed)) ? String(seed) : r.pick(['mkowalczyk', 'release-bot', 'ttanaka', 'dev.ops']);
      return `perm:${b64(login)}.${b64(`${r.range(40, 99)}-${r.range(1, 9999)}`)}.${r.str(AL.b62, 30)}`;
    });

  // ---------------------------------------------------------------------------------------------
  // Ko-fi webhooks: a Verification Token (shown as a UUID under Manage > Webhooks > Advanced) sent in clear in
  // every webhook payload; whoever holds it can forge "payment received" events to the creator's endpoint
  // ---------------------------------------------------------------------------------------------
  def('b49c_kofi_verification_token', 'ko-fi', true, 'https://ko-fi.com/manage/webhooks (Verification Token included with every request to your webhook, in the data JSON as verification_token; a UUID)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // SonarQube Cloud (SonarCloud) user tokens: SONAR_TOKEN, 40 hex characters without a prefix (the squ_/sqp_
  // prefixes belong to SonarQube Server tokens)
  // ---------------------------------------------------------------------------------------------
  plain('b49c_sonarcloud_token', 'sonarcloud', AL.hex, 40, 'https://docs.sonarsource.com/sonarqube-cloud/managing-your-account/managing-tokens/ (user tokens generated under My Account > Security, used as SONAR_TOKEN; 40 hex characters)');

  // ---------------------------------------------------------------------------------------------
  // DeepSource: DEEPSOURCE_DSN, a per-repository DSN https://<32 hex>@app.deepsource.com used to push coverage
  // artifacts; the documentation calls it sensitive
  // ---------------------------------------------------------------------------------------------
  def('b49c_deepsource_dsn', 'deepsource', true, 'https://docs.deepsource.com/docs/guides/setup-test-coverage (DEEPSOURCE_DSN from Settings > Code Coverage; https://docs.travis-ci.com/user/deepsource/ "the DSN consists of sensitive information")',
    (r) => `https://${r.hex(32)}@app.deepsource.com`);

  // ---------------------------------------------------------------------------------------------
  // Codacy: Project API token (CODACY_PROJECT_TOKEN) for the coverage reporter; "grants owner permissions"
  // ---------------------------------------------------------------------------------------------
  plain('b49c_codacy_project_token', 'codacy', AL.hex, 32, 'https://docs.codacy.com/coverage-reporter/ (CODACY_PROJECT_TOKEN, the Project API token from Settings > Integrations; keep it protected, it grants owner permissions; issued as 32 hex characters)');

  // ---------------------------------------------------------------------------------------------
  // Hex.pm (Elixir/Erlang): API keys from hex.pm/dashboard/keys, HEX_API_KEY for `mix hex.publish`; 32 hex
  // ---------------------------------------------------------------------------------------------
  plain('b49c_hexpm_api_key', 'hexpm', AL.hex, 32, 'https://hexdocs.pm/hex/Mix.Tasks.Hex.Config.html (api_key, overridden by HEX_API_KEY); https://hex.pm/docs/publish (keys created on the dashboard; 32 hex characters)');

  // ---------------------------------------------------------------------------------------------
  // Chocolatey community repository: the API key from the account page, `choco apikey --key <key> --source
  // https://push.chocolatey.org/` and `choco push --api-key`; issued as a UUID
  // ---------------------------------------------------------------------------------------------
  def('b49c_chocolatey_api_key', 'chocolatey', true, 'https://docs.chocolatey.org/en-us/create/commands/api-key (choco apikey --key <key> --source https://push.chocolatey.org/; the key shown on the account page is a GUID)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // CocoaPods Trunk: `pod trunk register` stores a session token in ~/.netrc (machine trunk.cocoapods.org,
  // login <email>, password <token>), COCOAPODS_TRUNK_TOKEN in CI; 32 hex characters
  // ---------------------------------------------------------------------------------------------
  plain('b49c_cocoapods_trunk_token', 'cocoapods', AL.hex, 32, 'https://guides.cocoapods.org/making/getting-setup-with-trunk.html (session token saved to ~/.netrc for trunk.cocoapods.org; COCOAPODS_TRUNK_TOKEN on CI; 32 hex characters)');

  // ---------------------------------------------------------------------------------------------
  // Docker Hub organization access tokens (OATs): like PATs but owned by the organization, dckr_oat_ prefix
  // ---------------------------------------------------------------------------------------------
  def('b49c_dockerhub_oat', 'dockerhub', true, 'https://docs.docker.com/security/access-tokens/organization-access-tokens/ (organization access tokens for CI/CD, used with docker login --username <org>; shown once, prefixed dckr_oat_)',
    (r) => `dckr_oat_${r.str(AL.b64url, 32)}`);

  // ---------------------------------------------------------------------------------------------
  // GitHub two-factor recovery codes (github-recovery-codes.txt): 16 codes of 5 + 5 lower-case hex; each one
  // signs in once in place of the second factor, so a maintainer's saved list is account takeover with the password
  // ---------------------------------------------------------------------------------------------
  def('b49c_github_recovery_code', 'github', true, 'https://docs.github.com/en/authentication/securing-your-account-with-two-factor-authentication-2fa/configuring-two-factor-authentication-recovery-methods (download your recovery codes; each is used once; shown as xxxxx-xxxxx hex pairs)',
    (r) => `${r.hex(5)}-${r.hex(5)}`);

  // ---------------------------------------------------------------------------------------------
  // Non-secrets that sit next to signing material: OpenPGP fingerprints and long key ids (public identifiers,
  // printed in KEYS files and git config), and Rekor transparency-log entry UUIDs (public log records)
  // ---------------------------------------------------------------------------------------------
  def('b49c_pgp_fingerprint', 'none', false, 'https://www.rfc-editor.org/rfc/rfc4880#section-12.2 (V4 fingerprint: SHA-1 of the public key packet, 40 hex digits; the key ID is its low 64 bits; public identifiers)', (r) => r.str(AL.HEX, 40));
  def('b49c_pgp_keyid', 'none', false, 'https://www.rfc-editor.org/rfc/rfc4880#section-12.2 (long key ID: low 64 bits of the fingerprint, 16 hex digits; a public identifier)', (r) => r.str(AL.HEX, 16));
  def('b49c_rekor_entry_uuid', 'none', false, 'https://docs.sigstore.dev/logging/overview/ (Rekor entries are public records of the transparency log, addressed by an 80-hex UUID: 16-hex tree id + 64-hex leaf hash)', (r) => r.hex(80));
};
