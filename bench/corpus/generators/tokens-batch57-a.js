'use strict';
/** Generators added with batch57-a (MSPs, RMM/PSA tooling, endpoint management): each with the URL of the documentation it follows. */
const { AL, b64, uuid, jwt, epoch } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // ConnectWise PSA (Manage): API member key pairs. Authorization: Basic base64("<companyId>+<public>:<private>")
  // plus a clientId header (a GUID that identifies the integration for usage tracking)
  // ---------------------------------------------------------------------------------------------
  const CW_DOC = 'https://developer.connectwise.com/Products/ConnectWise_PSA/Developer_Guide (System > Members > API Members > API Keys: a public key and a private key, the private key shown once; Basic auth "companyId+publicKey:privateKey"; keys issued as 16 alphanumerics)';
  def('b57a_cw_psa_public_key', 'none', false, `${CW_DOC}; the public key is the user-name half of the pair and identifies the API member`, (r) => r.str(AL.b62, 16));
  plain('b57a_cw_psa_private_key', 'connectwise', AL.b62, 16, CW_DOC);
  def('b57a_cw_psa_basic', 'connectwise', true, CW_DOC, (r, seed) => {
    const company = /^[a-z][a-z0-9_]*$/i.test(String(seed)) ? String(seed) : 'contoso';
    return b64(`${company}+${r.str(AL.b62, 16)}:${r.str(AL.b62, 16)}`);
  });
  def('b57a_cw_client_id', 'none', false, 'https://developer.connectwise.com/ClientID (clientId header: a GUID per integration, used to track API usage; not a credential)', uuid);

  // ConnectWise ScreenConnect (Control): the access agent's command line carries k=, the relay server's RSA public key
  // as a base64 CryptoAPI PUBLICKEYBLOB (06 02 0000 00a40000 "RSA1" bitlen exponent modulus); it is public by design
  def('b57a_screenconnect_public_key', 'none', false, 'https://learn.microsoft.com/en-us/windows/win32/seccrypto/base-provider-key-blobs#public-key-blobs (PUBLICKEYBLOB layout; ScreenConnect puts the server public key in the k= parameter of the client launch parameters)',
    (r) => b64(Buffer.concat([Buffer.from('0602000000a40000525341310008000001000100', 'hex'), r.bytes(256)])));

  // ---------------------------------------------------------------------------------------------
  // Datto RMM API v2: per-user API Key + API Secret Key, exchanged with the password grant (client public-client:public)
  // ---------------------------------------------------------------------------------------------
  const DATTO_DOC = 'https://rmm.datto.com/help/en/Content/2SETUP/APIv2.htm (Setup > Users > Generate API Keys: API Key and API Secret Key, sent as username/password to /auth/oauth/token; keys modelled on issued ones, 32 upper-case alphanumerics)';
  def('b57a_datto_rmm_api_key', 'none', false, `${DATTO_DOC}; the API Key is the user-name half`, (r) => r.str(AL.upperAlnum, 32));
  plain('b57a_datto_rmm_api_secret', 'datto-rmm', AL.upperAlnum, 32, DATTO_DOC);

  // NinjaOne public API: client app (API Services, machine-to-machine) with client id and client secret
  const NINJA_DOC = 'https://www.ninjaone.com/docs/application-programming-interface-api/oauth-token-configuration (Administration > Apps > API > Client App IDs; the client secret is shown once; POST /ws/oauth/token; shapes modelled on issued credentials: id 27 and secret 54 base64url characters)';
  def('b57a_ninja_client_id', 'none', false, `${NINJA_DOC}; the client id identifies the app`, (r) => r.str(AL.b64url, 27));
  plain('b57a_ninja_client_secret', 'ninjaone', AL.b64url, 54, NINJA_DOC);

  // IT Glue: x-api-key header, keys prefixed ITG.
  def('b57a_itglue_api_key', 'itglue', true, 'https://api.itglue.com/developer/ (x-api-key header; Account > Settings > API Keys, shown once; issued as "ITG." + 32 hex + "." + a base64url tail)',
    (r) => `ITG.${r.hex(32)}.${r.str(AL.b64url, 86)}`);
  // Hudu: x-api-key header, keys from /admin/api_keys
  plain('b57a_hudu_api_key', 'hudu', AL.b62, 24, 'https://www.powershellgallery.com/packages/HuduAPI (x-api-key header; keys created at https://<hudu-domain>/admin/api_keys; 24 alphanumerics as issued)');

  // HaloPSA: Configuration > Integrations > Halo API > Applications (Client ID and Secret (Services))
  const HALO_DOC = 'https://halopsa.com/apidoc/authentication (client credentials grant at <auth server>/token; Client ID is a GUID, the Client Secret is shown once and issued as two GUIDs joined by "-")';
  def('b57a_halo_client_id', 'none', false, HALO_DOC, uuid);
  def('b57a_halo_client_secret', 'halopsa', true, HALO_DOC, (r) => `${uuid(r)}-${uuid(r)}`);

  // Syncro: API tokens (Profile/Password > API Tokens), shown in full once
  def('b57a_syncro_api_token', 'syncro', true, 'https://docs.syncromsp.com/en_US/imported/api-tokens (API tokens with custom permissions, shown in full once; Authorization: Bearer or ?api_key=; shape modelled on issued tokens: "T" + 17 hex + "-" + 32 hex)',
    (r) => `T${r.hex(17)}-${r.hex(32)}`);

  // N-able N-central REST API: an API-only user's JWT (User Management > Users > API Access > Generate JSON Web Token),
  // posted to /api/auth/authenticate for access/refresh tokens
  def('b57a_ncentral_user_jwt', 'n-able', true, 'https://documentation.n-able.com/N-central/userguide/Content/API/REST_API_Authentication.htm (Generate JSON Web Token for an API-only user; sent as Authorization: Bearer to /api/auth/authenticate)', (r) => {
    const iat = epoch(r);
    return jwt(r, { alg: 'HS256' }, { iss: 'N-able N-central', aud: 'N-able N-central', jti: uuid(r), sub: String(r.range(100000000, 999999999)), iat, exp: iat + 315360000 });
  });
  // N-able N-sight RMM Data Extraction API key
  plain('b57a_nsight_api_key', 'n-able', AL.hex, 32, 'https://documentation.n-able.com/remote-management/userguide/Content/api_calls.htm (Settings > General Settings > API: ?apikey=<32 hex> grants the whole account\'s data)');

  // Kandji (Iru): tenant-level bearer tokens, issued as UUIDs
  def('b57a_kandji_api_token', 'kandji', true, 'https://support.kandji.io/api (Settings > Access > Add API Token; tenant-level bearer token shown once, a UUID)', uuid);

  // Huntress: API Key (hk_) + API Secret Key (hs_) in Basic auth; the agent installer's Account Key (32 hex)
  const HUNTRESS_DOC = 'https://api.huntress.io/docs (API Key and API Secret Key from <subdomain>.huntress.io/account/api_credentials; Authorization: Basic base64(key:secret); the secret is shown once; key hk_ + 20 hex, secret hs_ + 40 hex as issued)';
  def('b57a_huntress_api_key', 'none', false, `${HUNTRESS_DOC}; the key is the user-name half`, (r) => `hk_${r.hex(20)}`);
  def('b57a_huntress_api_secret', 'huntress', true, HUNTRESS_DOC, (r) => `hs_${r.hex(40)}`);
  plain('b57a_huntress_account_key', 'huntress', AL.hex, 32, 'https://support.huntress.io/hc/en-us/articles/4404004936339 (ACCT_KEY: the partner account key passed to the agent installer; enrolls agents into the account, kept private and re-generatable)');

  // Acronis Cyber Protect Cloud: API clients (client_id UUID + client_secret), Basic auth to /api/2/idp/token
  plain('b57a_acronis_client_secret', 'acronis', AL.b32lower, 52, 'https://developer.acronis.com/doc/account-management/v2/guide/authenticate/index (API client credentials: client_id is a UUID, client_secret shown once; exchanged with Basic auth at /api/2/idp/token; secrets as issued: 52 lower-case base32)');

  def('b57a_acronis_registration_token', 'acronis', true, 'https://dl.acronis.com/u/backup-service/en/help/index.html#registering-machines-via-registration-token (registration token: 12 characters in three groups of four, valid for a set lifetime; registers any machine into the tenant)',
    (r) => [0, 1, 2].map(() => r.str(AL.upperAlnum, 4)).join('-'));

  // ---------------------------------------------------------------------------------------------
  // Windows endpoint secrets: BitLocker recovery passwords, Windows LAPS passwords; and identifiers around them
  // ---------------------------------------------------------------------------------------------
  def('b57a_bitlocker_recovery_password', 'bitlocker', true, 'https://learn.microsoft.com/en-us/windows/win32/secprov/protectkeywithnumericalpassword-win32-encryptablevolume (48 digits in 8 groups of 6, each group divisible by 11 and at most 720885; unlocks the volume)',
    (r) => Array.from({ length: 8 }, () => String(r.int(65536) * 11).padStart(6, '0')).join('-'));
  def('b57a_bitlocker_protector_id', 'none', false, 'https://learn.microsoft.com/en-us/windows/win32/secprov/getkeyprotectors-win32-encryptablevolume (VolumeKeyProtectorID: a GUID in braces that names the protector; the recovery key ID, not the key)',
    (r) => `{${uuid(r).toUpperCase()}}`);
  def('b57a_laps_password', 'windows', true, 'https://learn.microsoft.com/en-us/windows-server/identity/laps/laps-management-policy-settings (PasswordComplexity 4: upper, lower, digits, specials; PasswordLength default 14)',
    (r) => r.str(`${AL.b62}!#%+-.:=@`, 14));
  def('b57a_autopilot_hardware_hash', 'none', false, 'https://learn.microsoft.com/en-us/autopilot/add-devices (Get-WindowsAutopilotInfo CSV: Device Serial Number, Windows Product ID, Hardware Hash; the 4K hardware hash is a base64 device fingerprint, not a credential)',
    (r) => b64(Buffer.concat([Buffer.from('4e0c', 'hex'), r.bytes(2998)])));
  def('b57a_cert_thumbprint', 'none', false, 'https://learn.microsoft.com/en-us/powershell/exchange/app-only-auth-powershell-v2 (-CertificateThumbprint: the SHA-1 hash of the certificate, 40 upper-case hex; the private key stays in the certificate store)',
    (r) => r.str(AL.HEX, 40));
};
