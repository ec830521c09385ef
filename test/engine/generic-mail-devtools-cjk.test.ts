/**
 * Forms found on blind corpus batches (bench/corpus, batch 60: email, DNS and certificates; developer
 * productivity and test infrastructure; Japanese and Korean business software; batch 61: card issuing and
 * banking-as-a-service, the Chinese developer stack): numbered password flags,
 * a provider's PAT, external-dns' variables, Nx Cloud's nx.json, a Cypress record key, credential sheets
 * headed in Japanese and Korean, a key table's bare `key` column, NAVER Commerce's bcrypt-salt secret;
 * and what must stay quiet beside them.
 */
import { base62, digits, hex, hexKey, scanFiles, secrets, token } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-mail-devtools-');

it('reads numbered password flags, a PAT named for its provider, and external-dns credentials', async () => {
  const v = { old: `Tischler#${digits(4)}`, master: `Imapsync-Master-${digits(2)}`, gandi: hexKey(40), pdns: token(24) };
  const hits = await scan({
    '.bash_history': `imapsync --host1 imap.old.example --user1 a@example.org --password1 '${v.old}' --host2 127.0.0.1 --user2 a@example.org --password2 '${v.master}'\n`,
    'portfolio/registrars.py': `GANDI_PAT = "${v.gandi}"\nMODULE_PAT = r"^[a-z_]+$"\n`,
    'external-dns/values.yaml': `env:\n  - name: EXTERNAL_DNS_PDNS_SERVER\n    value: http://pdns-api.internal:8081\n  - name: EXTERNAL_DNS_PDNS_API_KEY\n    value: ${v.pdns}\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it("reads Nx Cloud's access token in nx.json and a Cypress record key, not a record's key", async () => {
  const nx = Buffer.from(`${hex(24)}|read-write`).toString('base64');
  const record = token(16);
  const hits = await scan({
    'nx.json': `{\n  "tasksRunnerOptions": {\n    "default": {\n      "runner": "nx-cloud",\n      "options": { "accessToken": "${nx}" }\n    }\n  }\n}\n`,
    'currents.config.js': `module.exports = {\n  projectId: 'web',\n  recordKey: process.env.CURRENTS_RECORD_KEY || '${record}',\n};\n`,
    'etl/dedupe.py': `DEDUP_RECORD_KEY = "${token(16)}"\n`,
  });
  // The token is base64 of the key and its scope; the report may give it decoded (`…|read-write`).
  expect(hits.map((h) => [h.path, h.line])).toEqual([
    ['currents.config.js', 3],
    ['nx.json', 5],
  ]);
  expect(hits[0].secret).toBe(record);
  expect([nx, Buffer.from(nx, 'base64').toString()]).toContain(hits[1].secret);
});

it('reads credential sheets headed in Japanese and Korean, not a keyword column', async () => {
  const v = { jaPass: `Kaede${digits(4)}!Gmo`, jaToken: token(40), koPass: `Hbliving${digits(4)}!!`, koSecret: hexKey(40) };
  const hits = await scan({
    'csv/モール連携アカウント一覧.csv': `モール,用途,ログインID,パスワード,APIキー/トークン,担当\nBASE,ショップ管理,info@example.jp,${v.jaPass},${v.jaToken},石田\n`,
    'csv/오픈마켓_계정관리.csv': `채널,구분,아이디,비밀번호,API Secret,담당\n쿠팡 WING,판매자센터,hanbit_living,${v.koPass},${v.koSecret},정하나\n`,
    'csv/検索キーワード.csv': `キーワード,件数\n${base62(12)}2x,${digits(3)}\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it("reads a key table's bare key column and a bcrypt salt kept as a client secret, not a password hash", async () => {
  const keys = [token(40), token(40)];
  const salt = `$2a$04$${base62(22)}`;
  const hits = await scan({
    'testrail-export.sql': `INSERT INTO \`user_api_keys\` (\`id\`, \`user_id\`, \`name\`, \`key\`, \`created_on\`) VALUES\n (3,14,'laptop','${keys[0]}',1690848000),\n (7,31,'jenkins','${keys[1]}',1704067200);\nINSERT INTO products (id, key, name) VALUES (1, '${token(20)}', 'kettle');\n`,
    'smartstore/orders.py': `CLIENT_ID = "${base62(22)}"\nCLIENT_SECRET = "${salt}"\nADMIN_PASSWORD_HASH = "$2b$12$${base62(53)}"\n`,
  });
  expect(secrets(hits)).toEqual([...keys, salt].sort());
});

it("leaves octoDNS's env reference, a Ruby attribute, a Luna slot list, a public client key and templates alone", async () => {
  const hits = await scan({
    'octodns/production.yaml': 'providers:\n  ns1:\n    class: octodns_ns1.Ns1Provider\n    api_key: env/NS1_API_KEY\n',
    'app/services/order_sync.rb': 'req.body = URI.encode_www_form(grant_type: "refresh_token", refresh_token: @store.yahoo_refresh_token)\n',
    'config/Chrystoki.conf': `VirtualToken = {\n   VirtualToken00Label = QPAY_HA;\n   VirtualToken00Members = 15498712${digits(5)},15498712${digits(5)};\n}\n`,
    // GrowthBook documents its sdk- client key as safe to ship; a named slot and a REPLACE_WITH note are templates.
    'pinecrest/settings.py': `GROWTHBOOK_CLIENT_KEY = "sdk-${base62(16)}"\n`,
    '.env.example': 'UNLEASH_API_TOKEN=default:development.<backend-token-hex>\n',
    'ci/settings-template.xml': '<server>\n  <id>nexus</id>\n  <password>{REPLACE_WITH_OUTPUT_OF_mvn_--encrypt-password}</password>\n</server>\n',
  });
  expect(hits).toEqual([]);
});

it("reads a registrar export's EPP codes and a handover table's key beside its user", async () => {
  const epp = [`w7${base62(4)}#ZZ=0MX`, `A!h@!c=${base62(5)}$%Z`];
  const keys = [token(20), `LT_${token(44)}`];
  const hits = await scan({
    'namecheap-transfer-out.csv': `Domain,Status,Auth Code (EPP),Buyer\nfernhollow.example,Unlocked,${epp[0]},M. Castellano\nquietledger.example,Unlocked,${epp[1]},Ledgerline Ltd\n`,
    'onboarding-qa.md': `Shared logins (rotated in January):\n\n| Tool | User | Key |\n|------|------|-----|\n| BrowserStack | \`orchardqa_W3kTzp\` | \`${keys[0]}\` |\n| LambdaTest | \`orchardqa\` | \`${keys[1]}\` |\n`,
    'glossary.md': '| Term | Key |\n|------|-----|\n| Primary | `customer_id` |\n',
  });
  expect(secrets(hits)).toEqual([...epp, ...keys].sort());
});

it("reads a sandbox key marked test_, SF Express' checkWord and a Tomcat JNDI value, not card tokens or public halves", async () => {
  const v = { column: `test_${token(32)}`, mt: `test-${token(48)}`, check: token(32), jndi: token(60) };
  const hits = await scan({
    '.envrc': `export COLUMN_API_KEY=${v.column}\nexport MT_API_KEY=${v.mt}\nexport FIXTURE_KEY=test_secret_123\n`,
    'wms/settings.ini': `[sf_express]\npartner_id = JSYC_NB\ncheck_word = ${v.check}\n`,
    'tomcat/context.xml': `<Context>\n  <Environment name="yeepay/hmacKey" type="java.lang.String" value="${v.jndi}" override="false"/>\n  <Environment name="app/maxRows" type="java.lang.Integer" value="500" override="false"/>\n</Context>\n`,
    // A card token names a card; Rapyd's access key, Alloy's token, JPush's and Qiniu's app and access keys are the public halves of their pairs.
    'logs/jit-gateway.log': `2024-11-03T14:02:11Z INFO jit.views path=/v1/jit card_token=${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)} amount=42.17\n`,
    '.env': `RAPYD_ACCESS_KEY=rak_${hex(20).toUpperCase()}\nALLOY_WORKFLOW_TOKEN=${token(32)}\nJPUSH_APPKEY=${hex(24)}\nQINIU_ACCESS_KEY=${token(40)}\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});
