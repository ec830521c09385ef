/**
 * Forms found on a blind corpus batch (bench/corpus, batch54: web scraping and proxy networks,
 * quantitative trading, localization): a key pasted into a Slack JSON export's message (after an
 * escaped line break that follows a key's id), a bare `key = …` under an INI or TOML section that
 * names the service, a proxy list's host:port:user:password lines, a .curlrc's proxy-user; and what
 * must stay quiet (the id beside the key, a cache key under `[cache]`, a key in Python code, a
 * proxy list's header, a .pgpass line in a file named for proxies).
 */
import { scanFiles, token, hex, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-scraping-');

/** Lower-case letters and digits, as proxy providers issue passwords; a digit and a letter always in. */
const lowerAlnum = (n: number): string =>
  `k7${token(n * 2)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}`.slice(0, n);

it("reads a key pasted into a Slack JSON export's message, not the key id before it", async () => {
  const v = { alpaca: token(40), tradier: token(28) };
  const message = (text: string, ts: string) => `    {\n        "type": "message",\n        "text": "${text}",\n        "ts": "${ts}"\n    }`;
  const hits = await scan({
    'slack-export/desk-ops/2025-03-11.json': `[\n${[
      message(`key id PKB6I7TGK9M3WXAG68I8\\nsecret ${v.alpaca}\\nendpoint <https://paper-api.example.com>`, '1741699251.340119'),
      message(`sandbox token rotated friday, new one is ${v.tradier} (Bearer)`, '1741704466.227709'),
      message('the token refresh job runs at 06:00, see the runbook', '1741704467.000100'),
    ].join(',\n')}\n]\n`,
  });
  expect(secrets(hits)).toEqual([v.alpaca, v.tradier].sort());
});

it('reads a bare key under an INI or TOML section naming the service, not a cache key or a key in code', async () => {
  const v = { azure: hex(32), deepl: hex(32) };
  const hits = await scan({
    'config/mt-engines.toml': `[engines.google]\nenabled = true\nproject = "lumen-mt-prod"\n\n[engines.azure]\nenabled = true\nkey = "${v.azure}"\nregion = "westeurope"\n\n[cache]\nkey = "user_sessions_by_region_v2"\n`,
    'config/deepl.ini': `[deepl]\nkey = ${v.deepl}\nformality = more\n`,
    'mt_router/cache.py': `def lookup(cache, text):\n    key = "${hex(32)}"\n    return cache.get(key)\n`,
  });
  expect(secrets(hits)).toEqual([v.azure, v.deepl].sort());
});

it("reads a proxy list's passwords and a .curlrc's proxy-user, not the list's header or a .pgpass-shaped line", async () => {
  const pw = lowerAlnum(12);
  const sticky = `8reSRw3${token(10)}`;
  const oxylabs = `ENKi4wlr9o2N_${token(5)}`;
  const hits = await scan({
    'proxies.txt': `# exported 2024-05-30, format ip:port:user:pass\n38.154.227.167:5868:bfqzmjtk:${pw}\n45.127.248.127:5128:bfqzmjtk:${pw}\ngeo.proxy.example.net:12321:fl_scrape:${sticky}\n10.0.0.5:5432:orders:postgres:${token(16)}\n`,
    '.curlrc': `proxy = "http://pr.example.io:7777"\nproxy-user = "customer-fl_dev-cc-US:${oxylabs}"\nuser-agent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)"\n`,
  });
  expect(secrets(hits)).toEqual([pw, pw, sticky, oxylabs].sort());
});

it('reads a value a few fields below its name in one object (Terraform state), not one in the next object', async () => {
  const algolia = hex(32);
  const attributes = (key: string, value: string) =>
    `        {\n          "attributes": {\n            "id": "env_7ef0deddb7bb76d7",\n            "key": "${key}",\n            "project_id": "prj_lANP7qKH5lAz7dU26L4I00lwAPD3",\n            "sensitive": true,\n            "target": ["production"],\n            "value": "${value}"\n          }\n        }`;
  const hits = await scan({
    'terraform.tfstate': `{\n  "version": 4,\n  "resources": [\n${attributes('ALGOLIA_ADMIN_KEY', algolia)},\n${attributes('DOCS_BASE_URL', 'https://docs.example.dev')}\n  ]\n}\n`,
    'config.json': `{\n  "name": "SMTP_PASSWORD",\n  "description": "filled in by the deploy"\n},\n{\n  "value": "${token(24)}"\n}\n`,
  });
  expect(secrets(hits)).toEqual([algolia]);
});

it('reads a dotted secret whose lower-case runs read as words (Smartling user secret) in PowerShell', async () => {
  const secret = `nztc198myudulu1if0xnmrweaeKg.${token(10).toLowerCase()}4wy`;
  const hits = await scan({
    'Sync-SmartlingJobs.ps1': `$userIdentifier = 'gbamhgpbbsvtlzhduwznuxypdqssvj'\n$userSecret     = '${secret}'\n$settings = $config.smartling.projectId\n`,
  });
  expect(secrets(hits)).toEqual([secret]);
});

it("does not take the next list item's value for a name that has none of its own", async () => {
  const hits = await scan({
    'k8s/env.yaml': ['env:', '  - name: API_TOKEN', '    description: rotated by the operator', '  - name: LOG_LEVEL', `    value: "${token(24)}"`, ''].join('\n'),
  });
  expect(secrets(hits)).toEqual([]);
});
