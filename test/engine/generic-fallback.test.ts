/**
 * A literal fallback after an environment lookup is a secret written into the code: the deployment that
 * forgets the variable runs with it, and anyone who reads the repository has it. Each syntax below is
 * found, keyed by the variable's name; a fallback that is a word, a path, a URL or another lookup is not,
 * and neither is a substitution that demands the variable (`${KEY:?message}`).
 */
import { base62, scanFiles } from '../helpers/scan-files';

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
