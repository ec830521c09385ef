/**
 * A provider's section holding more than one key (`"ZaloPay": {` with Key1 and Key2, `shodan:` with an
 * api_key and a secret): a regex that names the section above its value takes the section's line with
 * the first key, and the engine looks again for the keys below it. Lines that do not open a section
 * (a netrc entry, a CL command continued with `+`) get no second look, so no later line's first word
 * is read as their value.
 */
import { runInProcess } from '../helpers/cli';
import { tempDir, writeTree } from '../helpers/fs';
import { base62, token } from '../helpers/scan-files';

type Hit = { ruleId: string; line: number; secret: string };

/** Every finding's rule, line and secret: the rule matters here, generic rules would find some of these keys too. */
async function scan(files: Record<string, string>): Promise<Hit[]> {
  const dir = tempDir('tg-section-keys-');
  writeTree(dir, files);
  const r = await runInProcess(['scan', dir, '--format', 'json', '--show-secrets']);
  expect(r.code).toBe(1);
  const found = (JSON.parse(r.stdout) as { findings: Array<Hit & { path: string }> }).findings;
  return found.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line).map(({ ruleId, line, secret }) => ({ ruleId, line, secret }));
}

it("finds ZaloPay's Key2 under the section that gave Key1", async () => {
  const [key1, key2] = [base62(32), base62(32)];
  const hits = await scan({
    'SaigonShop.Api/appsettings.Production.json': `{\n  "ZaloPay": {\n    "AppId": 2553,\n    "Key1": "${key1}",\n    "Key2": "${key2}",\n    "Endpoint": "https://openapi.zalopay.vn/v2/create"\n  }\n}\n`,
  });
  expect(hits).toEqual([
    { ruleId: 'zalopay.merchant-key', line: 4, secret: key1 },
    { ruleId: 'zalopay.merchant-key', line: 5, secret: key2 },
  ]);
});

it('finds every key of a provider section named by the shared near macro', async () => {
  const [apiKey, secret] = [token(32), token(32)];
  const hits = await scan({
    'recon/config.yaml': `shodan:\n  base_url: https://api.shodan.io\n  api_key: "${apiKey}"\n  secret: "${secret}"\nlog_level: info\n`,
  });
  expect(hits).toEqual([
    { ruleId: 'shodan.api-key', line: 3, secret: apiKey },
    { ruleId: 'shodan.api-key', line: 4, secret: secret },
  ]);
});

it("reads no machine name as a netrc entry's password, nor a CL command's next variable as its value", async () => {
  const [pw1, pw2, pw3, pw4] = ['Ferryman-Deliver-88', 'Onset-NAS-2024', token(20), 'Ridge!ine2019'];
  const hits = await scan({
    '.netrc': `machine delivery.ferryman.example\n  login greenroom_deliv\n  password ${pw1}\n\nmachine nas01.greenroom.local\n  login onset\n  password ${pw2}\n`,
    'QCLSRC/NIGHTFTP.clle': `             DCL        VAR(&FTPPWD1) TYPE(*CHAR) LEN(32) +\n                          VALUE('${pw3}')\n             DCL        VAR(&FTPUSR2) TYPE(*CHAR) LEN(10) VALUE('rcu4471')\n             DCL        VAR(&FTPPWD2) TYPE(*CHAR) LEN(32) +\n                          VALUE('${pw4}')\n`,
  });
  expect(hits.map((h) => h.secret).sort()).toEqual([pw1, pw2, pw3, pw4].sort());
});
