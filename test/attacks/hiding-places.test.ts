/**
 * Issue 9, items 3, 7 and 8: places where a secret used to go unseen.
 * - item 3: history read each blob once, under whichever path git listed first; the same blob also
 *   committed at a lockfile, an allowlisted path or a `*.min.js` path hid the real `.env`;
 * - item 7: generic rules were switched off for a whole file or stdin piece when its first 64 KiB
 *   averaged long lines (a Helm values file with one CA bundle line, a CI log led by a JSON blob);
 * - item 8: objects only a tag or a ref points at (a tag on a blob, a ref on a tree) were never read.
 * Each case runs the real CLI on a real repository and expects the secret reported, a non-zero exit
 * and nothing raw in the output.
 */
import { execFileSync } from 'node:child_process';
import { fake } from '../helpers/fakes';
import { expectNothingLeaked, jsonOf, tg, tgProcess, Workspace } from './harness';

const ws = new Workspace();
afterAll(() => ws.cleanup());

const TOKEN = fake('github.pat-classic', 'hiding-places');
/** A made-up password: strong enough for the generic rule, found only by it. */
const PASSWORD = ['Qv7#', 'mT2!', 'xK9$', 'pL4w'].join(''); // tokenguard:allow (a made-up test value)

/** A base64 line as long as a CA bundle written on one line (no spaces: it looks minified). */
function longLine(bytes: number): string {
  let s = '';
  for (let i = 0; s.length < bytes; i++) s += Buffer.from(`certificate block ${i} `).toString('base64');
  return s.slice(0, bytes);
}

describe('a secret is not hidden behind a harmless-looking copy in history (item 3)', () => {
  it.each([
    ['a lockfile', 'package-lock.json'],
    ['a minified bundle', 'public/app.min.js'],
    ['an allowlisted path', 'fixtures/app.env'],
    ['a binary-looking extension', 'assets/logo.png'],
  ])('the same blob at %s and at .env: reported at .env, in --history and in a range', async (_name, decoy) => {
    const content = `GITHUB_TOKEN=${TOKEN}\n`;
    const files = { '.tokenguardrc.yaml': 'allowlist:\n  paths: ["^fixtures/"]\n', [decoy]: content, 'z/.env': content };
    // The decoy path sorts first in git's listing, so a blob-once reader met the blob there first.
    const dir = ws.repo({ 'README.md': 'base\n' });
    const base = ws.git(dir, 'rev-parse', 'HEAD').trim();
    ws.write(dir, files);
    const head = ws.commit(dir, 'the pull request');
    for (const args of [['--history'], ['--range', `${base}..${head}`]]) {
      const r = await tg(['scan', '.', ...args, '--format', 'json'], dir, ws.env());
      expect(r.code).toBe(1);
      expect(
        jsonOf(r)
          .findings.filter((f) => f.ruleId === 'github.pat-classic')
          .map((f) => f.path),
      ).toContain('z/.env');
      expectNothingLeaked({ result: r, secrets: [TOKEN] });
    }
  });
});

describe('one long line does not switch generic rules off around it (item 7)', () => {
  const values = `ca:\n  bundle: ${longLine(70_000)}\ndatabase:\n  password: ${PASSWORD}\n`;

  it('a Helm values file whose first line of data is a 70 KB CA bundle', async () => {
    const dir = ws.repo({ 'values.yaml': values });
    const r = await tg(['scan', '.', '--format', 'json'], dir, ws.env());
    expect(r.code).toBe(1);
    expect(jsonOf(r).findings.map((f) => `${f.ruleId} ${f.path}`)).toContain('generic.password values.yaml');
    expectNothingLeaked({ result: r, secrets: [PASSWORD] });
  });

  it('a CI log on stdin led by a one-line JSON blob', async () => {
    const log = `{"event":"${longLine(80_000)}"}\nstep 3: export DB_PASSWORD=${PASSWORD}\n`;
    const r = await tgProcess(['scan', '-', '--stdin-name', 'ci.log', '--format', 'json'], ws.dir(), ws.env(), log);
    expect(r.code).toBe(1);
    expect(jsonOf(r).findings.map((f) => f.ruleId)).toContain('generic.password');
    expectNothingLeaked({ result: r, secrets: [PASSWORD] });
  });
});

describe('objects only a tag or a ref points at are read with --history (item 8)', () => {
  it('a lightweight tag on a blob, an annotated tag on a blob, and a ref on a tree', async () => {
    const dir = ws.repo({ 'README.md': 'clean\n' });
    const hash = (text: string) => execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: text, encoding: 'utf8' }).trim();
    const tokens = ['tag-blob', 'annotated-blob', 'tree-ref'].map((s) => fake('github.pat-classic', `hiding-${s}`));
    ws.git(dir, 'tag', 'loose-blob', hash(`GITHUB_TOKEN=${tokens[0]}\n`));
    ws.git(dir, 'tag', '-a', '-m', 'a note', 'noted-blob', hash(`GITHUB_TOKEN=${tokens[1]}\n`));
    const inner = hash(`GITHUB_TOKEN=${tokens[2]}\n`);
    const tree = execFileSync('git', ['mktree'], { cwd: dir, input: `100644 blob ${inner}\tsecrets.env\n`, encoding: 'utf8' }).trim();
    ws.git(dir, 'update-ref', 'refs/hidden/tree', tree);
    const r = await tg(['scan', '.', '--history', '--format', 'json', '--show-secrets'], dir, ws.env());
    expect(r.code).toBe(1);
    const found = jsonOf(r).findings.map((f) => f.secret);
    for (const t of tokens) expect(found).toContain(t);
  });
});
