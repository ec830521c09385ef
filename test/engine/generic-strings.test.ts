/**
 * Credentials that sit where a key/value reader does not look by default: a connection string's field
 * inside a string literal in code (`"Server=db;Password=v"`, a JDBC URL's `password=v`), a string escaped
 * inside a JSON string (a notebook's `\"v\"`), a name and a value given as two fields of one object
 * (`{"key": "password", "value": "v"}`) or on two lines (`- name: DB_PASSWORD` / `value: v`). Each is
 * found at its own line; what is code, a reference or a template in the same places is not.
 */
import { base62, byPlace, type Hit, scanFiles } from '../helpers/scan-files';

/** A random-looking value, made at test time. */
const secret = () => base62(24);
const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-strings-');

it('finds a connection string field inside a string literal in code', async () => {
  const v = Array.from({ length: 5 }, secret);
  const files = {
    'Db.cs': `class Db {\n    const string Conn = "Server=sql01,1433;Database=Orders;User Id=app;Password=${v[0]};TrustServerCertificate=True";\n}\n`,
    'Reports.java': `class Reports {\n    String url = "jdbc:sqlserver://rpt01:1433;databaseName=Reports;user=rpt;password=${v[1]}";\n}\n`,
    'etl.py': `conn = pyodbc.connect("DRIVER={ODBC Driver 18 for SQL Server};SERVER=db01;DATABASE=x;UID=app;PWD=${v[2]}")\n`,
    'client.js': `const url = \`https://api.example.net/v1/forward?access_key=${v[3]}&query=\${encodeURIComponent(q)}\`;\n`,
    'pg.go': `var dsn = "host=db01 port=5432 user=app password=${v[4]} dbname=app sslmode=require"\n`,
  };
  const want: Hit[] = [
    { path: 'Db.cs', line: 2, secret: v[0] },
    { path: 'Reports.java', line: 2, secret: v[1] },
    { path: 'etl.py', line: 1, secret: v[2] },
    { path: 'client.js', line: 1, secret: v[3] },
    { path: 'pg.go', line: 1, secret: v[4] },
  ];
  expect(await scan(files)).toEqual(want.sort(byPlace));
});

it('leaves code, templates and references inside strings alone', async () => {
  const files = {
    'Db.cs': 'var conn = $"Server={host};Database=Orders;User Id={user};Password={password};";\n',
    'Reports.java': 'String url = "jdbc:postgresql://db01/app?user=app&password=" + password;\n',
    'etl.py': 'conn = pyodbc.connect(f"SERVER=db01;UID=app;PWD={pwd}")\nsql = "UPDATE users SET password=? WHERE id=?"\n',
    'client.js': 'const url = `https://api.example.net/v1?access_key=${apiKey}&query=${q}`;\n',
    'run.sh': 'psql "host=db01 user=app password=$PGPASSWORD dbname=app"\n',
    // Code inside a template literal: a statement after `;`, not a connection string's field.
    'fixture.ts': 'const src = `const{tokenValue:e}=t;l.lastToken=m)},onComment(m,S){if(l.comments){let q=1}}`;\n',
    // Minified code: quotes in regex literals and template pieces cannot be counted.
    'vendor.min.js': `${'var a=1;'.repeat(40)}e=/"/g,t={onToken:null,ranges:!1,program:null},n="x";\n`,
  };
  expect(await scan(files)).toEqual([]);
});

it('finds a value quoted inside a JSON string (a notebook cell)', async () => {
  const v = [secret(), secret()];
  const nb = { cells: [{ cell_type: 'code', source: [`CONSUMER_SECRET = "${v[0]}"\n`, `client = Client(api_key="${v[1]}")\n`] }] };
  const got = await scan({ 'collect.ipynb': JSON.stringify(nb, null, 1) });
  expect(got.map((h) => h.secret).sort()).toEqual([...v].sort());
});

