'use strict';
/** Generators added with batch42-c (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, seq, derInt, smallInt, pem } = require('./lib');

// z-base-32, the alphabet rspamd uses for its encoded hashes and keys
const ZBASE32 = 'ybndrfg8ejkmcpqxot1uwisza345h769';

module.exports = function register(def, plain) {
  // ---- DNS: BIND TSIG / rndc keys, DNSSEC keys, certbot DNS plugins ----
  def('b42c_tsig_hmac_sha256', 'bind', true, 'https://bind9.readthedocs.io/en/latest/manpages.html#tsig-keygen-tsig-key-generation-tool (key "name" { algorithm hmac-sha256; secret "<base64 of 32 random bytes>"; }; also rndc.key)',
    (r) => b64(r.bytes(32)));
  def('b42c_tsig_hmac_sha512', 'bind', true, 'https://bind9.readthedocs.io/en/latest/manpages.html#tsig-keygen-tsig-key-generation-tool (tsig-keygen -a hmac-sha512: base64 of 64 random bytes)',
    (r) => b64(r.bytes(64)));
  // dnssec-keygen writes K<zone>+013+<tag>.private with "PrivateKey: <base64 of the 32-byte ECDSA P-256 scalar>"
  def('b42c_dnssec_ecdsa_private', 'bind', true, 'https://bind9.readthedocs.io/en/latest/manpages.html#dnssec-keygen-dnssec-key-generation-tool (algorithm 13 ECDSAP256SHA256 .private file, PrivateKey: base64 of 32 bytes)',
    (r) => b64(r.bytes(32)));
  // the matching DNSKEY record in the zone / .key file: base64 of the 64-byte uncompressed point (public)
  def('b42c_dnskey_public', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc6605#section-4 (ECDSA P-256 DNSKEY public key: 64 bytes, base64)',
    (r) => b64(r.bytes(64)));
  def('b42c_ds_digest', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc4509 (DS digest type 2: SHA-256 of the DNSKEY, hex as dnssec-dsfromkey prints it)',
    (r) => r.str(AL.HEX, 64));
  plain('b42c_hetzner_dns_token', 'hetzner', AL.b62, 32, 'https://dns.hetzner.com/api-docs#section/Authentication (Auth-API-Token header; modelled on issued tokens: 32 alphanumerics)');
  plain('b42c_namecheap_api_key', 'namecheap', AL.hex, 32, 'https://www.namecheap.com/support/api/intro/ (ApiKey parameter; 32 hex characters)');
  plain('b42c_powerdns_api_key', 'powerdns', AL.b62, 24, 'https://doc.powerdns.com/authoritative/http-api/index.html (api-key setting / X-API-Key header; modelled on pwgen -s 24 output)');

  // ---- monitoring and alerting ----
  // Icinga 2: node setup writes const TicketSalt (random hex) to constants.conf; api setup writes a root ApiUser with a 16-hex password
  plain('b42c_icinga_ticket_salt', 'icinga', AL.hex, 32, 'https://icinga.com/docs/icinga-2/latest/doc/06-distributed-monitoring/#csr-auto-signing (TicketSalt: the secret from which client tickets are derived)');
  plain('b42c_icinga_api_password', 'icinga', AL.hex, 16, 'https://icinga.com/docs/icinga-2/latest/doc/12-icinga2-api/#setting-up-the-api (icinga2 api setup: root ApiUser with an auto-generated password, 16 hex)');
  plain('b42c_grafana_secret_key', 'grafana', AL.b62, 32, 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#secret_key ([security] secret_key used to encrypt data source secrets)');
  // Healthchecks.io project API keys: secrets.token_urlsafe(24), 32 chars; the ping key in slug URLs is token_urlsafe(16)
  def('b42c_healthchecks_api_key', 'healthchecks', true, 'https://healthchecks.io/docs/api/ (X-Api-Key project API key, read-write; 32 URL-safe characters)',
    (r) => r.str(AL.b64url, 32));
  // Google Chat incoming webhook: the key parameter is shared by every webhook; the token parameter is the secret
  def('b42c_google_chat_webhook', 'google', true, 'https://developers.google.com/workspace/chat/quickstart/webhooks (https://chat.googleapis.com/v1/spaces/SPACE/messages?key=KEY&token=TOKEN)',
    (r) => `https://chat.googleapis.com/v1/spaces/AAAA${r.str(AL.b62 + '-_', 7)}/messages?key=AIzaSy${r.str(AL.b62 + '-_', 33)}&token=${b64url(r.bytes(32))}%3D`);
  // Graylog password_secret: pepper for stored passwords, "pwgen -N 1 -s 96"
  plain('b42c_graylog_password_secret', 'graylog', AL.b62, 96, 'https://go2docs.graylog.org/current/setting_up_graylog/initial_configuration_settings.html (password_secret, at least 64 characters, e.g. pwgen -N 1 -s 96)');

  // ---- log shippers' destinations ----
  plain('b42c_mezmo_ingestion_key', 'mezmo', AL.hex, 32, 'https://docs.mezmo.com/docs/ingestion-key (LogDNA/Mezmo ingestion key; modelled on issued keys: 32 hex)');
  def('b42c_sumologic_http_url', 'sumologic', true, 'https://www.sumologic.com/help/docs/send-data/hosted-collectors/http-source/logs-metrics/ (HTTP Source address: the URL itself encodes the collector credentials)',
    (r) => `https://endpoint${r.range(1, 9)}.collection.${r.pick(['', 'eu.', 'us2.', 'de.'])}sumologic.com/receiver/v1/http/ZaVnC4dhaV${b64url(r.bytes(84))}==`);
  def('b42c_loggly_customer_token', 'loggly', true, 'https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm (customer token in https://logs-01.loggly.com/inputs/TOKEN/tag/...; UUID form)',
    (r) => {
      const h = r.hex(32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    });

  // ---- vendor keys that ticket exports leak ----
  def('b42c_companies_house_api_key', 'companies-house', true, 'https://developer.company-information.service.gov.uk/authentication (REST API key sent as the Basic-auth username; issued in UUID form)',
    (r) => {
      const h = r.hex(32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(4)]}${h.slice(17, 20)}-${h.slice(20)}`;
    });

  // ---- backups ----
  // pgBackRest repository encryption: repo1-cipher-pass, the user guide generates it with openssl rand -base64 48
  def('b42c_pgbackrest_cipher_pass', 'pgbackrest', true, 'https://pgbackrest.org/user-guide.html#quickstart/configure-encryption (repo1-cipher-pass, openssl rand -base64 48)',
    (r) => b64(r.bytes(48)));

  // ---- non-secret lookalikes at rest ----
  def('b42c_rspamd_pw_hash', 'none', false, 'https://rspamd.com/doc/workers/controller.html (rspamadm pw output: $2$<zbase32 salt>$<zbase32 PBKDF2 hash>, not reversible)',
    (r) => `$2$${r.str(ZBASE32, 32)}$${r.str(ZBASE32, 52)}`);
  def('b42c_dh_params', 'none', false, 'https://docs.openssl.org/3.0/man1/openssl-dhparam/ (PKCS#3 DHparameter, public group parameters, 8 lines)',
    (r) => pem('DH PARAMETERS', seq(derInt(r, 257, true), smallInt(2))));
  def('b42c_mysql_native_hash', 'none', false, 'https://dev.mysql.com/doc/refman/8.0/en/native-pluggable-authentication.html (authentication_string: * + 40 upper-case hex of SHA1(SHA1(password)))',
    (r) => `*${r.str(AL.HEX, 40)}`);
  def('b42c_pg_scram_hash', 'none', false, 'https://www.postgresql.org/docs/current/catalog-pg-authid.html (rolpassword SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>)',
    (r) => `SCRAM-SHA-256$4096:${b64(r.bytes(16))}$${b64(r.bytes(32))}:${b64(r.bytes(32))}`);
  def('b42c_pg_md5_hash', 'none', false, 'https://www.postgresql.org/docs/current/catalog-pg-authid.html (legacy rolpassword: md5 + MD5(password || username) in hex)',
    (r) => `md5${r.hex(32)}`);
};
