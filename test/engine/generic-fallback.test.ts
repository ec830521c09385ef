/**
 * A literal fallback after an environment lookup is a secret written into the code: the deployment that
 * forgets the variable runs with it, and anyone who reads the repository has it. Each syntax below is
 * found, keyed by the variable's name; a fallback that is a word, a path, a URL or another lookup is not,
 * and neither is a substitution that demands the variable (`${KEY:?message}`).
 */
import { base62, hexKey, scanFiles } from '../helpers/scan-files';

/** A random-looking value, made at test time. */
const secret = () => base62(32);
const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-fallback-');

it('finds the fallback literal in each syntax', async () => {
  const v = Array.from({ length: 15 }, secret);
  const files: Record<string, string> = {
    'config.ts': `export default {\n  jwt: process.env.JWT_SECRET || '${v[0]}',\n  db: { password: process.env['DB_PASSWORD'] ?? "${v[1]}" },\n};\n`,
    'settings.py': `import os\nSECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "${v[2]}")\nAPI_TOKEN = os.environ.get('API_TOKEN', '${v[3]}')\nWEBHOOK_SECRET = os.getenv("WEBHOOK_SECRET") or "${v[4]}"\nSIGNING_KEY = config("SIGNING_KEY", default="${v[5]}")\n`,
    'config/services.php': `<?php\nreturn [\n    'secret' => env('AWS_SECRET_ACCESS_KEY', '${v[6]}'),\n    'token' => getenv('SLACK_TOKEN') ?: '${v[7]}',\n];\n`,
    'config/initializers/api.rb': `Api.token = ENV.fetch('PARTNER_API_TOKEN', '${v[8]}')\n`,
    'Application.kt': `val jwtSecret = System.getenv("JWT_SECRET") ?: "${v[9]}"\n`,
    'Startup.cs': `var key = Environment.GetEnvironmentVariable("HMAC_SECRET") ?? "${v[10]}";\n`,
    'main.go': `func load() { secret := getEnv("SESSION_SECRET", "${v[11]}") }\n`,
    'docker-compose.yml': `services:\n  api:\n    environment:\n      JWT_SECRET: \${JWT_SECRET:-${v[12]}}\n`,
    'application.yml': `spring:\n  datasource:\n    password: \${DB_PASSWORD:${v[13]}}\n`,
    'Publish.groovy': `def password = project.findProperty('nexusPassword') ?: '${v[14]}'\n`,
  };
  const where: Array<[string, number]> = [
    ['config.ts', 2],
    ['config.ts', 3],
    ['settings.py', 2],
    ['settings.py', 3],
    ['settings.py', 4],
    ['settings.py', 5],
    ['config/services.php', 3],
    ['config/services.php', 4],
    ['config/initializers/api.rb', 1],
    ['Application.kt', 1],
    ['Startup.cs', 1],
    ['main.go', 1],
    ['docker-compose.yml', 4],
    ['application.yml', 3],
    ['Publish.groovy', 1],
  ];
  const want = where.map(([path, line], i) => ({ path, line, secret: v[i] }));
  expect(await scan(files)).toEqual(want.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line));
});

it('leaves words, paths, URLs, other lookups and demanded variables alone', async () => {
  const files = {
    'config.ts': [
      "const mode = process.env.AUTH_MODE || 'development';",
      "const pw = process.env.DB_PASSWORD ?? 'changeme';",
      'const token = process.env.API_TOKEN || process.env.LEGACY_TOKEN;',
      "const file = process.env.TOKEN_FILE || '/run/secrets/api_token';",
      "app.use(session({ secret: process.env.SESSION_SECRET || 'keyboard cat' }));",
      "const url = process.env.AUTH_URL || 'https://auth.example.com/oauth/token';",
      'const key = getenv("SECRET_KEY", "");',
    ].join('\n'),
    'docker-compose.yml': [
      'services:',
      '  api:',
      '    environment:',
      '      API_TOKEN: ${API_TOKEN:?set API_TOKEN}',
      '      ALT_TOKEN: ${ALT_TOKEN:+present}',
      '      DB_PASSWORD: ${DB_PASSWORD:-}',
      '      REDIS_PASSWORD: ${REDIS_PASSWORD:-redis}',
      '      JWT_SECRET: ${JWT_SECRET:-${FALLBACK_SECRET}}',
    ].join('\n'),
  };
  expect(await scan(files)).toEqual([]);
});

it('finds fallbacks a notebook escapes, a formatter wraps, or a provider rule names', async () => {
  const [cell, wrapped, java, pat] = [secret(), secret(), secret(), secret()];
  const cert = hexKey(32);
  const appToken = base62(100).toUpperCase().replace(/[0-9]/g, 'Q');
  const files = {
    // A notebook stores each cell line as a JSON string, so every quote is escaped.
    'recon.ipynb': `{"cells": [{"cell_type": "code", "source": [\n    "import os\\n",\n    "MIXPANEL_SA_SECRET = os.getenv(\\"MIXPANEL_SA_SECRET\\", \\"${cell}\\")\\n"\n]}]}\n`,
    // black and google-java-format put a long call's arguments on the next line.
    'settings.py': `SECRET_KEY = os.environ.get(\n    "DJANGO_SECRET_KEY", "${wrapped}"\n)\n`,
    'Signer.java': `class Signer {\n  static final String HUB = System.getenv().getOrDefault(\n      "PRAGMATIC_SECRET_KEY", "${java}");\n}\n`,
    // Provider rules take the fallback as the key's value: a certificate name the generic rules would not read, a token on the next line.
    'token-server/index.js': `const AGORA_APP_CERTIFICATE = process.env.AGORA_APP_CERTIFICATE || '${cert}';\nconst LIVECHAT_PAT = process.env.LIVECHAT_PAT || 'dal:${pat}';\n`,
    'vtex/omsClient.ts': `const APP_TOKEN =\n  process.env.VTEX_APP_TOKEN ??\n  '${appToken}';\n`,
  };
  const hits = await scan(files);
  expect(hits.map((h) => [h.path, h.line, h.secret])).toEqual([
    ['recon.ipynb', 3, cell],
    ['settings.py', 2, wrapped],
    ['Signer.java', 3, java],
    ['token-server/index.js', 1, cert],
    ['token-server/index.js', 2, `dal:${pat}`],
    ['vtex/omsClient.ts', 3, appToken],
  ]);
});

it('leaves a list of key names, and a wrapped call with no literal, alone', async () => {
  const files = {
    'keywords.json': '["npmauthident", "npm_auth_ident", "npmAuthIdent", "x_trans_key", "xtranskey"]\n',
    'README.md': '| Tools | `tool-credentials.yarn-npm-auth-ident`, `tool-credentials.bundler-credentials` |\n',
    'settings.py': 'SECRET_KEY = os.environ.get(\n    "DJANGO_SECRET_KEY", None\n)\nAPI_TOKEN = os.environ.get(\n    "API_TOKEN", "changeme"\n)\n',
  };
  expect(await scan(files)).toEqual([]);
});
