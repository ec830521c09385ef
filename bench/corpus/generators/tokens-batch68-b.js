'use strict';
/** Generators added with batch68-b (database clients, proxies and migration tooling): each with the URL of the documentation it follows. */
const crypto = require('node:crypto');
const { AL, b64, jwt, uuid, epoch } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Navicat connection export (.ncx): Password="<upper-case hex>", AES-128-CBC under the fixed key
  // "libcckeylibcckey" and IV "libcciv libcciv " (Navicat 12 and later), so anyone can decrypt it
  // ---------------------------------------------------------------------------------------------
  def('b68b_navicat_ncx_password', 'navicat', true,
    'https://github.com/HyperSine/how-does-navicat-encrypt-password/blob/master/doc/how-does-navicat-encrypt-password.md (Navicat 12+: AES-128-CBC, key libcckeylibcckey, IV "libcciv libcciv ", hex-encoded in .ncx exports and the registry; reversible)',
    (r) => {
      const pw = r.str(`${AL.b62}!@#%_-`, r.range(12, 20));
      const c = crypto.createCipheriv('aes-128-cbc', Buffer.from('libcckeylibcckey'), Buffer.from('libcciv libcciv '));
      return Buffer.concat([c.update(pw, 'utf8'), c.final()]).toString('hex').toUpperCase();
    });

  // ---------------------------------------------------------------------------------------------
  // HeidiSQL saved session password (registry or portable_settings.txt): every character + a 1-9 salt,
  // written as two upper-case hex digits, the salt digit appended; trivially reversible
  // ---------------------------------------------------------------------------------------------
  def('b68b_heidisql_password', 'heidisql', true,
    'https://github.com/HeidiSQL/HeidiSQL/blob/master/source/apphelpers.pas (function encrypt: ord(char)+salt as 2 hex digits per character, salt 1..9 appended; decrypt reverses it)',
    (r) => {
      const pw = r.str(`${AL.b62}!#%_`, r.range(10, 16));
      const salt = r.range(1, 9);
      let out = '';
      for (const ch of pw) out += (ch.charCodeAt(0) + salt).toString(16).toUpperCase().padStart(2, '0');
      return out + String(salt);
    });

  // ---------------------------------------------------------------------------------------------
  // DBeaver credentials-config.json: AES-128-CBC with the hard-coded key babb4a9f774ab853c96c2d653dfe544a,
  // 16-byte IV prepended; base64 of the file as people carry it between laptops. Decrypts with openssl.
  // ---------------------------------------------------------------------------------------------
  def('b68b_dbeaver_credentials_b64', 'dbeaver', true,
    'https://github.com/dbeaver/dbeaver/blob/devel/plugins/org.jkiss.dbeaver.model/src/org/jkiss/dbeaver/model/impl/app/DefaultSecureStorage.java (credentials-config.json: AES/CBC with a built-in local key, IV first; see also https://dbeaver.com/docs/dbeaver/Managing-connections/ "Save password")',
    (r) => {
      const creds = {};
      for (let i = 0; i < r.range(1, 3); i++) {
        creds[`postgres-jdbc-${r.hex(11)}-${r.hex(16)}`] = { '#connection': { user: r.pick(['app_rw', 'dba', 'postgres', 'report_ro']), password: r.str(AL.b62, 18) } };
      }
      const iv = r.bytes(16);
      const c = crypto.createCipheriv('aes-128-cbc', Buffer.from('babb4a9f774ab853c96c2d653dfe544a', 'hex'), iv);
      return b64(Buffer.concat([iv, c.update(JSON.stringify(creds), 'utf8'), c.final()]));
    });

  // ---------------------------------------------------------------------------------------------
  // Prisma Accelerate / Prisma Postgres: prisma://accelerate.prisma-data.net/?api_key=<JWT>; the key is a
  // bearer credential for the project's database
  // ---------------------------------------------------------------------------------------------
  def('b68b_prisma_accelerate_api_key', 'prisma', true,
    'https://www.prisma.io/docs/accelerate/getting-started (Accelerate connection string prisma://accelerate.prisma-data.net/?api_key=API_KEY; generated in the Platform Console, an HS256 JWT naming the api key and tenant)',
    (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, { api_key: `01J${r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`, tenant_id: r.hex(64), internal_secret: uuid(r) }));

  // ---------------------------------------------------------------------------------------------
  // SQL Server Management Studio RegSrvr.xml: ConnectionStringWithEncryptedPassword holds a DPAPI
  // (CryptProtectData) blob in base64, decryptable only with the Windows user's master key: a lookalike
  // ---------------------------------------------------------------------------------------------
  def('b68b_ssms_dpapi_password', 'none', false,
    'https://learn.microsoft.com/en-us/windows/win32/api/dpapi/nf-dpapi-cryptprotectdata (DPAPI blob: version 1 + provider GUID df9d8cd0-1501-11d1-8c7a-00c04fc297eb, bound to the user profile; SSMS stores it base64 in RegSrvr.xml)',
    (r) => b64(Buffer.concat([Buffer.from('01000000d08c9ddf0115d1118c7a00c04fc297eb01000000', 'hex'), r.bytes(16 * r.range(10, 14) + 6)])));

  // ---------------------------------------------------------------------------------------------
  // MariaDB MaxScale maxpasswd output: hex of AES-256-CBC ciphertext under the key in /var/lib/maxscale/.secrets;
  // useless without that key file (a lookalike when the .secrets file is not alongside)
  // ---------------------------------------------------------------------------------------------
  def('b68b_maxscale_encrypted_password', 'none', false,
    'https://mariadb.com/kb/en/mariadb-maxscale-2402-maxscale-2402-encrypting-passwords/ (maxkeys creates .secrets, maxpasswd prints the encrypted password as hex for the config file)',
    (r) => r.str(AL.HEX, 32 * r.range(2, 3)));

  // ---------------------------------------------------------------------------------------------
  // Pgpool-II pool_passwd: "AES" + base64 of the AES-256 encrypted password, key in ~/.pgpoolkey
  // (a lookalike without the key file)
  // ---------------------------------------------------------------------------------------------
  def('b68b_pgpool_aes_password', 'none', false,
    'https://www.pgpool.net/docs/latest/en/html/runtime-config-connection-pooling.html (pool_passwd entries: AES-encrypted with the key from .pgpoolkey, written "AES" + base64; pg_enc creates them)',
    (r) => `AES${b64(r.bytes(16 * r.range(1, 2)))}`);

  // MongoDB Atlas Admin API public key: 8 lower-case letters, the username half of the digest pair (identifier)
  def('b68b_atlas_public_key', 'none', false,
    'https://www.mongodb.com/docs/atlas/configure-api-access/ (programmatic API key: public key = username, private key = password of HTTP digest auth)',
    (r) => r.str(AL.lower, 8));

  // WAL-G client-side encryption: WALG_LIBSODIUM_KEY, a 32-byte key written as 64 hex with WALG_LIBSODIUM_KEY_TRANSFORM=hex
  plain('b68b_walg_libsodium_key', 'wal-g', AL.hex, 64, 'https://github.com/wal-g/wal-g/blob/master/docs/STORAGES.md#encryption (WALG_LIBSODIUM_KEY: 32-byte key; WALG_LIBSODIUM_KEY_TRANSFORM=hex or base64)');

  // ASP.NET <machineKey>: validationKey (HMACSHA256: 64 bytes as 128 hex) and decryptionKey (AES-256: 32 bytes as 64 hex);
  // whoever holds them can forge view state, forms-auth tickets and cookies
  const MK_DOC = 'https://learn.microsoft.com/en-us/previous-versions/dotnet/netframework-4.0/w8h3skw9(v=vs.100) (machineKey element: validationKey and decryptionKey as hexadecimal strings; generate random keys per application)';
  plain('b68b_aspnet_validation_key', 'aspnet', AL.HEX, 128, MK_DOC);
  plain('b68b_aspnet_decryption_key', 'aspnet', AL.HEX, 64, MK_DOC);

  void epoch;
};
