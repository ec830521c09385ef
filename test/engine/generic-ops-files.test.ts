/**
 * Forms found missed on a blind corpus batch (bench/corpus, batch42): spreadsheets saved as XML, PHP's
 * serialized options in a SQL dump, Grafana's triple-quoted values, `*_pw` keys, a cron mail's shell
 * trace, tokens whose prefix reads like snake_case, a generated password ending in `_`, the entries of a
 * mapping named for credentials; with the lookalikes beside them (a data row that says "password", an
 * empty serialized value, identifiers, an entry that names a header, public SSH keys).
 */
import { randomBytes } from 'node:crypto';
import { base62, scanFiles, token, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-ops-');
const randomHex = (n: number) => randomBytes(n / 2).toString('hex');
const lowerToken = (n: number) =>
  `${token(n)
    .toLowerCase()
    .slice(0, n - 2)}7q`;

/** An XML Spreadsheet 2003 workbook of one table with `rows` (the first is the header). */
function workbook(rows: string[][]): string {
  const row = (cells: string[]) => `   <Row>\n${cells.map((c) => `    <Cell><Data ss:Type="String">${c}</Data></Cell>\n`).join('')}   </Row>\n`;
  return `<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n <Worksheet ss:Name="Vendors">\n  <Table>\n${rows.map(row).join('')}  </Table>\n </Worksheet>\n</Workbook>\n`;
}

it('reads an XML spreadsheet by its first row, and only a SpreadsheetML file', async () => {
  const v = [token(32), `Wrenfield-Status-${base62(4)}9`];
  const sheet = workbook([
    ['Vendor', 'Login', 'Password / secret', 'Notes'],
    ['Healthchecks.io', 'project batch', v[0], 'read-write API key'],
    ['Statuspage', 'ops@example.com', v[1], 'shared login'],
  ]);
  // A data row that names a credential is no header: the cell below its "Secret" is not read.
  const inventory = workbook([
    ['Item', 'State', 'Due'],
    ['rotation', 'Secret', 'May'],
    ['misc', token(24), 'June'],
  ]);
  const plain = sheet.replace(/urn:schemas-microsoft-com:office:spreadsheet/g, 'urn:example');
  const hits = await scan({ 'sheets/vendors.xml': sheet, 'sheets/inventory.xml': inventory, 'sheets/plain.xml': plain });
  const lineOf = (s: string) => sheet.slice(0, sheet.indexOf(s)).split('\n').length;
  expect(hits).toEqual([
    { path: 'sheets/vendors.xml', line: lineOf(v[0]), secret: v[0] },
    { path: 'sheets/vendors.xml', line: lineOf(v[1]), secret: v[1] },
  ]);
});

it("reads PHP's serialized pairs, quoted plainly or escaped in a SQL dump, and not an empty one", async () => {
  const v = [token(32), token(24)];
  const files = {
    'backups/wp.sql': `INSERT INTO \`wp_options\` VALUES (213,'ppcp_settings','a:3:{s:7:\\"enabled\\";s:3:\\"yes\\";s:13:\\"client_secret\\";s:32:\\"${v[0]}\\";s:9:\\"client_id\\";s:0:\\"\\";}','yes');\n`,
    'legacy/options.php': `<?php\n$opts = 'a:2:{s:7:"api_key";s:24:"${v[1]}";s:10:"api_secret";s:0:"";}';\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});

it('reads triple-quoted ini values, *_pw keys and a shell trace in a mail spool', async () => {
  const v = [`${token(16)}%FUF`, token(20), token(24)];
  const files = {
    'grafana/grafana.ini': `[database]\ntype = postgres\npassword = """${v[0]}"""\n`,
    'icingaweb2/resources.ini': `[ldap]\nbind_dn = "CN=svc,DC=corp"\nbind_pw = "${v[1]}"\n\n[ui]\npwa_enabled = "${token(20)}"\n`,
    'var/mail/postgres': `From root@db01  Mon Mar  3 02:15:01 2025\nSubject: Cron <postgres@db01> /opt/backup.sh\n\n+ export PGPASSWORD=${v[2]}\n+ pg_dump -h db01 dispatch\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});

it('takes a token whose prefix reads like snake_case, and a generated password ending in _, but not identifiers or a cut-short prefix', async () => {
  const ntfyLike = `tk_${lowerToken(29)}`;
  const generated = `S4*${base62(14)}8d_`;
  const files = {
    'packages/energy.yaml': `shell_command:\n  notify: curl -s -H "Authorization: Bearer ${ntfyLike}" https://ntfy.example.net/energy\n`,
    'mikrotik/export.rsc': `/ppp secret\nadd name=marek-laptop password="${generated}" profile=l2tp-in service=l2tp\n`,
    'src/client.py': `headers = {"Authorization": "Bearer refresh_access_token_value"}\nAPI_TOKEN = "sk-ant-api03-"\n`,
  };
  expect(secrets(await scan(files))).toEqual([generated, ntfyLike].sort());
});

it('reads the entries of a mapping named for credentials, and not an entry that names something else', async () => {
  const v = [token(40), token(40), randomHex(32), randomHex(32), token(32)];
  const files = {
    'config/config.yaml': `auth:\n  # clients call us with a bearer key\n  api_keys:\n    bloomcart: "${v[0]}"\n    tidepool: ${v[1]}\n    header_name: X-Client-Api-Key\n  rotation_days: 90\ntranslation_keys:\n  welcome: "Welcome back to your dashboard"\n`,
    'alertscripts/pd_trigger.py': `ROUTING_KEYS = {\n    "quayside": "${v[2]}",\n    "quayside-ot": "${v[3]}",  # OT network\n}\n`,
    'models/modeling_udop.py': `class UdopModel:\n    _tied_weights_keys = {\n        "encoder.embed_tokens.weight": "shared.weight",\n        "decoder.relative_bias.biases.0.relative_attention_bias.weight": "encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight",\n    }\n`,
    'build/lexer.js': `var tokens = {\n  meta: 'degree|indegree|outdegree',\n  string: '"(?:\\\\"|[^"])*"',\n};\n`,
    'settings.json': `{\n  "tokens": {\n    "ci-bot": "${v[4]}"\n  },\n  "ssh_keys": {\n    "alice": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${base62(43)} alice@laptop"\n  }\n}\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});
