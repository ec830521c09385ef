/**
 * Issue 9, item 4: a pull request suppressed its own leak. Allowlists, a lowered maxFileSize, an
 * inline `tokenguard:allow` marker, a `.tokenguardignore` entry or a baseline entry added by the pull
 * request were honoured in CI; --config did not stop the ignore file and markers; --no-suppress did
 * not undo maxFileSize. With --untrusted-head (the Action passes it on pull requests) those settings
 * are read from the base revision: the leak is reported, with a note naming what the head tried.
 */
import { fake } from '../helpers/fakes';
import { expectNothingLeaked, jsonOf, tg, Workspace } from './harness';

const ws = new Workspace();
afterAll(() => ws.cleanup());

const SECRET = fake('github.pat-classic', 'attack-self');
const KEPT = fake('github.pat-classic', 'attack-self-kept');

/** A repository whose base is clean (one accepted secret, suppressed the base's own way). */
function baseRepo(): { repo: string; base: string } {
  const repo = ws.repo({
    'README.md': 'hello\n',
    'legacy.env': `OLD_TOKEN=${KEPT} # tokenguard:allow\n`,
  });
  return { repo, base: ws.git(repo, 'rev-parse', 'HEAD').trim() };
}

/** The fingerprint the head's finding will have (what an attacker would put in .tokenguardignore). */
async function fingerprintOf(repo: string, path: string): Promise<string> {
  const r = await tg(['scan', path, '--no-suppress', '--format', 'json'], repo, ws.env());
  return jsonOf(r).findings[0].fingerprint;
}

const PR_SCAN = (base: string, head: string) => ['scan', '--range', `${base}..${head}`, '--untrusted-head', '--no-code-config', '--format', 'json'];

describe('a pull request cannot suppress its own leak (--untrusted-head)', () => {
  it.each([
    ['an allowlist regex', { '.tokenguardrc.yaml': `allowlist:\n  regexes: ['${SECRET.slice(-10)}$']\n` }, /allowlists this finding/],
    ['an allowlisted path', { '.tokenguardrc.yaml': "allowlist:\n  paths: ['app.env']\n" }, /allowlists this finding/],
    ['a disabled rule', { '.tokenguardrc.yaml': 'rules:\n  disable: [github.pat-classic]\n' }, /disables this rule/],
    ['a lowered maxFileSize', { '.tokenguardrc.yaml': 'maxFileSize: 10B\n' }, undefined],
    ['an inline marker', { 'app.env': `GITHUB_TOKEN=${SECRET} # tokenguard:allow\n` }, /an inline marker added in the head/],
    ['an allow-next-line marker', { 'app.env': `# tokenguard:allow-next-line\nGITHUB_TOKEN=${SECRET}\n` }, /an inline marker added in the head/],
  ])('%s', async (_name, added, note) => {
    const { repo, base } = baseRepo();
    ws.write(repo, { 'app.env': `GITHUB_TOKEN=${SECRET}\n`, ...added });
    const head = ws.commit(repo, 'the pull request');
    const r = await tg(PR_SCAN(base, head), repo, ws.env());
    expect(r.code).toBe(1);
    const finding = jsonOf(r).findings.find((f) => f.path === 'app.env');
    expect(finding?.ruleId).toBe('github.pat-classic');
    if (note) expect(finding?.notes).toEqual([expect.stringMatching(note)]);
    // The base's own marker on its accepted secret still counts.
    expect(jsonOf(r).findings.some((f) => f.path === 'legacy.env')).toBe(false);
    expectNothingLeaked({ result: r, secrets: [SECRET, KEPT] });
  });

  it('an ignore-file entry, with or without --config, and a baseline entry the head adds', async () => {
    const { repo, base } = baseRepo();
    ws.write(repo, { '.tokenguardrc.yaml': 'ignoreComments: []\n', 'app.env': `GITHUB_TOKEN=${SECRET}\n` });
    ws.commit(repo, 'first half');
    const fp = await fingerprintOf(repo, 'app.env');
    const accepted = await tg(['baseline', 'create', '.', '--no-suppress'], repo, ws.env());
    ws.write(repo, { '.tokenguardignore': `${fp} # not a real key\n`, '.tokenguard-baseline.json': accepted.stdout, 'app.env': `GITHUB_TOKEN=${SECRET} # tokenguard:allow\n` });
    const head = ws.commit(repo, 'second half');
    for (const extra of [[], ['--config', '.tokenguardrc.yaml'], ['--baseline', '.tokenguard-baseline.json']]) {
      const r = await tg([...PR_SCAN(base, head), ...extra], repo, ws.env());
      expect(r.code).toBe(1);
      // The secret is reported where the range introduced it (the first commit); the second commit only
      // adds a marker to a line that already held it, which history does not report again. The head's
      // ignore entry is noted on the finding, not honoured.
      const found = jsonOf(r).findings.filter((f) => f.path === 'app.env');
      expect(found).toHaveLength(1);
      expect(found[0].notes).toEqual(expect.arrayContaining([expect.stringMatching(/adds an ignore-file entry/)]));
      expectNothingLeaked({ result: r, secrets: [SECRET, KEPT] });
    }
    // Without --untrusted-head the repository's own suppressions apply, as before.
    expect((await tg(['scan', '.'], repo, ws.env())).code).toBe(0);
  });
});