it('finds a name and its value given as two fields, on one line or two', async () => {
  const v = Array.from({ length: 6 }, secret);
  const files = {
    'collection.json': `{"variable": [\n  { "key": "password", "value": "${v[0]}", "type": "string" },\n  { "key": "baseUrl", "value": "https://api.example.net" }\n]}\n`,
    'task-definition.json': `{"environment": [\n  {\n    "name": "API_TOKEN",\n    "value": "${v[1]}"\n  }\n]}\n`,
    'deployment.yaml': `env:\n  - name: DB_PASSWORD\n    value: ${v[2]}\n  - name: LOG_LEVEL\n    value: debug\n  - name: WEBHOOK_SECRET\n    value: "${v[3]}"\n`,
    'har.json': `{"headers": [{"name": "X-Api-Token", "value": "${v[4]}"}]}\n`,
    'azuredeploy.parameters.json': `{\n  "parameters": {\n    "adminPassword": {\n      "value": "${v[5]}"\n    },\n    "sqlPassword": {\n      "reference": { "secretName": "sql" }\n    }\n  }\n}\n`,
  };
  const want: Hit[] = [
    { path: 'collection.json', line: 2, secret: v[0] },
    { path: 'task-definition.json', line: 4, secret: v[1] },
    { path: 'deployment.yaml', line: 3, secret: v[2] },
    { path: 'deployment.yaml', line: 7, secret: v[3] },
    { path: 'har.json', line: 1, secret: v[4] },
    { path: 'azuredeploy.parameters.json', line: 4, secret: v[5] },
  ];
  expect(await scan(files)).toEqual(want.sort(byPlace));
});

it('leaves references, value lookups and unrelated names alone', async () => {
  const files = {
    'deployment.yaml': [
      'env:',
      '  - name: DB_PASSWORD',
      '    valueFrom:',
      '      secretKeyRef: { name: db, key: password }',
      '  - name: GITHUB_TOKEN',
      '    value: ${{ secrets.GITHUB_TOKEN }}',
      '  - name: CACHE_DIR',
      '    value: /var/cache/app-Kq7pLm29xWzQaB3vTq8vLm2K',
      '',
    ].join('\n'),
    'collection.json': '[{ "key": "token", "value": "{{token}}" }, { "key": "region", "value": "eu-west-1" }]\n',
  };
  expect(await scan(files)).toEqual([]);
});

it("finds a value set by name (setProperty, SetEnvironmentVariable, putenv) and Make's ?=", async () => {
  const v = Array.from({ length: 4 }, secret);
  const files = {
    'Main.java': `class Main {\n  static { System.setProperty("javax.net.ssl.trustStorePassword", "${v[0]}"); }\n}\n`,
    'profile.ps1': `[Environment]::SetEnvironmentVariable('NUGET_API_KEY', '${v[1]}', 'User')\n`,
    'boot.php': `<?php\nputenv("STRIPE_SECRET=${v[2]}");\n`,
    Makefile: `TAG ?= latest\nREGISTRY_PASSWORD ?= ${v[3]}\n`,
  };
  const want: Hit[] = [
    { path: 'Main.java', line: 2, secret: v[0] },
    { path: 'profile.ps1', line: 1, secret: v[1] },
    { path: 'boot.php', line: 2, secret: v[2] },
    { path: 'Makefile', line: 2, secret: v[3] },
  ];
  expect(await scan(files)).toEqual(want.sort(byPlace));
});

it('reads a bare "Key" by the mapping that holds it', async () => {
  const v = Array.from({ length: 4 }, secret);
  const files = {
    'appsettings.json': `{\n  "Jwt": {\n    "Issuer": "https://auth.example.net",\n    "Audience": "clients",\n    "Key": "${v[0]}"\n  },\n  "Cache": {\n    "Key": "${v[1]}"\n  }\n}\n`,
    'application.yml': `jwt:\n  issuer: https://auth.example.net\n  key: ${v[2]}\nlabels:\n  key: ${v[3]}\n`,
    'taints.json': '[\n  {\n    "key": "taint-key-1",\n    "value": "taint-value-1"\n  }\n]\n',
  };
  // Under `Jwt` (`jwt:`) the key is a signing key; under `Cache` or `labels` a bare "key" names nothing secret.
  expect(await scan(files)).toEqual([
    { path: 'application.yml', line: 3, secret: v[2] },
    { path: 'appsettings.json', line: 5, secret: v[0] },
  ]);
});
