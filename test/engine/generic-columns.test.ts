/**
 * A CSV or TSV file's header, or a SQL table's columns, name the values of every row (a password manager's export, a
 * users table dumped with its token column): cells under a credential header are judged as values of
 * that key, and nothing else in the table is.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { base62, scanFiles, token, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-columns-');

it('reads the cells under a credential header, quoted or not, with any of the usual separators', async () => {
  const v = [token(40), token(40), token(24), token(24), token(20)];
  const files = {
    'users_export.csv': `id,email,role,password_hash,api_token,created_at\n1,ana@example.com,admin,$2b$12$${base62(53)},ak_live_${v[0]},2021-02-11\n2,bo@example.com,support,$2b$12$${base62(53)},,2022-08-01\n3,bot@example.com,service,$2b$12$${base62(53)},ak_live_${v[1]},2023-01-17\n`,
    'passwords.csv': `name,url,username,password,note\n"staging db","https://db.example.com","deploy","${v[2]}",""\n"vpn, office","https://vpn.example.com","ana","${v[3].replace('a', 'a""')}","shared"\n`,
    'keys.tsv': `service\tclient_id\tclient_secret\nbilling\t${base62(12)}\t${v[4]}\n`,
  };
  const expected = [`ak_live_${v[0]}`, `ak_live_${v[1]}`, v[2], v[3].replace('a', 'a"'), v[4]].sort();
  expect(secrets(await scan(files))).toEqual(expected);
});

it('leaves tables alone whose headers name no credential, rows of another shape, and words under a token header', async () => {
  const files = {
    'orders.csv': `id,sku,checksum\n1,${base62(12)},${'ab12'.repeat(16)}\n`,
    'notes.csv': `name,password\nana,${token(20)},extra,cells\n`,
    'tokens.tsv': `token\tlemma\tpos\nrunning\trun\tVERB\nthe\tthe\tDET\n`,
    'later.csv': `id,comment\n1,the header of this table names no credential\npassword,${token(20)}\n`,
  };
  expect(secrets(await scan(files))).toEqual([]);
});

it("reads a SQL dump's values under credential columns: INSERT with columns, mysqldump under CREATE TABLE, pg_dump COPY", async () => {
  const v = [token(40), token(32), token(36), token(28)];
  const hash = `pbkdf2_sha256$720000$${base62(22)}$${base62(43)}=`;
  const files = {
    'seed.sql': `INSERT INTO oauth_applications (id, name, uid, secret, redirect_uri) VALUES (1, 'GitHub login', 'Iv1.8a61f9b3a7aba766', '${v[0]}', 'https://shop.example.com/cb');\nINSERT INTO users (id, email, password) VALUES\n  (1, 'admin@cms.test', '${hash}'),\n  (2, 'o''brien@cms.test', NULL);\n`,
    'dump.sql': `CREATE TABLE \`users\` (\n  \`id\` int NOT NULL AUTO_INCREMENT,\n  \`email\` varchar(255) NOT NULL,\n  \`api_token\` varchar(64) DEFAULT NULL,\n  PRIMARY KEY (\`id\`)\n);\nINSERT INTO \`users\` VALUES (1,'a@example.org','${v[1]}'),(2,'b@example.org',NULL);\n`,
    'pg.sql': `COPY public.integrations (id, provider, access_token, updated_at) FROM stdin;\n1\tacme\t${v[2]}\t2024-02-11 10:20:01+00\n2\tbeta\t\\N\t2024-02-11 10:20:01+00\n3\tgamma\t${v[3]}\t2024-02-11 10:20:01+00\n\\.\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});

it("reads a settings table's name and value cells side by side in a SQL tuple", async () => {
  const v = token(60);
  const files = {
    'V17__seed.sql': `INSERT INTO payment_provider_config (provider, environment, config_key, config_value, active) VALUES\n    ('paypal', 'live', 'client_id',     '${base62(40)}', TRUE),\n    ('paypal', 'live', 'client_secret', '${v}', TRUE),\n    ('paypal', 'live', 'mode',          'live', TRUE);\n`,
  };
  expect(secrets(await scan(files))).toEqual([v]);
});

it('reads the cells under a credential header of a Markdown table, and not a column described by a sentence', async () => {
  const v = [token(40), token(24), token(32)];
  const files = {
    'Staging-access.md': `# Staging\n\n| Service | Account | Secret | Used by |\n|---|---|---|---|\n| Grafana | \`sa-dash\` | \`${v[0]}\` | dashboards CI |\n| RabbitMQ | \`admin\` | \`${v[1]}\` | queue surgery |\n\nMore text.\n`,
    'Services.md': `| Service | URL | API key / token | Notes |\n|---|---|---|---|\n| Sonarr | https://sonarr.home | \`${v[2]}\` | |\n| Grafana | https://grafana.home | | SSO |\n`,
    'rotate.md': `| Provider | Format hint (for grep/secret scanning) | Vault path |\n|---|---|---|\n| SendGrid | \`SG.<22>.<43>\` | \`secret/prod/mail/sendgrid\` |\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});

it('reads a Markdown table whose header is the first line of the file, with snake_case and bold headers', async () => {
  const v = [token(32), token(28)];
  const files = {
    'keys.md': `| service | api_token | notes |\n|---|---|---|\n| sonarr | \`${v[0]}\` | |\n\nText.\n\n| **Service** | **Password** |\n| :--- | :--- |\n| minio | ${v[1]} |\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});

it("reads the cells under a credential header of an HTML table (a wiki export): code spans, a label's value, an account's password", async () => {
  const v = [token(44), token(32), token(24)];
  // A Google app password's shape (four groups of four letters), drawn here: a literal one reads as a leak of this file.
  const appPassword = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => String.fromCharCode(97 + randomInt(26))).join('')).join(' ');
  const td = (x: string) => `<td class="confluenceTd"><p>${x}</p></td>`;
  const row = (...cells: string[]) => `<tr>${cells.map(td).join('')}</tr>`;
  const files = {
    'Vendor-Integrations_281857.html': `<html><body><div class="table-wrap"><table class="confluenceTable"><tbody>\n<tr><th class="confluenceTh"><p>Service</p></th><th class="confluenceTh"><p>Identifier</p></th><th class="confluenceTh"><p>Secret</p></th></tr>\n${row('Sumo Logic', `Access ID <code>${base62(14)}</code>`, `Access Key <code>${v[0]}</code>`)}\n${row('DHL Parcel', 'customer no. 6312004477', 'see 1Password &quot;DHL Business&quot;')}\n</tbody></table>\n<p>Token rotation is quarterly.</p></body></html>\n`,
    'Shared-accounts_98271.html': `<table><tbody>\n<tr><th><p>System</p></th><th><p>Account</p></th><th><p>Secret</p></th></tr>\n${row('Jira DC', 'svc-release', `PAT: <code>${v[1]}</code>`)}\n${row('Bamboo', 'bamboo-admin', v[2])}\n${row('SMTP relay', 'alerts@example.com', `app password: ${appPassword}`)}\n</tbody></table>\n`,
    'no-header.html': `<table><tr><td>Secret</td><td>${token(30)}</td></tr></table>\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v, appPassword].sort());
});

it("takes a bare Key beside a service's https endpoint for that service's key, and not beside names alone", async () => {
  const v = [`${token(86)}==`, randomBytes(16).toString('hex')];
  const files = {
    'appsettings.Development.json': `{\n  "Cosmos": {\n    "Endpoint": "https://contoso-dev.documents.azure.com:443/",\n    "Key": "${v[0]}",\n    "Database": "appointments"\n  },\n  "Vision": {\n    "Key": "${v[1]}",\n    "Endpoint": "https://contoso-vision.cognitiveservices.azure.com/"\n  },\n  "Cache": {\n    "Key": "${token(30)}",\n    "Region": "orders"\n  }\n}\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});
