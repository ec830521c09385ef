/**
 * Forms found missing on a batch of corpus files written after the extractor (bench/corpus, batch38):
 * C's `#define`, a header set by a call, fallbacks in Perl, Ruby, Rust, Scala, R and Dart, a Go dump's
 * `(string)` annotation, fish's history, a config line of `key value`, and SQL's pairs of literals.
 * Each with the names, types and digests in the same places that must stay silent.
 */
import { scanFiles, token, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-more-');

it('reads defines, header calls, dumps, history and config lines', async () => {
  const v = [token(20), token(40), token(40), token(24), token(24), token(32), token(32)];
  const files = {
    'secrets.h': `#define WIFI_SSID "greenhouse"\n#define MQTT_PASS        "${v[0]}"\n`,
    'NetworkModule.kt': `val req = chain.request().newBuilder()\n    .header("X-Partner-Key", "${v[1]}")\n    .build()\n`,
    'panic.txt': ` Cloudflare: (config.Cloudflare) {\n  APIToken: (string) "${v[2]}"\n }\n`,
    fish_history: `- cmd: set -gx RAILWAY_TOKEN ${v[3]}\n  when: 1713170140\n`,
    'fluent-bit.conf': `[OUTPUT]\n    Name         es\n    HTTP_User    fluentbit\n    HTTP_Passwd  ${v[4]}\n`,
    'seed.sql': `INSERT INTO settings (name, value) VALUES\n  ('ga_measurement_id', 'G-7KQ2M9X1LP'),\n  ('recaptcha_secret_key', '${v[5]}');\n`,
    'integration_settings.csv': `"tenant","provider","name","value"\n"st_7Qm2","slack","signing_secret","${v[6]}"\n"st_7Qm2","recaptcha","site_key","6L8t7kX-2RBFVBA21IT23E7HMY23suAHe0GrKVty"\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});

it('reads literal fallbacks in Perl, Ruby, Rust, Scala, R and Dart', async () => {
  const v = [token(20), token(32), token(40), token(40), token(24), token(24)];
  const files = {
    'Config.pm': `    bind_pw => $ENV{LDAP_BIND_PASSWORD} || '${v[0]}',\n`,
    'gateway_client.rb': `  private_key: private_key || "${v[1]}",\n`,
    'config.rs': `    cohere_key: env::var("CO_API_KEY").unwrap_or_else(|_| String::from("${v[2]}")),\n`,
    'Clients.scala': `    sys.env.getOrElse("ARCHIVE_AWS_SECRET", "${v[3]}")\n`,
    'db.R': `  password = Sys.getenv("REPORTING_DB_PASSWORD", unset = "${v[4]}"),\n`,
    'env.dart': `  static const String apiToken = String.fromEnvironment('API_TOKEN', defaultValue: '${v[5]}');\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});

it('leaves names, types, digests and references in the same forms alone', async () => {
  const files = {
    'ssl.h': '#define SSL_TXT_kPSK "kPSK"\n#define TLS1_TXT_PSK_WITH_AES_256_GCM_SHA384 "PSK-AES256-GCM-SHA384"\n#define CKA_NSS_PKCS8_SALT 0xce534355UL\n',
    'libpq-fe.h': '#define PQnoPasswordSupplied\t"fe_sendauth: no password supplied\\n"\n',
    'config.go': 'type Config struct {\n    Token  string\n    APIKey *string\n    Secret []byte\n}\n',
    'test_handlers.py': `known = [\n    ("password", "${token(32).toLowerCase()}"),\n    ('passphrase', '${token(32).toLowerCase()}'),\n]\n`,
    'gateway.rb': '  private_key: private_key || ENV.fetch("BRAINTREE_KEY"),\n  token: token || "default",\n',
    sshd_config: 'PasswordAuthentication no\nPubkeyAuthentication yes\n',
    // Two quoted strings side by side in code are an array's items, not a CSV row's cells.
    'estree.js': `const keys = ["decorators","session_token","${token(24)}"];\n`,
  };
  expect(await scan(files)).toEqual([]);
});

it('reads a fallback on the next line, a literal through a conversion, a key quoted inside JSON and a named key ending in key', async () => {
  const v = [token(32), token(32), token(32), token(32), token(20), token(32)];
  const files = {
    'SmsService.cs': `    private static readonly string authz = System.Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN")\n        ?? "${v[0]}";\n`,
    'config.rs': `    meili_master_key: env::var("MEILI_MASTER_KEY")\n        .unwrap_or("${v[1]}".into()),\n    db_url: env::var("DATABASE_URL")\n        .unwrap_or("postgres://localhost/app".into()),\n`,
    'keys.go': `var receiptSigningKey = []byte("${v[2]}")\n`,
    'notify.go': `\tsms = twilio.NewRestClientWithParams(twilio.ClientParams{\n\t\tPassword: strings.TrimSpace("${v[3]} "),\n\t})\n`,
    'crm.har': `        "text": "{\\"email\\":\\"dana@example.com\\",\\"password\\":\\"${v[4]}\\"}"\n`,
    'deployment.yaml': `        env:\n          - name: OPENWEATHER_KEY\n            value: ${v[5]}\n          - name: CACHE_KEY\n            value: sessions-v2\n          - name: TAINT_KEY\n            value: dedicated\n`,
  };
  // The literal is reported as written, its trailing space (which TrimSpace drops at run time) included.
  expect(secrets(await scan(files))).toEqual([v[0], v[1], v[2], `${v[3]} `, v[4], v[5]].sort());
});

it("reads Hiera keys joined by ::, Kibana's encryption keys and Julia's get(ENV, …) fallback, and not C++ scopes", async () => {
  const v = [token(34), token(24), token(32), token(32)];
  const files = {
    'data/common.yaml': `---\nprofile::jenkins_agent::api_token: ${v[0]}\n"mysql::server::root_password": '${v[1]}'\nprofile::base::ntp_servers: ['0.pool.ntp.org']\n`,
    'kibana.yml': `server.host: "0.0.0.0"\nxpack.encryptedSavedObjects.encryptionKey: ${v[2]}\nxpack.encryptedSavedObjects.keyRotation.decryptionOnlyKeys: []\n`,
    'load_prices.jl': `const ENTSOE_TOKEN = get(ENV, "ENTSOE_TOKEN", "${v[3]}")\n`,
    'state.cpp': `  auto s = std::stop_token::state;\n  x = detail::token_${token(8)}::value;\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});
