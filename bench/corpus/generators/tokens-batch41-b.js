'use strict';
/** Generators added with batch41-b (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const crypto = require('node:crypto');
const { AL, b64, b64url, der, seq, RSA_OID, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Windows administration: reversible password encodings (the seed is the clear-text password)
  // ---------------------------------------------------------------------------------------------
  // Group Policy Preferences cpassword: AES-256-CBC, zero IV, over the UTF-16LE password, with the
  // 32-byte key Microsoft published in MS-GPPREF; base64 with the '=' padding stripped. Anyone can decrypt it.
  const GPP_KEY = Buffer.from('4e9906e8fcb66cc9faf49310620ffee8f496e806cc057990209b09a433b66c1b', 'hex');
  def('b41b_gpp_cpassword', 'windows', true, 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-gppref/2c15cbf0-f086-4c74-8b70-1f2fa45dd4be (cpassword: AES-256 with a published key; MS14-025)',
    (_r, seed) => {
      const c = crypto.createCipheriv('aes-256-cbc', GPP_KEY, Buffer.alloc(16));
      return Buffer.concat([c.update(Buffer.from(String(seed), 'utf16le')), c.final()]).toString('base64').replace(/=+$/, '');
    });
  // Windows answer files (unattend.xml) with <PlainText>false</PlainText>: base64 of UTF-16LE (password +
  // "AdministratorPassword") for the built-in administrator, (password + "Password") for AutoLogon and local accounts.
  const UNATTEND_DOC = 'https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-useraccounts-administratorpassword-value (Value is base64 of UTF-16LE password + element name; an encoding, not encryption)';
  def('b41b_unattend_admin_password', 'windows', true, UNATTEND_DOC,
    (_r, seed) => Buffer.from(`${seed}AdministratorPassword`, 'utf16le').toString('base64'));
  def('b41b_unattend_password', 'windows', true, UNATTEND_DOC,
    (_r, seed) => Buffer.from(`${seed}Password`, 'utf16le').toString('base64'));
  // DPAPI blobs (NuGet.config <add key="Password">, PowerShell ConvertFrom-SecureString): ciphertext bound to a
  // Windows user profile; header 01000000 + DPAPI provider GUID df9d8cd0-1501-11d1-8c7a-00c04fc297eb.
  def('b41b_dpapi_blob', 'none', false, 'https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials (Password is DPAPI-encrypted, usable only by the same user on the same machine)',
    (r) => b64(Buffer.concat([Buffer.from('01000000d08c9ddf0115d1118c7a00c04fc297eb01000000', 'hex'), r.bytes(16 * r.range(14, 18) + 6)])));
  // Microsoft account / Entra app passwords (legacy SMTP/IMAP clients with MFA): 16 lower-case letters
  def('b41b_microsoft_app_password', 'microsoft', true, 'https://support.microsoft.com/en-us/account-billing/manage-app-passwords-for-two-step-verification-d6dc8c6d-b804-7716-5c28-0dd9ab02d7d5 (app password, 16 letters)',
    (r) => r.str(AL.lower, 16));
  // Azure App Service publish profiles (*.PublishSettings): userPWD is the site's deployment password (60 alphanumerics as downloaded)
  def('b41b_azure_publish_password', 'azure', true, 'https://learn.microsoft.com/en-us/azure/app-service/deploy-configure-credentials#appscope (app-scope publishing credentials in the publish profile; shape modeled on downloaded profiles)',
    (r) => r.str(AL.b62, 60));

  // ---------------------------------------------------------------------------------------------
  // Linux directory clients
  // ---------------------------------------------------------------------------------------------
  // sss_obfuscate: base64 of [u16 method=0 (AES-256-CBC), u16 ciphertext length, 32-byte key, 16-byte IV,
  // ciphertext, sentinel 00 01 02 03]. The key travels with the ciphertext, so the password is recoverable.
  def('b41b_sssd_obfuscated_password', 'sssd', true, 'https://man.archlinux.org/man/sss_obfuscate.8.en (ldap_default_authtok_type = obfuscated_password; "no real security benefit")',
    (r, seed) => {
      const key = r.bytes(32);
      const iv = r.bytes(16);
      const c = crypto.createCipheriv('aes-256-cbc', key, iv);
      const ct = Buffer.concat([c.update(Buffer.from(`${seed}\0`)), c.final()]);
      const head = Buffer.alloc(4);
      head.writeUInt16LE(0, 0);
      head.writeUInt16LE(ct.length, 2);
      return b64(Buffer.concat([head, key, iv, ct, Buffer.from([0, 1, 2, 3])]));
    });
  // OpenLDAP {SSHA}: base64(SHA-1(password + salt) + 4-byte salt); a hash, not reversible
  def('b41b_ldap_ssha', 'none', false, 'https://www.openldap.org/doc/admin26/security.html#SSHA%20password%20storage%20scheme ({SSHA} salted SHA-1 hash)',
    (r) => `{SSHA}${b64(r.bytes(24))}`);

  // ---------------------------------------------------------------------------------------------
  // Java application servers
  // ---------------------------------------------------------------------------------------------
  // Jetty OBF: (org.eclipse.jetty.util.security.Password.obfuscate): reversible by design
  def('b41b_jetty_obf', 'jetty', true, 'https://jetty.org/docs/jetty/12.1/operations-guide/tools/index.html#password (OBF: obfuscation "protects from casual view" only; deobfuscate() recovers it)',
    (_r, seed) => {
      const b = [...Buffer.from(String(seed), 'utf8')].map((x) => (x > 127 ? x - 256 : x));
      let out = 'OBF:';
      for (let i = 0; i < b.length; i++) {
        const b1 = b[i];
        const b2 = b[b.length - (i + 1)];
        if (b1 < 0 || b2 < 0) {
          const x = ((0xff & b1) * 256 + (0xff & b2)).toString(36);
          out += 'U0000'.slice(0, 5 - x.length) + x;
        } else {
          const x = ((127 + b1 + b2) * 256 + (127 + b1 - b2)).toString(36);
          out += '000'.slice(0, 4 - x.length) + x;
        }
      }
      return out;
    });
  // PicketBox vault / masked passwords: MASK- + PBEWithMD5AndDES ciphertext under a hard-coded passphrase
  // ("somearbitrarycrazystringthatdoesnotmatter") with the salt and iteration count stored beside it: reversible.
  def('b41b_picketbox_masked', 'wildfly', true, 'https://access.redhat.com/documentation/en-us/jboss_enterprise_application_platform/6.3/html/development_guide/Mask_the_Keystore_Password_and_Initialize_the_Password_Vault. (MASK- masked keystore password; with the salt and iteration count "an attacker could use them to decrypt the password")',
    (r) => `MASK-${r.str(AL.b62 + './', r.pick([11, 22]))}`);
  // WebLogic {AES256} values in config.xml / *-jdbc.xml: encrypted with the domain's SerializedSystemIni.dat
  def('b41b_weblogic_aes', 'none', false, 'https://docs.oracle.com/en/middleware/fusion-middleware/weblogic-server/12.2.1.4/wlach/taskhelp/security/EncryptPasswords.html ({AES256} encrypted attributes; ciphertext)',
    (r) => `{AES256}${b64(r.bytes(16 * r.range(3, 4)))}`);
  // Tomcat MessageDigestCredentialHandler stored credential: <salt hex>$<iterations>$<digest hex>
  def('b41b_tomcat_digest', 'none', false, 'https://tomcat.apache.org/tomcat-9.0-doc/config/credentialhandler.html (salt$iterations$digest, a one-way hash)',
    (r) => `${r.hex(32)}$${r.pick([1000, 10000, 20000])}$${r.hex(64)}`);

  // ---------------------------------------------------------------------------------------------
  // PHP shops and CMS
  // ---------------------------------------------------------------------------------------------
  // TYPO3 $GLOBALS['TYPO3_CONF_VARS']['SYS']['encryptionKey']: bin2hex(random_bytes(48)) in current installers
  def('b41b_typo3_encryption_key', 'typo3', true, 'https://docs.typo3.org/m/typo3/reference-coreapi/main/en-us/Configuration/Typo3ConfVars/SYS.html#confval-globals-typo3-conf-vars-sys-encryptionkey (encryptionKey, 96 hex)',
    (r) => r.hex(96));
  // PrestaShop: Tools::passwdGen() keys (cookie_key / secret), an 8-char cookie IV, and the defuse/php-encryption
  // key in new_cookie_key ("def00000" version header + key + SHA-256 checksum, hex).
  def('b41b_prestashop_key', 'prestashop', true, 'https://devdocs.prestashop-project.org/8/basics/installation/configuration/ (app/config/parameters.php cookie_key / secret; alphanumeric, as the installer generates)',
    (r) => r.str(AL.b62, 56));
  def('b41b_prestashop_cookie_iv', 'none', false, 'https://devdocs.prestashop-project.org/8/basics/installation/configuration/ (cookie_iv: initialisation vector for the legacy cookie cipher, 8 chars)',
    (r) => r.str(AL.b62, 8));
  def('b41b_prestashop_defuse_key', 'prestashop', true, 'https://github.com/defuse/php-encryption/blob/master/docs/classes/Key.md (Key::saveToAsciiSafeString: def00000 header, 32-byte key, SHA-256 checksum, hex)',
    (r) => {
      const body = Buffer.concat([Buffer.from('def00000', 'hex'), r.bytes(32)]);
      return Buffer.concat([body, crypto.createHash('sha256').update(body).digest()]).toString('hex');
    });
  // Joomla configuration.php $secret: 16 alphanumerics generated by the installer
  def('b41b_joomla_secret', 'joomla', true, 'https://docs.joomla.org/Global_configuration (System > Secret; UserHelper::genRandomPassword(16))',
    (r) => r.str(AL.b62, 16));
  // Magento encrypted config values: <key version>:<cipher version 3 = libsodium>:<base64 nonce + ciphertext>
  def('b41b_magento_encrypted', 'none', false, 'https://experienceleague.adobe.com/en/docs/commerce-admin/systems/security/encryption-key (core_config_data values encrypted with crypt/key; ciphertext)',
    (r) => `0:3:${b64(r.bytes(24 + r.range(16, 48)))}`);

  // ---------------------------------------------------------------------------------------------
  // Backup, monitoring, NAS
  // ---------------------------------------------------------------------------------------------
  // Bacula Director/Storage/File daemon passwords: the packaging generates base64 random strings (openssl rand -base64 33)
  def('b41b_bacula_password', 'bacula', true, 'https://www.bacula.org/15.0.x-manuals/en/main/Configuring_Director.html#SECTION0020110000000000000000 (Password = shared secret between daemons; shape modeled on generated ones)',
    (r) => b64(r.bytes(33)));
  def('b41b_zabbix_psk', 'zabbix', true, 'https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys (openssl rand -hex 32)',
    (r) => r.hex(64));
  def('b41b_zabbix_api_token', 'zabbix', true, 'https://www.zabbix.com/documentation/current/en/manual/web_interface/frontend_sections/users/api_tokens (API token, 64 hex, shown once)',
    (r) => r.hex(64));
  // PRTG API: passhash is a per-user numeric hash that authenticates like the password
  def('b41b_prtg_passhash', 'prtg', true, 'https://www.paessler.com/manuals/prtg/http_api#authentication (username + passhash in the URL, a credential)',
    (r) => r.digits(10));
  // Syncthing GUI/REST API key: random 32-char alphanumeric generated on first start
  def('b41b_syncthing_api_key', 'syncthing', true, 'https://docs.syncthing.net/dev/rest.html#api-key (X-API-Key; full control of the instance)',
    (r) => r.str(AL.b62 + '-', 32));
  // Splunk encrypted settings: $7$ + base64, encrypted with the host's splunk.secret
  def('b41b_splunk_encrypted', 'none', false, 'https://docs.splunk.com/Documentation/Splunk/latest/Security/Deploysecurepasswordacrossmultipleservers ($7$ values are ciphertext under splunk.secret)',
    (r) => `$7$${b64(r.bytes(r.pick([33, 45, 48])))}`);
  // Seq API keys (X-Seq-ApiKey / Serilog apiKey): 20 alphanumerics as the Seq UI issues them
  def('b41b_seq_api_key', 'seq', true, 'https://docs.datalust.co/docs/api-keys (API key; length modeled on issued keys)',
    (r) => r.str(AL.b62, 20));
  def('b41b_webfleet_api_key', 'webfleet', true, 'https://www.webfleet.com/static/help/webfleet-connect/en_gb/index.html (apikey request parameter, a GUID issued per integration)',
    (r) => uuid(r));
  plain('b41b_bamboohr_api_key', 'bamboohr', AL.hex, 40, 'https://documentation.bamboohr.com/docs/getting-started#authentication (API key used as the Basic-auth user name; 40 hex as issued)');
  // Keycloak hmac-generated key provider: the realm's HS512 secret, base64url of 64 bytes in a kc.sh export
  def('b41b_keycloak_hmac_secret', 'keycloak', true, 'https://www.keycloak.org/docs/latest/server_admin/#_realm_keys (hmac-generated key provider secret)',
    (r) => b64url(r.bytes(64)));
  // DKIM public key record: p= is the base64 SubjectPublicKeyInfo of the signing key (public by design)
  def('b41b_dkim_public_key', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc6376#section-3.6.1 (p= public-key data, base64 SPKI)',
    (r) => {
      const n = Buffer.concat([Buffer.from([0]), r.bytes(256)]);
      n[1] |= 0x80;
      return b64(seq(RSA_OID, der(0x03, Buffer.concat([Buffer.from([0]), seq(der(0x02, n), der(0x02, Buffer.from([1, 0, 1])))]))));
    });
};