describe('--no-suppress undoes a repository maxFileSize (item 4)', () => {
  it('the file the config hid by size is scanned', async () => {
    const repo = ws.repo({ '.tokenguardrc.yaml': 'maxFileSize: 10B\n', 'app.env': `GITHUB_TOKEN=${SECRET}\n` });
    const hidden = await tg(['scan', '.', '--format', 'json'], repo, ws.env());
    expect(hidden.code).toBe(0);
    const r = await tg(['scan', '.', '--no-suppress', '--format', 'json'], repo, ws.env());
    expect(r.code).toBe(1);
    expect(jsonOf(r).findings.map((f) => f.path)).toContain('app.env');
    expectNothingLeaked({ result: r, secrets: [SECRET] });
  });

  it('and a repository config can lower the limit but never raise it', async () => {
    const repo = ws.repo({ '.tokenguardrc.yaml': 'maxFileSize: 1GB\n', 'app.env': `GITHUB_TOKEN=${SECRET}\n${'#'.repeat(2000)}\n` });
    const env = ws.env();
    ws.write(env.XDG_CONFIG_HOME!, { 'tokenguard/config.yaml': 'maxFileSize: 1KB\n' });
    const r = await tg(['scan', '.', '--format', 'json'], repo, env);
    const report = jsonOf(r) as unknown as { findings: unknown[]; skipped: Array<{ path: string; reason: string }>; warnings: string[] };
    expect(report.skipped).toContainEqual(expect.objectContaining({ path: 'app.env', reason: 'too-large' }));
    expect(report.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\.tokenguardrc\.yaml: maxFileSize: ignored: a config in the scanned tree may lower the size limit, not raise it/)]),
    );
  });
});

describe('baselines a scan finds by itself follow --untrusted-head too', () => {
  const ACCEPTED = fake('github.pat-classic', 'attack-self-accepted');

  /** A baseline accepting ACCEPTED in app.env, made on a scratch repository (so the base never holds the secret). */
  async function acceptedBaseline(): Promise<string> {
    const scratch = ws.repo({ 'app.env': `GITHUB_TOKEN=${ACCEPTED}\n` });
    const r = await tg(['baseline', 'create', '.', '--no-suppress'], scratch, ws.env());
    expect(r.code).toBe(0);
    return r.stdout;
  }

  it("the default .tokenguard-baseline.json is read from the base: the head cannot add one, nor empty the base's", async () => {
    const baseline = await acceptedBaseline();
    const repo = ws.repo({ 'README.md': 'hello\n', '.tokenguard-baseline.json': baseline });
    const base = ws.git(repo, 'rev-parse', 'HEAD').trim();
    // The head adds the accepted secret (suppressed by the base's baseline) and a leak, and rewrites the
    // baseline to accept the leak instead.
    ws.write(repo, { 'app.env': `GITHUB_TOKEN=${ACCEPTED}\n`, 'leak.env': `GITHUB_TOKEN=${SECRET}\n` });
    const rewritten = await tg(['baseline', 'create', '.', '--no-suppress'], repo, ws.env());
    ws.write(repo, { '.tokenguard-baseline.json': rewritten.stdout });
    const head = ws.commit(repo, 'the pull request');
    const r = await tg(PR_SCAN(base, head), repo, ws.env());
    expect(r.code).toBe(1);
    expect(jsonOf(r).findings.map((f) => f.path)).toEqual(['leak.env']);
    expectNothingLeaked({ result: r, secrets: [SECRET, ACCEPTED] });
    // Without --untrusted-head the working tree's baseline applies: it accepts both.
    expect((await tg(['scan', '.'], repo, ws.env())).code).toBe(0);
  });

  it("a config's baseline: key and the file it names come from the base", async () => {
    const baseline = await acceptedBaseline();
    const repo = ws.repo({ '.tokenguardrc.yaml': 'baseline: security/accepted.json\n', 'security/accepted.json': baseline });
    const base = ws.git(repo, 'rev-parse', 'HEAD').trim();
    ws.write(repo, {
      'app.env': `GITHUB_TOKEN=${ACCEPTED}\n`,
      'security/accepted.json': '{"version": 2, "identity": {"scheme": "public-v2"}, "entries": []}\n',
      '.tokenguardrc.yaml': 'baseline: elsewhere.json\n',
    });
    const head = ws.commit(repo, 'the pull request');
    const r = await tg(PR_SCAN(base, head), repo, ws.env());
    expect(r.code).toBe(0);
    expect(jsonOf(r).summary.suppressed).toMatchObject({ baseline: 1 });
  });

  it('a config in the scanned tree cannot name a baseline outside the repository', async () => {
    const outside = ws.dir();
    ws.write(outside, { 'accepted.json': await acceptedBaseline() });
    const repo = ws.repo({ '.tokenguardrc.yaml': `baseline: ${outside}/accepted.json\n`, 'app.env': `GITHUB_TOKEN=${ACCEPTED}\n` });
    const r = await tg(['scan', '.', '--format', 'json'], repo, ws.env());
    expect(r.code).toBe(1);
    expect(jsonOf(r).warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\.tokenguardrc\.yaml: baseline: ignored: a config in the scanned tree may name a baseline inside the repository only/)]),
    );
    // Named with --baseline (a trusted source), the same file applies.
    expect((await tg(['scan', '.', '--baseline', `${outside}/accepted.json`], repo, ws.env())).code).toBe(0);
  });
});
