'use strict';
/** Generators added with the second blind batch (batch39-b, see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, wrap, der, seq, uuid, rsaPkcs1Der } = require('./lib');

module.exports = function register(def, plain) {
  // ---- network devices: reversible password encodings (the seed is the clear-text password) ----
  // Cisco IOS "type 7": two decimal digits (offset 00-15 into a fixed public key string), then each
  // byte XORed with the key, as upper-case hex. Anyone can reverse it, so it is as good as clear text.
  const CISCO7_KEY = 'dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87';
  def('b39b_cisco_type7', 'cisco', true, 'https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html (type 7 is a reversible Vigenere-style encoding)', (r, seed) => {
    const off = r.int(16);
    let out = String(off).padStart(2, '0');
    [...String(seed)].forEach((c, i) => {
      out += (c.charCodeAt(0) ^ CISCO7_KEY.charCodeAt((i + off) % CISCO7_KEY.length)).toString(16).toUpperCase().padStart(2, '0');
    });
    return out;
  });
  def('b39b_cisco_type9_hash', 'none', false, 'https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html (type 9 = scrypt hash: $9$ + 14-char salt + $ + 43-char digest; not reversible)',
    (r) => `$9$${r.str(AL.bcrypt, 14)}$${r.str(AL.bcrypt, 43)}`);
  // Junos "$9$" secrets: a substitution cipher over a fixed 65-char alphabet (Crypt::Juniper), reversible.
  const J_FAMILY = ['QzF3n6/9CAtpu0O', 'B1IREhcSyrleKvMW8LXx', '7N-dVbwsY2g4oaJZGUDj', 'iHkq.mPf5T'];
  const J_ALPHA = J_FAMILY.join('');
  const J_EXTRA = {};
  J_FAMILY.forEach((fam, i) => [...fam].forEach((c) => (J_EXTRA[c] = 3 - i)));
  const J_ENCODING = [[1, 4, 32], [1, 16, 32], [1, 8, 32], [1, 64], [1, 32], [1, 4, 16, 128], [1, 32, 64]];
  def('b39b_juniper_9', 'juniper', true, 'https://metacpan.org/pod/Crypt::Juniper (Junos $9$ encoding, reversible)', (r, seed) => {
    const salt = J_ALPHA[r.int(J_ALPHA.length)];
    let out = `$9$${salt}${r.str(J_ALPHA, J_EXTRA[salt])}`;
    let prev = salt;
    [...String(seed)].forEach((ch, pos) => {
      const enc = J_ENCODING[pos % J_ENCODING.length];
      let val = ch.charCodeAt(0);
      const gaps = [];
      for (let i = enc.length - 1; i >= 0; i--) {
        gaps.unshift(Math.floor(val / enc[i]));
        val %= enc[i];
      }
      for (const g of gaps) {
        prev = J_ALPHA[(g + J_ALPHA.indexOf(prev) + 1) % J_ALPHA.length];
        out += prev;
      }
    });
    return out;
  });

  // ---- VPNs ----
  const WG_DOC = 'https://www.wireguard.com/quickstart/#key-generation (wg genkey: base64 of a clamped Curve25519 scalar)';
  def('b39b_wireguard_private_key', 'wireguard', true, WG_DOC, (r) => {
    const k = r.bytes(32);
    k[0] &= 248;
    k[31] = (k[31] & 127) | 64;
    return b64(k);
  });
  def('b39b_wireguard_psk', 'wireguard', true, 'https://man7.org/linux/man-pages/man8/wg.8.html (wg genpsk: 32 random bytes, base64)', (r) => b64(r.bytes(32)));
  def('b39b_wireguard_public_key', 'wireguard', false, 'https://man7.org/linux/man-pages/man8/wg.8.html (wg pubkey output; public)', (r) => b64(r.bytes(32)));
  // openvpn --genkey secret: 2048-bit static key as 16 lines of 32 hex digits between armor lines (18 lines)
  def('b39b_openvpn_static_key', 'openvpn', true, 'https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/ (--tls-auth / --tls-crypt static key file)',
    (r) => `-----BEGIN OpenVPN Static key V1-----\n${wrap(r.hex(512), 32)}\n-----END OpenVPN Static key V1-----`);

  // ---- identity / CMS / e-commerce platforms ----
  def('b39b_keycloak_client_secret', 'keycloak', true, 'https://www.keycloak.org/docs/latest/server_admin/#_client-credentials (confidential client secret, 32 alphanumerics)', (r) => r.str(AL.b62, 32));
  // realm exports keep the RSA key of the rsa-generated provider as bare base64 DER (PKCS#1), no PEM armor
  def('b39b_rsa_pkcs1_der_b64', 'private-key', true, 'https://datatracker.ietf.org/doc/html/rfc8017#appendix-A.1.2 (RSAPrivateKey DER, base64 on one line as Keycloak realm exports hold it)', (r) => b64(rsaPkcs1Der(r)));
  def('b39b_x509_der_b64', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc5280 (X.509 certificate DER, base64 on one line; public)',
    (r) => b64(seq(der(0x30, Buffer.concat([Buffer.from('a003020102', 'hex'), der(0x02, r.bytes(8)), r.bytes(560)])))));
  def('b39b_pbkdf2_b64', 'none', false, 'https://www.keycloak.org/docs/latest/server_admin/#password-policy-types (stored pbkdf2-sha256 hash value, base64)', (r) => b64(r.bytes(64)));
  def('b39b_okta_client_secret', 'okta', true, 'https://developer.okta.com/docs/guides/implement-grant-type/clientcreds/main/ (OIDC app client secret; 40 chars [A-Za-z0-9_-] as the admin console issues)', (r) => r.str(AL.b62 + '_-', 40));
  def('b39b_ghost_admin_api_key', 'ghost', true, 'https://ghost.org/docs/admin-api/#token-authentication (Admin API key: 24-hex id, colon, 64-hex secret)', (r) => `${r.hex(24)}:${r.hex(64)}`);
  def('b39b_ghost_content_api_key', 'ghost', false, 'https://ghost.org/docs/content-api/#key (Content API keys are safe to use in browsers)', (r) => r.hex(26));
  def('b39b_strapi_secret', 'strapi', true, 'https://docs.strapi.io/cms/configurations/environment (APP_KEYS, salts and JWT secrets: crypto.randomBytes(16).toString("base64"))', (r) => b64(r.bytes(16)));
  def('b39b_drupal_hash_salt', 'drupal', true, 'https://www.drupal.org/docs/getting-started/installing-drupal/step-3-create-settingsphp-and-the-files-directory (hash_salt: Crypt::randomBytesBase64(55), 74 chars)', (r) => b64url(r.bytes(55)));
  def('b39b_magento_crypt_key', 'magento', true, 'https://experienceleague.adobe.com/en/docs/commerce-admin/systems/security/encryption-key (crypt/key in app/etc/env.php, 32-char generated key)', (r) => r.hex(32));
  def('b39b_directus_secret', 'directus', true, 'https://docs.directus.io/self-hosted/config-options.html#security (SECRET signs access tokens; random string)', (r) => r.str(AL.b62 + '-_', 32));

  // ---- ASP.NET <machineKey>: hex keys for view state / forms-auth tickets ----
  const MK_DOC = 'https://learn.microsoft.com/en-us/previous-versions/dotnet/netframework-4.0/w8h3skw9(v=vs.100) (machineKey validationKey / decryptionKey, hex)';
  def('b39b_aspnet_validation_key', 'aspnet', true, MK_DOC, (r) => r.str(AL.HEX, 128));
  def('b39b_aspnet_decryption_key', 'aspnet', true, MK_DOC, (r) => r.str(AL.HEX, 64));

  // ---- CI ----
  // hudson.util.Secret: "{" + base64(0x01, u32 iv length, u32 data length, iv, AES-CBC data) + "}", keyed by the controller's master key
  def('b39b_jenkins_secret_ciphertext', 'none', false, 'https://www.jenkins.io/doc/developer/security/secrets/ (credentials.xml holds values encrypted with the controller key)', (r) => {
    const n = 16 * r.range(1, 4);
    const head = Buffer.alloc(9);
    head[0] = 1;
    head.writeUInt32BE(16, 1);
    head.writeUInt32BE(n, 5);
    return `{${b64(Buffer.concat([head, r.bytes(16), r.bytes(n)]))}}`;
  });

  def('b39b_linkedin_client_secret', 'linkedin', true, 'https://learn.microsoft.com/en-us/linkedin/shared/authentication/client-credentials-flow (primary client secret; shape WPL_AP1.<16>.<8 base64> as the developer portal issues it)',
    (r) => `WPL_AP1.${r.str(AL.b62, 16)}.${r.str(AL.b62 + '+/', 6)}==`);

  // ---- notifications / messaging ----
  def('b39b_pushover_app_token', 'pushover', true, 'https://pushover.net/api#registration (application tokens: 30 case-sensitive alphanumerics)', (r) => r.str(AL.b62, 30));
  def('b39b_pushover_user_key', 'pushover', false, 'https://pushover.net/api#identifiers (user/group key identifies the recipient)', (r) => r.str(AL.b62, 30));
  def('b39b_onesignal_rest_key_legacy', 'onesignal', true, 'https://documentation.onesignal.com/docs/keys-and-ids (legacy REST API keys: 48 chars, base64 of a UUID-like string)', (r) => b64(uuid(r)));
  def('b39b_mailersend_token', 'mailersend', true, 'https://www.mailersend.com/help/managing-api-tokens (mlsn. prefixed tokens; 64 hex modelled on console-issued tokens)', (r) => `mlsn.${r.hex(64)}`);
  def('b39b_brevo_smtp_key', 'brevo', true, 'https://developers.brevo.com/docs/smtp-integration (SMTP keys: xsmtpsib- prefix, same layout as xkeysib- API keys)', (r) => `xsmtpsib-${r.hex(64)}-${r.str(AL.b62, 16)}`);
  def('b39b_govuk_notify_key', 'govuk-notify', true, 'https://docs.notifications.service.gov.uk/rest-api.html#api-keys (key name, service id UUID, secret UUID joined by hyphens)',
    (r) => `${r.pick(['council_forms_live', 'prod_notifications', 'live_key'])}-${uuid(r)}-${uuid(r)}`);
  def('b39b_victorops_api_key', 'splunk-oncall', true, 'https://help.victorops.com/knowledge-base/rest-endpoint-integration-guide/ (REST endpoint API key, UUID)', (r) => uuid(r));

  // ---- games / mobile ----
  def('b39b_steam_web_api_key', 'steam', true, 'https://steamcommunity.com/dev (Steam Web API key: 32 upper-case hex)', (r) => r.str(AL.HEX, 32));
  def('b39b_eos_client_secret', 'epic', true, 'https://dev.epicgames.com/docs/dev-portal/product-management (client secret; no documented format, modelled on console-issued 43-char base64 secrets)', (r) => r.str(AL.b62 + '+/', 43));
  def('b39b_gameanalytics_secret_key', 'gameanalytics', true, 'https://docs.gameanalytics.com/integrations/sdk/unreal/initialization (game key 32 hex, secret key 40 hex)', (r) => r.hex(40));
  def('b39b_expo_access_token', 'expo', true, 'https://docs.expo.dev/accounts/programmatic-access/ (EXPO_TOKEN; no documented format, modelled on 40-char console tokens)', (r) => r.str(AL.b62 + '_-', 40));
  def('b39b_revenuecat_secret_key', 'revenuecat', true, 'https://www.revenuecat.com/docs/projects/authentication (secret API keys prefixed sk_)', (r) => `sk_${r.str(AL.b62, 32)}`);
  def('b39b_revenuecat_public_key', 'revenuecat', false, 'https://www.revenuecat.com/docs/projects/authentication (public SDK keys appl_/goog_ ship in apps)', (r) => `${r.pick(['appl_', 'goog_'])}${r.str(AL.b62, 27)}`);
  def('b39b_apple_app_specific_password', 'apple', true, 'https://support.apple.com/en-us/102654 (app-specific passwords: four groups of four lower-case letters)', (r) => [0, 1, 2, 3].map(() => r.str(AL.lower, 4)).join('-'));

  // ---- search / media / captcha ----
  def('b39b_meilisearch_master_key', 'meilisearch', true, 'https://www.meilisearch.com/docs/learn/security/basic_security (master key, at least 16 bytes; openssl rand -base64 32 style)', (r) => b64url(r.bytes(32)));
  def('b39b_typesense_api_key', 'typesense', true, 'https://typesense.org/docs/latest/api/api-keys.html (admin API key; 32 alphanumerics as the console issues)', (r) => r.str(AL.b62, 32));
  def('b39b_imagekit_private_key', 'imagekit', true, 'https://imagekit.io/docs/api-keys (private_ key, server-side only)', (r) => `private_${r.str(AL.b62 + '+/', 27)}=`);
  def('b39b_imagekit_public_key', 'imagekit', false, 'https://imagekit.io/docs/api-keys (public_ key is used client-side)', (r) => `public_${r.str(AL.b62 + '+/', 27)}=`);
  def('b39b_turnstile_secret', 'cloudflare', true, 'https://developers.cloudflare.com/turnstile/get-started/server-side-validation/ (0x4AAAAAAA... secret key, 35 chars)', (r) => `0x4AAAAAAA${r.str(AL.b62 + '_-', 25)}`);
  def('b39b_turnstile_sitekey', 'cloudflare', false, 'https://developers.cloudflare.com/turnstile/get-started/ (sitekey is public, 24 chars)', (r) => `0x4AAAAAAA${r.str(AL.b62 + '_-', 14)}`);

  // ---- data stores / observability ----
  def('b39b_mongodb_keyfile', 'mongodb', true, 'https://www.mongodb.com/docs/manual/tutorial/deploy-replica-set-with-keyfile-access-control/ (openssl rand -base64 756: 16 lines)',
    (r) => wrap(b64(r.bytes(756)), 64));
  def('b39b_rabbitmq_password_hash', 'none', false, 'https://www.rabbitmq.com/docs/passwords#computing-password-hash (base64 of 4-byte salt + SHA-256; not reversible)', (r) => b64(r.bytes(36)));
  def('b39b_elastic_api_key_pair', 'elastic', true, 'https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html#plugins-outputs-elasticsearch-api_key (api_key => "id:api_key", the two fields of the create-API-key response)',
    (r) => `${r.str(AL.b62 + '-_', 20)}:${r.str(AL.b62 + '-_', 22)}`);
  def('b39b_kibana_encryption_key', 'kibana', true, 'https://www.elastic.co/guide/en/kibana/current/kibana-encryption-keys.html (kibana-encryption-keys generate: 32 hex chars)', (r) => r.hex(32));
  def('b39b_elastic_cloud_id', 'none', false, 'https://www.elastic.co/guide/en/cloud/current/ec-cloud-id.html (Cloud ID encodes host names; not a credential)',
    (r) => `${r.pick(['prod-search', 'logs-eu', 'observability'])}:${b64(`${r.pick(['eu-west-1.aws.found.io', 'us-central1.gcp.cloud.es.io'])}:443$${r.hex(32)}$${r.hex(32)}`)}`);
  def('b39b_apr1_hash', 'none', false, 'https://httpd.apache.org/docs/2.4/misc/password_encryptions.html (htpasswd $apr1$ MD5 hash)', (r) => `$apr1$${r.str(AL.bcrypt, 8)}$${r.str(AL.bcrypt, 22)}`);
  def('b39b_jasypt_ciphertext', 'none', false, 'https://github.com/ulisesbocchio/jasypt-spring-boot#use-environment-variables-for-encryption-password (ENC(...) ciphertext)', (r) => b64(r.bytes(16 * r.range(2, 4))));

  // ---- AWS SES SMTP credentials: password = base64(0x04 || HMAC-SHA256 chain), 44 chars starting with "B" ----
  def('b39b_ses_smtp_password', 'aws', true, 'https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html#smtp-credentials-convert (version byte 0x04 + 32-byte signature, base64)',
    (r) => b64(Buffer.concat([Buffer.from([4]), r.bytes(32)])));
};
