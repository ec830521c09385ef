/**
 * An environment lookup whose call goes on over lines (black-formatted Python, wrapped Java): the
 * fallback literal alone on the line after the key. And a generated password that starts with `%`
 * is a value, where `%VAR%` and `%(name)s` stay references.
 */
import { base62, type Hit, scanFiles } from '../helpers/scan-files';

/** A random-looking value with two digits at least. */
const token = (n = 32) => `${base62(n - 2)}${n % 10}${(n * 7) % 10}`;
const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-continued-');
const secrets = (hits: Hit[]) => hits.map((h) => h.secret).sort();

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
  const pw = `%0ZV0Jdhq+yHXHXhgGNy`;
  const files = {
    'group_vars/all.yml': `smtp:\n  user: postmaster@mg.example.com\n  password: "${pw}"\n`,
    'deploy.yml': `db:\n  password: "%DB_PASSWORD%"\n  token: "%(api_token)s"\n`,
  };
  expect(secrets(await scan(files))).toEqual([pw]);
});

it("reads a config line's quoted value after spaces, a comment after it", async () => {
  const v = [token(20), token(24)];
  const files = {
    'cfg/server.cfg': `hostname "North Shore Retakes"\nrcon_password "${v[0]}"\nsv_password ""\n`,
    'fivem/server.cfg': `sv_hostname "Community RP"\nsv_licenseKey "${v[1]}" // keymaster\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});
