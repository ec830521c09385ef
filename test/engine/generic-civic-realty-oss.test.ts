/**
 * Forms found on a blind corpus batch (bench/corpus, batch49: nonprofits and civic tech, real estate
 * and construction, open-source publishing): values the generic extractor must read (a property list's
 * key and string, a secrets export's name and value with a field between, a logins sheet's
 * `Password / Key` column, a secrets inventory's type and value columns, a notebook cell's escaped
 * quotes, Visual Basic constants, Gradle's buildConfigField, a bare Laravel Sanctum token, systemd and
 * smbcredentials files) and keys it must leave alone (RESO's record keys, DocuSign's integration key,
 * browser tokens, zero-group placeholders).
 */
import { runInProcess } from '../helpers/cli';
import { tempDir, writeTree } from '../helpers/fs';
import { base62, scanFiles, token, hex, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-civic-');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

it("reads a property list's key and the string below it (an iOS Wi-Fi profile)", async () => {
  const v = `Lakeshore${token(6)}#24`;
  const plist = `<plist version="1.0">\n<dict>\n\t<key>SSID_STR</key>\n\t<string>UK-Hubs</string>\n\t<key>Password</key>\n\t<string>${v}</string>\n\t<key>PayloadUUID</key>\n\t<string>${uuid()}</string>\n</dict>\n</plist>\n`;
  const hits = await scan({ 'profiles/unit-hub-wifi.mobileconfig': plist });
  expect(secrets(hits)).toEqual([v]);
});

it('reads a name and a value with fields between them, and the flow style of YAML', async () => {
  const v = { pw: `burrow-${token(8)}-88`, choco: uuid(), db: `Tunnel-${token(10)}!` };
  const hits = await scan({
    'exports/actions-secrets.json': `{ "secrets": [\n  { "name": "COSIGN_PASSWORD", "scope": "repo", "value": "${v.pw}" },\n  { "name": "CHOCOLATEY_API_KEY", "scope": "repo", "visibility": "private", "value": "${v.choco}" },\n  { "name": "REGION", "scope": "org", "value": "us-east-1" }\n]}\n`,
    'k8s/deploy.yaml': `env:\n  - {name: DB_PASSWORD, value: ${v.db}}\n  - {name: LOG_LEVEL, value: info}\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it('reads the credential half of a "Password / Key" header, and a type-and-value inventory', async () => {
  const v = { canva: `Flyers-R-Us-${token(4)}5`, codecov: uuid(), sonar: hex(40) };
  const hits = await scan({
    'shared/Tools-and-Logins.csv': `Tool,Owner,Login,Password / Key,Notes\nCanva,Kemi,design@example.org,${v.canva},flyers\nZoom,Ade,organizers@example.org,(Google SSO),\n`,
    'audit/service-accounts.csv': `service,owner,secret_type,value,status\nCodecov,piotr,upload token,${v.codecov},active\nSonarCloud,piotr,user token,${v.sonar},active\nGitHub,amara,deploy key fingerprint,SHA256:${base62(43)},active\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it("reads a notebook cell's escaped quotes under a key that names the provider only", async () => {
  const v = hex(32);
  const nb = `{"cells": [{"cell_type": "code", "source": [\n    "import requests\\n",\n    "LIBRARIES_IO_KEY = \\"${v}\\"\\n"\n  ]}]}\n`;
  const hits = await scan({ 'notebooks/download-stats.ipynb': nb });
  expect(secrets(hits)).toEqual([v]);
});

it("reads Visual Basic constants and Gradle's buildConfigField", async () => {
  const v = { vba: `Offertory#${token(6)}`, gradle: hex(64) };
  const hits = await scan({
    'vba/BulletinMailMerge.bas': `Private Const SMTP_USER As String = "giving@example.org"\nPrivate Const SMTP_PASS As String = "${v.vba}"\n`,
    'app/build.gradle.kts': `android {\n  buildTypes {\n    debug {\n      buildConfigField("String", "REMOTELOCK_CLIENT_ID", "\\"${hex(64)}\\"")\n      buildConfigField("String", "REMOTELOCK_CLIENT_SECRET", "\\"${v.gradle}\\"")\n    }\n  }\n}\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it('reads a bare Laravel Sanctum token, a systemd Environment= line and an smbcredentials file', async () => {
  const v = { sanctum: `3142|${base62(40)}`, unit: `k2s${token(29)}`, smb: `Fjord$2024${token(4)}` };
  const hits = await scan({
    '.env.production': `GIVEBUTTER_API_KEY=${v.sanctum}\n`,
    'systemd/ingest.service': `[Service]\nEnvironment=INGEST_CONFIG=/etc/ingest.yaml\nEnvironment=INGEST_DD_API_KEY=${v.unit}\n`,
    'home/.smbcredentials': `username=henrik\npassword=${v.smb}\ndomain=NORD\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it("leaves RESO's record keys, DocuSign's integration key, browser tokens and zero groups alone", async () => {
  const v = hex(32);
  const hits = await scan({
    'fixtures/bridge-property.json': `{"value": [{\n  "ListingKey": "${hex(32)}",\n  "ListAgentKey": "${hex(32)}",\n  "ListOfficeKey": "${hex(32)}",\n  "MediaKey": "${hex(32)}"\n}]}\n`,
    'appsettings.Production.json': `{\n  "DocuSign": {\n    "IntegrationKey": "${uuid()}",\n    "UserId": "${uuid()}"\n  }\n}\n`,
    '.env.local': `BRIDGE_BROWSER_TOKEN=${hex(32)}\nBRIDGE_SERVER_TOKEN=${v}\n`,
    'docs/plaid.md': `curl -d '{"plaidToken": "processor-sandbox-0000-0000"}'\n`,
  });
  expect(secrets(hits)).toEqual([v]);
});

/*
 * Batch 50 (restaurants and delivery, film and music production, energy and climate tech).
 */

it("reads an OCPP AuthorizationKey column, a meter key file's GUEK and GAK, and a Go flag's default", async () => {
  const v = { ocpp: hex(40), guek: hex(32).toUpperCase(), gak: hex(32).toUpperCase(), flag: `+H.${token(20)}|V0` };
  const hits = await scan({
    'db/V17__seed_chargers.sql': `INSERT INTO charger_credentials (charge_box_id, authorization_key_hex, rotated_at) VALUES\n  ('ALP-DEPOT-01', '${v.ocpp}', '2024-06-11');\n`,
    'keys/keyfile_batch2291.csv': `# Columns: serial;system_title;guek;gak;firmware\nserial;system_title;guek;gak;firmware\nLGZ1036145270;4C475AC916D2CC38;${v.guek};${v.gak};E360-4.2.1\n`,
    'cmd/simulator/main.go': `package main\n\nfunc init() {\n\tflag.StringVar(&o.host, "host", "localhost", "CSMS host")\n\tflag.StringVar(&o.password, "basic-password", "${v.flag}", "OCPP 2.0.1 BasicAuthPassword")\n}\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it('reads a long OAuth token, a workflow named ci.yml and an Apple app-specific password', async () => {
  const v = { uber: `IA.${base62(400)}`, ci: `KhrHT_${token(58)}`, apple: 'vlpx-phdq-xgsm-dkrx' };
  const hits = await scan({
    'logs/dispatch.log': `{"msg":"token response","body":{"access_token":"${v.uber}","token_type":"Bearer"}}\n`,
    '.github/workflows/ci.yml': `jobs:\n  test:\n    env:\n      DELIVERECT_CLIENT_SECRET: ${v.ci}\n`,
    'dumps/distributor_accounts.sql': `CREATE TABLE \`distributor_accounts\` (\n  \`id\` int NOT NULL,\n  \`username\` varchar(128),\n  \`secret\` varchar(512)\n);\nINSERT INTO \`distributor_accounts\` VALUES (2,'delivery@example.com','${v.apple}');\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it("leaves Grubhub's partner key, Brightcove's policy key, a web API key and notes in a password column alone", async () => {
  const v = `GiftCard$${token(8)}`;
  const hits = await scan({
    'k8s/secret-prod.yaml': `apiVersion: v1\nkind: Secret\nstringData:\n  GRUBHUB_PARTNER_KEY: ${uuid()}\n`,
    'web/player-config.json': `{\n  "brightcove": {\n    "policyKey": "BCpk${base62(120)}"\n  }\n}\n`,
    'app/services/resy.rb': `WEB_API_KEY = "${base62(32)}"\n`,
    'ops/vendor-logins.csv': `Vendor,Username,Password,Owner\nWi-Fi EO-Devices,n/a,rotated 2024-10 - see #it-help,Dana\nPaytronix,emberoak.admin,${v},Priya\nStar printer,root,public,Dana\n`,
  });
  expect(secrets(hits)).toEqual([v]);
});

it("reads a flag and its value opening an argument array's line, with parentheses in the password", async () => {
  const v = `Sv(Deadline)${token(6)}`;
  const hits = await scan({
    'farm/Install-DeadlineClient.ps1': `$args = @(\n    '--region', 'us-west-2',\n    '--serviceuser', 'NORTHLIGHT\\svc-deadline',\n    '--servicepassword', '${v}',\n    '--launcherservice', 'true'\n)\n`,
  });
  expect(secrets(hits)).toEqual([v]);
});

it('leaves the key of a key and secret pair to info, beside its longer secret in the same block only', async () => {
  const v = {
    secret: token(64),
    dhlKey: token(32),
    dhlSecret: token(16),
    postmark: uuid(),
    livekitSecret: token(44),
  };
  const hits = await scan({
    'config/confluent.properties': `confluent.api.key=${base62(12)}AB\nconfluent.api.secret=${v.secret}\n`,
    'config/carriers.ini': `[dhl_ecommerce]\napi_key = ${v.dhlKey}\napi_secret = ${v.dhlSecret}\n`,
    'config/prod.exs': `config :huddle, Huddle.Mailer,\n  adapter: Swoosh.Adapters.Postmark,\n  api_key: "${v.postmark}"\n\nconfig :huddle, :livekit,\n  api_key: "API${base62(12)}",\n  api_secret: "${v.livekitSecret}"\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
  // The key is still reported, at info, for whoever asks for it.
  const key = `${base62(12)}AB`;
  const dir = tempDir('tg-generic-civic-info-');
  writeTree(dir, { 'confluent.properties': `confluent.api.key=${key}\nconfluent.api.secret=${v.secret}\n` });
  const r = await runInProcess(['scan', dir, '--format', 'json', '--show-secrets', '--min-severity', 'info']);
  const found = (JSON.parse(r.stdout) as { findings: Array<{ secret: string; severity: string }> }).findings;
  expect(found.find((f) => f.secret === key)?.severity).toBe('info');
  expect(found.find((f) => f.secret === v.secret)?.severity).not.toBe('info');
  expect(found).toHaveLength(2);
});

it("reads a rotation log's table by its item column, when the keyword is in a row and not in the header", async () => {
  const v = { remotelock: hex(64), brivo: token(24) };
  const md = `# Key rotation 2024 Q2\n\n| System | Item | Old value (revoked) | New value | Rotated by |\n| --- | --- | --- | --- | --- |\n| RemoteLock | OAuth app client secret | \`${v.remotelock}\` | in 1P | A. Okafor |\n| Brivo | api-key | \`${v.brivo}\` | in 1P | M. Chen |\n| GitHub | deploy key for \`unitkey/app\` | SHA256 fingerprint \`${hex(64)}\` | new key added | A. Okafor |\n`;
  const hits = await scan({ 'docs/key-rotation-2024Q2.md': md });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});
