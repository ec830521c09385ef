/**
 * Forms found on a blind corpus batch (bench/corpus, batch51: sports and fitness, agriculture and
 * veterinary care, HR and payroll): an API key sent as the Basic user name with no password or a
 * filler one (Greenhouse, Lever, Ashby: `key:`; BambooHR: `key:x`), a header logged inside a Python
 * bytes repr (`\r\nAuthorization: Basic …`), session cookies of captured requests, a personal access
 * token named for its issuer earlier in the key, a notebook cell's escaped quotes around a header
 * name, a single-quoted PowerShell password holding `$`; and what must stay quiet (a URL's
 * `<password>` placeholder, a key name that only ends in `_PAT`, a Basic user name that is no key).
 */
import { base62, scanFiles, token, hex, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-sports-');
const b64 = (s: string) => Buffer.from(s).toString('base64');

it('reads an API key sent as the Basic user name, with an empty or filler password', async () => {
  const greenhouse = hex(32);
  const bamboo = hex(40);
  const lever = base62(48);
  const hits = await scan({
    'cassettes/greenhouse.yaml': `request:\n  headers:\n    Authorization:\n    - Basic ${b64(`${greenhouse}:`)}\n`,
    'src/pto.js': `const AUTH_HEADER = 'Basic ${b64(`${bamboo}:x`)}';\n`,
    'logs/worker.log': `[2024-05-14 03:00:00,240: DEBUG] send: b'GET /v1/opportunities HTTP/1.1\\r\\nHost: api.lever.co\\r\\nAuthorization: Basic ${b64(`${lever}:`)}\\r\\n\\r\\n'\n`,
  });
  // The secret reported is the header's base64 value, as for any Basic credential.
  expect(secrets(hits)).toEqual([b64(`${greenhouse}:`), b64(`${bamboo}:x`), b64(`${lever}:`)].sort());
});

it('leaves alone a Basic user name that is no key, with no password', async () => {
  const hits = await scan({
    'docs/setup.md': `Authorization: Basic ${b64('deploy-user:')}\nAuthorization: Basic ${b64('your-api-key-goes-here-0000:')}\n`,
  });
  expect(hits).toEqual([]);
});

it("reads the key of curl's --user and of a .netrc login when the password is empty or a filler", async () => {
  const bamboo = hex(40);
  const checkr = hex(40);
  const hits = await scan({
    '.bash_history': `curl -s -u "${bamboo}:x" -H 'Accept: application/json' "https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory"\n`,
    '.netrc': `machine api.checkr.com\n  login ${checkr}\n  password\n\nmachine ssapi.shipstation.com\n  login ${hex(32)}\n  password ${base62(32)}\n`,
  });
  // The ShipStation login sits beside its password: the password is the finding there, not the login.
  const netrc = hits.filter((h) => h.path === '.netrc').map((h) => h.secret);
  expect(secrets(hits.filter((h) => h.path === '.bash_history'))).toEqual([bamboo]);
  expect(netrc).toContain(checkr);
  expect(netrc).toHaveLength(2);
});

it('reads session cookies of captured requests, including names that end like an identifier', async () => {
  const v = { php: base62(26).toLowerCase(), tive: `${hex(16)}${token(16).toLowerCase()}`, rails: `${base62(40)}%2B${base62(30)}--${hex(20)}` };
  const hits = await scan({
    'notes/curl.sh': `curl -H "Cookie: PHPSESSID=${v.php}" https://admin.example.com/\n`,
    'har/portal.har': `{"log": {"entries": [{"request": {"cookies": [\n  { "name": "tive_session", "value": "${v.tive}" },\n  { "name": "_ga", "value": "GA1.1.1829930112.1738860000" }\n]}}]}}\n`,
    'auth/admin.json': `{\n  "cookies": [\n    {\n      "name": "_kiln_admin_session",\n      "value": "${v.rails}",\n      "path": "/"\n    }\n  ]\n}\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it('reads a personal access token named for its issuer earlier in the key, not a name that only ends in _PAT', async () => {
  const oura = base62(32).toUpperCase();
  const hits = await scan({
    '.zsh_history': `: 1741290977:0;export STRIDELAB_OURA__DOGFOOD_PAT=${oura}\n`,
    'src/patterns.py': `API_URL_PAT = "${base62(32)}"\nMODULE_PAT = "${base62(32)}"\n`,
  });
  expect(secrets(hits)).toEqual([oura]);
});

it("reads a header name in a notebook cell's escaped quotes", async () => {
  const key = hex(32);
  const nb = `{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "hdr = {\\"x-apisports-key\\": \\"${key}\\"}\\n",\n    "fx = requests.get(url, headers=hdr).json()"\n   ]\n  }\n ]\n}\n`;
  const hits = await scan({ 'notebooks/draft.ipynb': nb });
  expect(secrets(hits)).toEqual([key]);
});

it('reads a single-quoted PowerShell password holding $, not a double-quoted one (a variable there)', async () => {
  const pw = `Cooler$Share${hex(2)}`;
  const hits = await scan({
    'Sync.ps1': `$sharePass = ConvertTo-SecureString '${pw}' -AsPlainText -Force\n$other = ConvertTo-SecureString "Cooler$Share99" -AsPlainText -Force\n`,
  });
  expect(secrets(hits)).toEqual([pw]);
});

it("leaves a URL's <password> placeholder alone, and reads a salt holding {{ with one closing brace", async () => {
  const salt = `1/X]Bh]Kf{{%Ebgm}u7kX/${base62(20)}$$A7!)SAPHT8Zk{-%4vU^&I1HV`;
  const hits = await scan({
    '.env.example': 'DATABASE_URL=postgresql+asyncpg://app:<password>@localhost:5432/app\nREDIS_URL=redis://:<redis-password>@localhost:6379/0\n',
    'wp-config.php': `<?php\ndefine( 'LOGGED_IN_SALT',   '${salt}' );\ndefine( 'NONCE_SALT', '{{ .Values.wordpress.nonceSalt }}' );\n`,
  });
  expect(secrets(hits)).toEqual([salt]);
});

it("reads a key after an escaped line break in a chat export's message, up to the next escape", async () => {
  const pw = `Ironhaus${token(6)}!`;
  const hits = await scan({
    'exports/slack-front-desk.json': `[\n  {\n    "type": "message",\n    "text": "user: integrations@example-gym.com\\npass: ${pw}\\nplease don't change anything in settings with it"\n  }\n]\n`,
  });
  expect(secrets(hits)).toEqual([pw]);
});

it('reads a key pasted after the word that names it in an exported chat, not a commit id after "token"', async () => {
  const key = hex(32);
  const hits = await scan({
    'chat/discord-dev.txt': `[2025-09-03 21:30] mo: fixed the token refresh bug in ${hex(40)}, deploying now\n[2025-09-03 21:31] mo: the free tier ran out, I upgraded on my card, key is ${key}\n`,
  });
  expect(secrets(hits)).toEqual([key]);
});
