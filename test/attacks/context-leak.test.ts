/**
 * Issue 9, item 5: the text report's `line:` context printed secrets. The context of one finding masked
 * only the findings still reported on that line, so a second secret suppressed by the ignore file, an
 * allowlist, the baseline or --only-active came out raw; and a secret cut by the 400-byte excerpt was
 * no longer recognised and came out half raw. Now the context masks every candidate the engine saw on
 * the line and the tokens cut at the excerpt's edges.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fake } from '../helpers/fakes';
import { expectNothingLeaked, jsonOf, Listener, tg, Workspace } from './harness';

const ws = new Workspace();
const listener = new Listener();
let provider: Server;
let providerUrl = '';

const SHOWN = fake('github.pat-classic', 'ctx-shown');
const HIDDEN = fake('github.pat-classic', 'ctx-hidden');
const PASSWORD = 'Tr0ub4dor&3-horse'; // tokenguard:allow (a made-up test value)

beforeAll(async () => {
  await listener.start();
  // A provider that knows SHOWN as live and HIDDEN as revoked.
  provider = createServer((req, res) => {
    const live = String(req.headers.authorization ?? '').includes(SHOWN);
    res.writeHead(live ? 200 : 401, { 'content-type': 'application/json' }).end(live ? '{"login":"octocat"}' : '{}');
  });
  await new Promise<void>((r) => provider.listen(0, '127.0.0.1', r));
  providerUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await listener.stop();
  await new Promise<void>((r) => provider.close(() => r()));
  ws.cleanup();
});

/** Ten-character pieces of a secret: each holds random characters the redacted form never shows. */
const pieces = (secret: string) => Array.from({ length: secret.length - 9 }, (_, i) => secret.slice(i, i + 10));

/** The two characters a redacted form shows at its end ("ghp_…Ab (40 chars)" → "Ab"). */
const shownTail = (redacted: string) => redacted.replace(/ \(\d+ chars\)$/, '').slice(-2);

function expectNoPieces(text: string, secret: string): void {
  for (const p of pieces(secret)) expect(text).not.toContain(p);
}

describe('the context line never shows another secret on the same line', () => {
  const line = `TOKENS="${SHOWN} ${HIDDEN}" password=${PASSWORD}\n`;

  it.each([
    [
      'the ignore file',
      async (dir: string) => {
        const all = jsonOf(await tg(['scan', '.', '--no-suppress', '--format', 'json'], dir, ws.env()));
        const fps = all.findings.filter((f) => f.ruleId !== 'github.pat-classic' || shownTail(f.secret as string) !== SHOWN.slice(-2)).map((f) => f.fingerprint);
        ws.write(dir, { '.tokenguardignore': fps.join('\n') + '\n' });
        return [] as string[];
      },
    ],
    [
      'an allowlist',
      async (dir: string) => {
        ws.write(dir, { '.tokenguardrc.yaml': `allowlist:\n  regexes: ['${HIDDEN.slice(-12)}$', '^Tr0ub']\n` });
        return [] as string[];
      },
    ],
    [
      'the baseline',
      async (dir: string) => {
        const base = await tg(['baseline', 'create', '.'], dir, ws.env());
        type Entry = { ruleId: string; secretId?: string; secretSha256?: string };
        const data = JSON.parse(base.stdout) as { entries: Entry[] };
        // Accept everything but SHOWN: drop the entry whose secret the scan will still report.
        const shown = jsonOf(await tg(['scan', '.', '--format', 'json'], dir, ws.env())).findings.find(
          (f) => shownTail(f.secret as string) === SHOWN.slice(-2) && f.ruleId === 'github.pat-classic',
        ) as unknown as Entry;
        const idOf = (e: Entry) => e.secretId ?? e.secretSha256;
        data.entries = data.entries.filter((e) => idOf(e) !== idOf(shown));
        ws.write(dir, { 'baseline.json': JSON.stringify(data) });
        return ['--baseline', 'baseline.json'];
      },
    ],
    ['--only-active', async () => ['--verify', '--only-active', '--endpoint', `github=${providerUrl}`]],
  ])('suppressed by %s', async (_name, suppress) => {
    const dir = ws.write(ws.dir(), { 'app.env': line });
    const extra = await suppress(dir);
    const r = await tg(['scan', '.', '--no-color', ...extra], dir, ws.env());
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/line: +TOKENS="ghp_…\S\S \(40 chars\) \*+/);
    expectNoPieces(r.stdout, HIDDEN);
    expect(r.stdout).not.toContain(PASSWORD);
    expectNothingLeaked({ result: r, secrets: [SHOWN, HIDDEN, PASSWORD], listener });
  });
});

describe('a secret cut by the 400-byte excerpt', () => {
  it("is masked at the edge of the other finding's context line", async () => {
    const CUT = fake('github.pat-classic', 'ctx-cut');
    // Each excerpt reaches 180 bytes past its secret: CUT's excerpt starts 10 bytes before SHOWN ends.
    const text = `A=${SHOWN} ${'word '.repeat(34)}${CUT} tail\n`;
    const dir = ws.write(ws.dir(), { 'long.txt': text });
    const out = join(ws.dir(), 'report.txt');
    const r = await tg(['scan', '.', '--no-color', '--output', out], dir, ws.env());
    expect(r.code).toBe(1);
    const report = (await import('node:fs')).readFileSync(out, 'utf8');
    // The text report shows 120 characters centred on each secret; the cut edges of the 400-byte
    // excerpts lie beyond them (test/report/redact.test.ts checks that they are masked).
    expect(report).toMatch(/line: +A=ghp_…\S\S \(40 chars\) word/);
    expect(report).toMatch(/line: +….*word ghp_…\S\S \(40 chars\) tail/);
    for (const s of [SHOWN, CUT]) expectNoPieces(report, s);
    expectNothingLeaked({ result: r, secrets: [SHOWN, CUT], written: [out] });
  });
});
