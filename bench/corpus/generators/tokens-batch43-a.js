'use strict';
/** Generators added with batch43-a (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, der, seq, smallInt, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Apple release engineering: App Store Connect, fastlane, Xcode signing, Sparkle
  // ---------------------------------------------------------------------------------------------
  // App Store Connect API bearer: an ES256 JWT with kid = key id, iss = issuer id, aud appstoreconnect-v1 (valid <= 20 min)
  def('b43a_asc_jwt', 'apple', true, 'https://developer.apple.com/documentation/appstoreconnectapi/generating-tokens-for-api-requests (ES256 JWT: kid, iss, iat, exp, aud "appstoreconnect-v1")',
    (r) => {
      const iat = epoch(r);
      return jwt(r, { alg: 'ES256', kid: r.str(AL.upperAlnum, 10), typ: 'JWT' }, { iss: uuid(r), iat, exp: iat + 1200, aud: 'appstoreconnect-v1' }, 64);
    });
  // Apple Developer team id: 10 upper-case alphanumerics, printed on every signed binary (public)
  def('b43a_apple_team_id', 'none', false, 'https://developer.apple.com/help/account/manage-your-team/locate-your-team-id (Team ID, 10 characters; embedded in every signature)',
    (r) => r.str(AL.upperAlnum, 10));
  // `security find-identity -v -p codesigning` lists identities by the SHA-1 of the certificate: 40 upper-case hex (public)
  def('b43a_codesign_identity_sha1', 'none', false, 'https://developer.apple.com/documentation/xcode/build-settings-reference#Code-Signing-Identity (identity by certificate SHA-1, as security find-identity prints it)',
    (r) => r.str(AL.HEX, 40));
  // fastlane spaceauth output: the Apple ID web-session cookies as YAML with \n escaped, exported as FASTLANE_SESSION
  def('b43a_fastlane_session', 'apple', true, 'https://docs.fastlane.tools/getting-started/ios/authentication/ (fastlane spaceauth: "Pass the following via the FASTLANE_SESSION environment variable", myacinfo / DES cookies)',
    (r) => {
      const des = `DES${r.hex(34)}`;
      const cookie = (name, value, domain) => `- !ruby/object:HTTP::Cookie\\n  name: ${name}\\n  value: ${value}\\n  domain: ${domain}\\n  for_domain: true\\n  path: "/"\\n  secure: true\\n  httponly: true\\n  expires: \\n  max_age: 2592000\\n  created_at: 2024-0${r.range(1, 9)}-1${r.range(0, 9)} 09:${r.range(10, 59)}:${r.range(10, 59)}.000000000 +02:00\\n  accessed_at: 2024-0${r.range(1, 9)}-1${r.range(0, 9)} 09:${r.range(10, 59)}:${r.range(10, 59)}.000000000 +02:00`;
      return `---\\n${cookie('myacinfo', `DAWTKNV323952cf8084a204fb20ab2508441a07d02d3${r.hex(420)}MVRYV2`, 'apple.com')}\\n${cookie(des, `HSARMTKNSRVXWFla${b64(r.bytes(300))}SRVX`, 'idmsa.apple.com')}\\n`;
    });
  // the same cookies as spaceship stores them on disk (~/.fastlane/spaceship/<user>/cookie): the values alone
  def('b43a_apple_myacinfo', 'apple', true, 'https://docs.fastlane.tools/getting-started/ios/authentication/ (Apple ID session cookie myacinfo, cached by spaceship and passed as FASTLANE_SESSION)',
    (r) => `DAWTKNV323952cf8084a204fb20ab2508441a07d02d3${r.hex(420)}MVRYV2`);
  def('b43a_apple_des_cookie', 'apple', true, 'https://docs.fastlane.tools/getting-started/ios/authentication/ (DES... trust cookie that lets spaceship skip 2FA)',
    (r) => `HSARMTKNSRVXWFla${b64(r.bytes(300))}SRVX`);
  // fastlane match (storage: git) encrypts certificates/profiles with MATCH_PASSWORD: OpenSSL "Salted__" + AES-256-CBC, base64
  def('b43a_match_ciphertext', 'none', false, 'https://docs.fastlane.tools/actions/match/#encryption (files in the repo are encrypted with OpenSSL using MATCH_PASSWORD; "Salted__" header, base64)',
    (r) => b64(Buffer.concat([Buffer.from('Salted__'), r.bytes(8), r.bytes(16 * r.range(18, 30))])));
  // Sparkle 2: EdDSA keys; SUPublicEDKey is base64 of the 32-byte public key, the private key (generate_keys -x) is base64 too
  const SPARKLE_DOC = 'https://sparkle-project.org/documentation/#3-segue-for-security-concerns (generate_keys: EdDSA (ed25519) key pair; SUPublicEDKey in Info.plist, private key exported with -x, given to sign_update --ed-key-file)';
  def('b43a_sparkle_ed_private_key', 'sparkle', true, SPARKLE_DOC, (r) => b64(r.bytes(32)));
  def('b43a_sparkle_ed_public_key', 'none', false, SPARKLE_DOC, (r) => b64(r.bytes(32)));

  // ---------------------------------------------------------------------------------------------
  // Code-signing material as CI secrets: Android keystores, PKCS#12 bundles
  // ---------------------------------------------------------------------------------------------
  // JKS upload keystore, base64-encoded into a CI variable: magic FEEDFEED, version 2, one private-key entry
  def('b43a_jks_keystore_b64', 'android', true, 'https://developer.android.com/studio/publish/app-signing#generate-key (upload keystore; JKS files start with magic 0xFEEDFEED, version 2) base64-encoded for a CI secret',
    (r) => {
      const alias = Buffer.from(r.pick(['upload', 'release', 'key0', 'androidreleasekey']));
      const head = Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 1, 0, alias.length]);
      return b64(Buffer.concat([head, alias, r.bytes(8), r.bytes(r.range(2100, 2600))]));
    });
  // PKCS#12 (.p12/.pfx) with the certificate and its private key, base64 for CSC_LINK / signing secrets: PFX SEQUENCE, version 3
  def('b43a_pkcs12_b64', 'private-key', true, 'https://datatracker.ietf.org/doc/html/rfc7292#section-4 (PFX ::= SEQUENCE { version 3, authSafe, macData }) as electron-builder CSC_LINK / signtool .pfx base64',
    (r) => b64(seq(smallInt(3), der(0x30, r.bytes(r.range(2300, 3000))), der(0x30, r.bytes(58)))));

  // ---------------------------------------------------------------------------------------------
  // App Center / CodePush, Tauri updater
  // ---------------------------------------------------------------------------------------------
  plain('b43a_appcenter_api_token', 'appcenter', AL.hex, 40, 'https://learn.microsoft.com/en-us/appcenter/api-docs/ (user and app API tokens, X-API-Token header; issued as 40 hex characters)');
  // CodePush deployment keys are compiled into the app (Info.plist CodePushDeploymentKey / strings.xml) to pick the update channel
  def('b43a_codepush_deployment_key', 'appcenter', false, 'https://learn.microsoft.com/en-us/appcenter/distribution/codepush/cli#deployment-management (deployment key configured in the app binary; identifies a deployment)',
    (r) => r.str(AL.b62 + '_-', 37));
  // Tauri updater: minisign key pair. Private = base64 of the key file ("untrusted comment" line + base64 of Ed|Sc|B2|salt|limits|encrypted key)
  const TAURI_DOC = 'https://v2.tauri.app/plugin/updater/#signing-updates (TAURI_SIGNING_PRIVATE_KEY: "Path or content of your private key"; pubkey in tauri.conf.json) and https://jedisct1.github.io/minisign/ (key file formats)';
  def('b43a_tauri_signing_private_key', 'tauri', true, TAURI_DOC, (r) => {
    const box = Buffer.concat([Buffer.from('EdScB2'), r.bytes(32), Buffer.from([0, 0, 0, 2, 0, 0, 0, 0]), Buffer.from([0, 0, 0, 64, 0, 0, 0, 0]), r.bytes(104)]);
    return b64(`untrusted comment: rsign encrypted secret key\n${b64(box)}\n`);
  });
  // the same keys as the minisign / tauri signer key files hold them (the base64 line under the comment)
  def('b43a_minisign_secret_key', 'tauri', true, TAURI_DOC, (r) => b64(Buffer.concat([Buffer.from('EdScB2'), r.bytes(32), Buffer.from([0, 0, 0, 2, 0, 0, 0, 0]), Buffer.from([0, 0, 0, 64, 0, 0, 0, 0]), r.bytes(104)])));
  def('b43a_tauri_updater_pubkey', 'none', false, TAURI_DOC, (r) => {
    const keyId = r.bytes(8);
    const box = Buffer.concat([Buffer.from('Ed'), keyId, r.bytes(32)]);
    return b64(`untrusted comment: minisign public key: ${Buffer.from(keyId).reverse().toString('hex').toUpperCase()}\n${b64(box)}\n`);
  });

  // ---------------------------------------------------------------------------------------------
  // Unity
  // ---------------------------------------------------------------------------------------------
  plain('b43a_unity_cloud_build_api_key', 'unity', AL.hex, 32, 'https://build-api.cloud.unity3d.com/docs/1.0.0/index.html#authentication (Cloud Build API key, HTTP Basic; 32 hex as shown in the dashboard)');
  // UGS service account: Key ID is a UUID (identifier), Secret key shown once; modelled on issued secrets (32 URL-safe chars)
  const UGS_DOC = 'https://docs.unity.com/en-us/services-cli/1.4.0/manual/general/base-commands/login (service account key-id and secret-key) and https://docs.unity.com/ko-kr/cloud/accounts/create-service-account (Key ID, Secret key, Authorization header)';
  plain('b43a_ugs_service_account_secret', 'unity', AL.b62 + '_-', 32, UGS_DOC);
  def('b43a_ugs_basic_auth', 'unity', true, UGS_DOC, (r) => b64(`${uuid(r)}:${r.str(AL.b62 + '_-', 32)}`));
  // Unity Plus/Pro serial: two characters and five groups of four (UNITY_SERIAL in game-ci)
  def('b43a_unity_serial', 'unity', true, 'https://game.ci/docs/github/activation/#professional-license (UNITY_SERIAL: the serial key, e.g. XX-XXXX-XXXX-XXXX-XXXX-XXXX)',
    (r) => `${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${r.str(AL.upperAlnum, 1)}-${[0, 1, 2, 3, 4].map(() => r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4)).join('-')}`);

  // ---------------------------------------------------------------------------------------------
  // Unreal Engine, Epic Online Services
  // ---------------------------------------------------------------------------------------------
  const CRYPTO_DOC = 'https://dev.epicgames.com/documentation/en-us/unreal-engine/API/Plugins/CryptoKeys/UCryptoKeysSettings (EncryptionKey: AES-256 pak key, base64; SigningModulus / SigningPublicExponent / SigningPrivateExponent: RSA pak signing key)';
  def('b43a_unreal_pak_encryption_key', 'unreal', true, CRYPTO_DOC, (r) => b64(r.bytes(32)));
  def('b43a_unreal_signing_private_exponent', 'unreal', true, CRYPTO_DOC, (r) => b64(r.bytes(256)));
  def('b43a_unreal_signing_modulus', 'none', false, CRYPTO_DOC, (r) => {
    const n = r.bytes(256);
    n[0] |= 0x80;
    return b64(n);
  });
  // EOS client credentials: ClientId "xyza7891" + 24 alphanumerics (identifier); ClientEncryptionKey 64 hex (PDS/TDS AES key)
  const EOS_DOC = 'https://dev.epicgames.com/documentation/unreal-engine/API/Plugins/OnlineSubsystemEOS/FArtifactSettings (ClientId, ClientSecret, ProductId, SandboxId, DeploymentId, ClientEncryptionKey: 32-byte key as 64 hex)';
  def('b43a_eos_client_id', 'none', false, EOS_DOC, (r) => `xyza7891${r.str(AL.b62, 24)}`);
  def('b43a_eos_encryption_key', 'epic', true, EOS_DOC, (r) => r.str(AL.HEX, 64));

  // ---------------------------------------------------------------------------------------------
  // Steam, itch.io, PlayFab
  // ---------------------------------------------------------------------------------------------
  // steamcmd config.vdf after a Steam Guard login: ConnectCache holds the cached login token; CI stores the file base64
  const VDF_DOC = 'https://github.com/game-ci/steam-deploy#configvdf (configVdf: base64 of config/config.vdf after a Steam Guard login; ConnectCache holds the cached credential)';
  const connectCache = (r) => `${r.hex(8)}1`;
  def('b43a_steam_connectcache', 'steam', true, VDF_DOC, (r) => r.hex(r.pick([896, 960, 1024])));
  def('b43a_steam_config_vdf_b64', 'steam', true, VDF_DOC, (r) => b64([
    '"InstallConfigStore"', '{', '\t"Software"', '\t{', '\t\t"Valve"', '\t\t{', '\t\t\t"Steam"', '\t\t\t{',
    `\t\t\t\t"Accounts"`, '\t\t\t\t{', `\t\t\t\t\t"${r.pick(['builder_dusk', 'ci_upload', 'ember_build'])}"`, '\t\t\t\t\t{', `\t\t\t\t\t\t"SteamID"\t\t"7656119${r.digits(10)}"`, '\t\t\t\t\t}', '\t\t\t\t}',
    `\t\t\t\t"MTBF"\t\t"${r.digits(9)}"`, '\t\t\t\t"ConnectCache"', '\t\t\t\t{', `\t\t\t\t\t"${connectCache(r)}"\t\t"${r.hex(960)}"`, '\t\t\t\t}',
    '\t\t\t}', '\t\t}', '\t}', '}', ''].join('\n')));
  // Steam Guard mobile authenticator shared_secret (maFile): base64 of 20 bytes, generates login codes
  def('b43a_steam_shared_secret', 'steam', true, 'https://github.com/game-ci/steam-deploy#option-b-using-totp (STEAM_SHARED_SECRET: the authenticator shared_secret, base64 of 20 bytes, generates Steam Guard codes)',
    (r) => b64(r.bytes(20)));
  plain('b43a_itch_api_key', 'itchio', AL.b62, 40, 'https://itch.io/docs/butler/login.html#running-butler-from-ci-builds-travis-ci-gitlab-ci-etc (BUTLER_API_KEY from ~/.config/itch/butler_creds; modelled on keys from itch.io/user/settings/api-keys)');
  const PLAYFAB_DOC = 'https://learn.microsoft.com/gaming/playfab/gamemanager/secret-key-management (title secret key, X-SecretKey header; "Never include your developer Secret Key in a client build"; modelled on keys shown there)';
  plain('b43a_playfab_secret_key', 'playfab', AL.upperAlnum, 52, PLAYFAB_DOC);
  def('b43a_playfab_title_id', 'none', false, PLAYFAB_DOC, (r) => r.str(AL.HEX, r.pick([4, 5])));

  // Perforce ticket as `p4 login -p` prints it and ~/.p4tickets stores it (port=user:ticket): 32 upper-case hex
  def('b43a_p4_ticket', 'perforce', true, 'https://help.perforce.com/helix-core/server-apps/cmdref/current/Content/CmdRef/p4_login.html (-p displays the ticket instead of storing it; tickets file P4TICKETS holds port=user:ticket)',
    (r) => r.str(AL.HEX, 32));

  // ---------------------------------------------------------------------------------------------
  // Crash reporting and CI odds and ends
  // ---------------------------------------------------------------------------------------------
  // Bugsnag notifier API key: ships in the app (AndroidManifest / Info.plist) to identify the project; not the data-access token
  def('b43a_bugsnag_notifier_key', 'none', false, 'https://docs.bugsnag.com/platforms/android/#basic-configuration (com.bugsnag.android.API_KEY meta-data: the notifier API key identifies the project, 32 hex)',
    (r) => r.hex(32));
  // Strava API application client_secret (40 hex), baked into a build config by an Xcode Cloud script
  plain('b43a_strava_client_secret', 'strava', AL.hex, 40, 'https://developers.strava.com/docs/getting-started/#account (Client Secret of your API application; 40 hex as issued)');
  // Huawei AppGallery Connect API client (Connect API): client_id + client_secret for the OAuth client-credentials grant
  plain('b43a_agc_client_secret', 'huawei', AL.HEX, 64, 'https://developer.huawei.com/consumer/en/doc/AppGallery-connect-Guides/agcapi-getstarted-0000001111845114 (API client: client ID and key, exchanged at /api/oauth2/v1/token; modelled on console-issued keys, 64 hex)');
  // Codemagic encrypted environment values in codemagic.yaml: Encrypted(<base64 of a Fernet token>)
  def('b43a_codemagic_encrypted', 'none', false, 'https://docs.codemagic.io/yaml-basic-configuration/configuring-environment-variables/ (encrypted values: Encrypted(...) ciphertext, decrypted only on Codemagic builders)',
    (r) => `Encrypted(${b64(`gAAAAA${b64(r.bytes(r.range(90, 160))).replace(/\+/g, '-').replace(/\//g, '_')}`)})`);
};
