/**
 * An environment lookup whose call goes on over lines (black-formatted Python, wrapped Java): the
 * fallback literal alone on the line after the key. And a generated password that starts with `%`
 * is a value, where `%VAR%` and `%(name)s` stay references.
 */
import { randomBytes } from 'node:crypto';
import { scanFiles, token, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-continued-');
/** 32 upper-case hex digits, the shape of an SMTP2GO key after its `api-` prefix. */
const hex32 = () => randomBytes(16).toString('hex').toUpperCase();

it('reads the fallback argument on the line after the key', async () => {
  const v = [token(50), token(40), token(32)];
  const files = {
    'settings.py': `SECRET_KEY = os.environ.get(\n    "DJANGO_SECRET_KEY",\n    "${v[0]}",\n)\n`,
    'PaymentConfig.java': `        String paypalSecret = System.getenv().getOrDefault("PAYPAL_CLIENT_SECRET",\n                "${v[1]}");\n`,
    'client.py': `token = getenv(\n    'SERVICE_API_TOKEN',\n    '${v[2]}')\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});

it('leaves continued calls alone that are no lookup, and lookups without a literal fallback', async () => {
  const files = {
    'settings.py': `SECRET_KEY = os.environ.get(\n    "DJANGO_SECRET_KEY",\n    None,\n)\n`,
    'log.py': `logger.info(\n    "api_token",\n    "${token(32)}",\n)\n`,
    'Config.java': `String secret = System.getenv().getOrDefault("PAYPAL_CLIENT_SECRET",\n        defaultSecret());\n`,
  };
  expect(secrets(await scan(files))).toEqual([]);
});

it('takes a password that starts with % as a value, and %VAR% as a reference', async () => {
  const chosen = `%0ZV0Jdhq+yHXHXhgGNy`;
  const files = {
    'group_vars/all.yml': `smtp:\n  user: postmaster@mg.example.com\n  password: "${chosen}"\n`,
    'deploy.yml': `db:\n  password: "%DB_PASSWORD%"\n  token: "%(api_token)s"\n`,
  };
  expect(secrets(await scan(files))).toEqual([chosen]);
});

it("reads a config line's quoted value after spaces, a comment after it", async () => {
  const v = [token(20), token(24)];
  const files = {
    'cfg/server.cfg': `hostname "North Shore Retakes"\nrcon_password "${v[0]}"\nsv_password ""\n`,
    'fivem/server.cfg': `sv_hostname "Community RP"\nsv_licenseKey "${v[1]}" // keymaster\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});

it("reads a one-string array's string, a Google app password, a hash's salt, Apache's SetEnv and a value with = inside", async () => {
  const v = [token(44), token(40), token(30), token(20)];
  const app = 'giyt rhvq tdig pvyp';
  const files = {
    'realm-export.json': `{\n  "config": {\n    "secret": ["${v[0]}"],\n    "priority": ["100"]\n  }\n}\n`,
    'local_settings.py': `EMAIL_HOST_PASSWORD = "${app}"\n`,
    'settings.php': `$settings['hash_salt'] = '${v[1]}';\n`,
    'intranet.conf': `<VirtualHost *:443>\n    SetEnv DB_PASS "${v[2]}"\n    OIDCCryptoPassphrase ${v[3].slice(0, 8)}=${v[3].slice(8)}\n</VirtualHost>\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v.slice(0, 3), `${v[3].slice(0, 8)}=${v[3].slice(8)}`, app].sort());
});

it('leaves prose, salted hashes and arrays of several strings alone', async () => {
  const files = {
    'settings.py': 'EMAIL_HOST_PASSWORD = "see the team vault"\n',
    'hashes.yml': `password_hash_algorithm: argon2\nhashed_password: ${token(40)}\n`,
    'realm.json': `{\n  "secret": ["${token(20)}", "${token(20)}"]\n}\n`,
  };
  expect(secrets(await scan(files))).toEqual([]);
});

it("reads Ruby's ||= and JavaScript's ??=, a header that is a whole string of a command, and a value starting with !", async () => {
  const v = [token(24), token(30), token(32), `!_a!${token(16)}`];
  const files = {
    Fastfile: `ENV["MATCH_PASSWORD"] ||= "${v[0]}"\n`,
    'checkly.config.ts': `process.env.CHECKLY_API_KEY ??= "${v[1]}";\n`,
    fish_history: `- cmd: curl -s -H "X-Api-Key: ${v[2]}" http://nuc.home:8989/api/v3/system/status | jq\n`,
    'docker-compose.yml': `services:\n  minio:\n    environment:\n      MINIO_ROOT_PASSWORD: ${v[3]}\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});

it('leaves a negated variable and a header read from a variable alone', async () => {
  const files = {
    'config.yml': ['auth:', '  password: !isDisabled', ''].join('\n'),
    'call.sh': 'curl -H "X-Api-Key: $SONARR_KEY" http://nuc.home:8989/api\n',
  };
  expect(secrets(await scan(files))).toEqual([]);
});

it("reads a key's expression falling back to a literal, a cipher's pass, and an app password written bare", async () => {
  const v = [`atsk_${token(40)}`, `api-${hex32()}`, token(48)];
  const app = 'niev epvq urxp ljly';
  const files = {
    'channels.ts': `    apiKey: opts.africasTalking?.apiKey ?? '${v[0]}',\n`,
    'mail.module.ts': `      pass: config.get<string>('SMTP2GO_API_KEY') ?? '${v[1]}',\n`,
    'db01.yml': `pgbackrest_repo1_cipher_pass: "${v[2]}"\npgbackrest_repo1_cipher_type: aes-256-cbc\n`,
    '.gitconfig': `[sendemail]\n\tsmtpuser = kari@example.com\n\tsmtppass = ${app}\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v, app].sort());
});
