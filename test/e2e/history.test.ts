import { readdirSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, git, gitRepo, tempDir, writeTree } from '../helpers/fs';

interface HistFinding {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  commit?: string;
  author?: string;
  email?: string;
  date?: string;
  alsoIn?: number;
  firstSeen?: string;
  inHead?: boolean;
  source: string;
  secretSha256: string;
}

async function history(repo: string, ...args: string[]) {
  const r = await runInProcess(['scan', '.', '--format', 'json', ...args], { cwd: repo });
  const report = r.stdout ? JSON.parse(r.stdout) : undefined;
  return { code: r.code, stderr: r.stderr, report, findings: (report?.findings ?? []) as HistFinding[] };
}

const S1 = fake('github.pat-classic', 'hist-1');
const S2 = fake('github.pat-classic', 'hist-2');
const S3 = fake('github.pat-classic', 'hist-3');

describe('scan --history', () => {
  it('finds a secret that was added and later deleted, attributed to the commit that added it', async () => {
    const repo = gitRepo({ 'README.md': '# app\n' });
    commitAll(repo, 'init', '2024-01-01T10:00:00Z');
    writeTree(repo, { 'config/prod.env': `# prod\nAPI=1\nGITHUB_TOKEN=${S1}\n` });
    const added = commitAll(repo, 'add config', '2024-02-02T10:00:00Z');
    rmSync(join(repo, 'config/prod.env'));
    commitAll(repo, 'remove config', '2024-03-03T10:00:00Z');

    expect((await runInProcess(['scan', '.'], { cwd: repo })).code).toBe(0);
    const { code, findings, report } = await history(repo, '--history');
    expect(code).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'github.pat-classic',
      path: 'config/prod.env',
      line: 3,
      column: 14,
      source: 'history',
      commit: added,
      author: 'Test',
      email: 'test@example.com',
      date: '2024-02-02T10:00:00.000Z',
      firstSeen: '2024-02-02T10:00:00.000Z',
      inHead: false,
      alsoIn: 0,
    });
    expect(report.summary.source).toBe('history');
  });

  it('scans a commit whose author time lies past what a date can hold, and reports its secret without a date', async () => {
    const repo = gitRepo({ 'README.md': '# app\n' });
    commitAll(repo, 'init', '2024-01-01T10:00:00Z');
    writeTree(repo, { 'config/far.env': `GITHUB_TOKEN=${S2}\n` });
    const far = commitAll(repo, 'from the far future', '@99999999999999 +0000');
    writeTree(repo, { 'config/near.env': `GITHUB_TOKEN=${S3}\n` });
    const near = commitAll(repo, 'today', '2024-05-05T10:00:00Z');
    expect(git(repo, 'log', '-1', '--format=%at', far).trim()).toBe('99999999999999');

    const { code, findings, report } = await history(repo, '--history');
    expect([code, report.summary.complete]).toEqual([1, true]);
    const byPath = Object.fromEntries(findings.map((f) => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual(['config/far.env', 'config/near.env']);
    expect(byPath['config/far.env']).toMatchObject({ commit: far, author: 'Test', email: 'test@example.com' });
    expect(byPath['config/far.env'].date).toBeUndefined();
    expect(byPath['config/near.env']).toMatchObject({ commit: near, date: '2024-05-05T10:00:00.000Z' });
  });

  it('says when a secret still ships at HEAD and keeps the earliest first-seen date across blobs', async () => {
    const repo = gitRepo({ 'a.env': `T=${S1}\n` });
    commitAll(repo, 'one', '2024-01-01T00:00:00Z');
    writeTree(repo, { 'a.env': `# moved down\nT=${S1}\n`, 'b.env': `OTHER=${S2}\n` });
    commitAll(repo, 'two', '2024-06-01T00:00:00Z');
    const { findings } = await history(repo, '--history');
    const forS1 = findings.filter((f) => f.path === 'a.env');
    // Reported where it appeared; the second version only moved it down a line, so it is not reported again.
    expect(forS1).toHaveLength(1);
    expect(forS1[0]).toMatchObject({ line: 1, date: '2024-01-01T00:00:00.000Z', firstSeen: '2024-01-01T00:00:00.000Z' });
    // HEAD's a.env still holds it, though the finding's own blob is no longer in HEAD.
    expect(forS1[0].inHead).toBe(true);
    expect(findings.find((f) => f.path === 'b.env')).toMatchObject({ inHead: true, firstSeen: '2024-06-01T00:00:00.000Z' });
  });

  it('covers branches that are not checked out, tags, and every stash entry', async () => {
    const repo = gitRepo({ 'README.md': 'x\n' });
    commitAll(repo);
    git(repo, 'checkout', '-q', '-b', 'feature');
    writeTree(repo, { 'feature.env': `T=${S1}\n` });
    commitAll(repo, 'feature secret');
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'checkout', '-q', '-b', 'release-tmp');
    writeTree(repo, { 'tagged.env': `T=${S2}\n` });
    commitAll(repo, 'tagged secret');
    git(repo, 'tag', '-a', 'v1.0', '-m', 'release');
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'branch', '-q', '-D', 'release-tmp');
    writeTree(repo, { 'stashed.env': `T=${S3}\n` });
    git(repo, 'stash', 'push', '-q', '-u', '-m', 'older stash');
    writeTree(repo, { 'README.md': 'newer stash\n' });
    git(repo, 'stash', 'push', '-q', '-m', 'newer stash');
    const { findings } = await history(repo, '--history');
    expect(findings.map((f) => f.path).sort()).toEqual(['feature.env', 'stashed.env', 'tagged.env']);
    expect(findings.every((f) => f.inHead === false)).toBe(true);
  });

  it('reads a blob once however many commits and paths carry it, and reports it at every path it appeared at, with alsoIn', async () => {
    const repo = gitRepo({ 'orig.env': `T=${S1}\n` });
    const first = commitAll(repo, 'orig', '2024-01-01T00:00:00Z');
    git(repo, 'mv', 'orig.env', 'renamed.env');
    const renamed = commitAll(repo, 'rename', '2024-01-02T00:00:00Z');
    writeTree(repo, { 'copy.env': `T=${S1}\n` });
    const copied = commitAll(repo, 'copy', '2024-01-03T00:00:00Z');
    const { findings, report } = await history(repo, '--history');
    expect(report.summary.files).toBe(1);
    const byPath = Object.fromEntries(findings.map((f) => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual(['copy.env', 'orig.env', 'renamed.env']);
    expect(byPath['orig.env']).toMatchObject({ commit: first, alsoIn: 2, inHead: true });
    expect(byPath['renamed.env']).toMatchObject({ commit: renamed, alsoIn: 2 });
    expect(byPath['copy.env']).toMatchObject({ commit: copied, alsoIn: 2 });
  });

  it('attributes a secret introduced while resolving a merge to the merge commit', async () => {
    const repo = gitRepo({ 'app.cfg': 'mode=base\n' });
    commitAll(repo, 'base');
    git(repo, 'checkout', '-q', '-b', 'side');
    writeTree(repo, { 'app.cfg': 'mode=side\n' });
    commitAll(repo, 'side');
    git(repo, 'checkout', '-q', 'main');
    writeTree(repo, { 'app.cfg': 'mode=main\n' });
    commitAll(repo, 'main');
    try {
      git(repo, 'merge', '-q', 'side');
    } catch {
      // conflict expected
    }
    writeTree(repo, { 'app.cfg': `mode=merged\ntoken=${S2}\n` });
    git(repo, 'add', 'app.cfg');
    git(repo, 'commit', '-q', '--no-edit');
    const merge = git(repo, 'rev-parse', 'HEAD').trim();
    const { findings } = await history(repo, '--history');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: 'app.cfg', line: 2, commit: merge });
  });

  /**
   * Commits `files` on a topic branch off main (at `day`), one unrelated commit on main the day after,
   * then merges the topic with --no-ff; the topic commit's id.
   */
  function mergedTopic(repo: string, files: Record<string, string>, day: number): string {
    git(repo, 'checkout', '-q', '-b', 'topic');
    writeTree(repo, files);
    const onTopic = commitAll(repo, 'on topic', `2024-01-0${day}T00:00:00Z`);
    git(repo, 'checkout', '-q', 'main');
    writeTree(repo, { 'README.md': '# app\n\nmore\n' });
    commitAll(repo, 'docs', `2024-01-0${day + 1}T00:00:00Z`);
    git(repo, 'merge', '-q', '--no-ff', '-m', 'merge topic', 'topic');
    return onTopic;
  }

  it('reports a secret added on a merged branch once, at the branch commit, not again at the merge that brings it in', async () => {
    const repo = gitRepo({ 'app.cfg': 'mode=base\n', 'README.md': '# app\n' });
    commitAll(repo, 'base', '2024-01-01T00:00:00Z');
    const added = mergedTopic(repo, { 'app.cfg': `mode=base\ntoken=${S1}\n` }, 2);
    const merge = git(repo, 'rev-parse', 'HEAD').trim();
    // The merge's first-parent diff does carry app.cfg: the scan sees it, and counts it.
    expect(git(repo, 'diff-tree', '--no-commit-id', '--name-only', '-r', `${merge}^1`, merge).trim()).toBe('app.cfg');
    const { findings } = await history(repo, '--history');
    expect(findings.map((f) => f.commit)).toEqual([added]);
    expect(findings[0]).toMatchObject({ path: 'app.cfg', line: 2, alsoIn: 1, inHead: true });
  });

  it('reports a branch secret once when the merge has to combine the file (both sides changed it), and a secret added while merging at the merge', async () => {
    const lines = (extra: Record<number, string>) => `${Array.from({ length: 12 }, (_, i) => extra[i] ?? `k${i}=${i}`).join('\n')}\n`;
    const repo = gitRepo({ 'app.cfg': lines({}) });
    commitAll(repo, 'base', '2024-01-01T00:00:00Z');
    git(repo, 'checkout', '-q', '-b', 'topic');
    writeTree(repo, { 'app.cfg': lines({ 2: `token=${S1}` }) });
    const added = commitAll(repo, 'add token', '2024-01-02T00:00:00Z');
    git(repo, 'checkout', '-q', 'main');
    writeTree(repo, { 'app.cfg': lines({ 10: 'k10=ten' }) });
    commitAll(repo, 'main edit', '2024-01-03T00:00:00Z');
    git(repo, 'merge', '-q', '--no-ff', '--no-commit', 'topic');
    // Git combined both edits; the merge commit also adds a secret of its own.
    const combined = lines({ 2: `token=${S1}`, 10: 'k10=ten', 11: `other=${S2}` });
    writeTree(repo, { 'app.cfg': combined });
    git(repo, 'add', 'app.cfg');
    git(repo, 'commit', '-q', '-m', 'merge topic');
    const merge = git(repo, 'rev-parse', 'HEAD').trim();
    const { findings } = await history(repo, '--history');
    const at = Object.fromEntries(findings.map((f) => [f.line, f.commit]));
    expect(at).toEqual({ 3: added, 12: merge });
  });

  it('still reports a secret again where it comes back after being removed, on one line of history or through a merge', async () => {
    const repo = gitRepo({ 'app.cfg': 'mode=base\n', 'README.md': '# app\n' });
    commitAll(repo, 'base', '2024-01-01T00:00:00Z');
    writeTree(repo, { 'app.cfg': `mode=base\ntoken=${S1}\n` });
    const added = commitAll(repo, 'add token', '2024-01-02T00:00:00Z');
    writeTree(repo, { 'app.cfg': 'mode=base\n' });
    commitAll(repo, 'remove token', '2024-01-03T00:00:00Z');
    // The branch brings the very same version of the file back (a revert), and the merge carries it in.
    const back = mergedTopic(repo, { 'app.cfg': `mode=base\ntoken=${S1}\n` }, 4);
    const { findings } = await history(repo, '--history');
    expect(findings.map((f) => f.commit)).toEqual([added, back]);
  });

  it('scans unreachable commits and orphaned blobs only with --all-objects', async () => {
    const repo = gitRepo({ 'README.md': 'x\n' });
    commitAll(repo);
    writeTree(repo, { 'oops.env': `T=${S1}\n` });
    const dangling = commitAll(repo, 'oops');
    git(repo, 'reset', '-q', '--hard', 'HEAD~1');
    git(repo, 'reflog', 'expire', '--expire=now', '--all');
    writeFileSync(join(repo, 'blob.txt'), `ORPHAN=${S2}\n`);
    const orphan = git(repo, 'hash-object', '-w', 'blob.txt').trim();
    rmSync(join(repo, 'blob.txt'));
    const plain = await history(repo, '--history');
    expect(plain.code).toBe(0);
    const all = await history(repo, '--history', '--all-objects');
    expect(all.code).toBe(1);
    const byPath = Object.fromEntries(all.findings.map((f) => [f.path, f]));
    expect(byPath['oops.env']).toMatchObject({ commit: dangling });
    expect(byPath[`unreachable:${orphan}`]).toBeDefined();
    expect(byPath[`unreachable:${orphan}`].commit).toBeUndefined();
  });

  it('handles paths that are not UTF-8 or contain newlines', async () => {
    const repo = gitRepo({});
    writeFileSync(Buffer.from(join(repo, 'caf\xe9.env'), 'latin1'), `T=${S1}\n`);
    writeFileSync(join(repo, 'new\nline.env'), `T=${S2}\n`);
    commitAll(repo);
    const { findings } = await history(repo, '--history');
    expect(findings.map((f) => f.path).sort()).toEqual(['caf\\xe9.env', 'new\nline.env']);
  });

  it('scans only the commits after --since, and only A..B with --range', async () => {
    const repo = gitRepo({ 'old.env': `T=${S1}\n` });
    const c1 = commitAll(repo, 'old');
    writeTree(repo, { 'mid.env': `T=${S2}\n` });
    const c2 = commitAll(repo, 'mid');
    writeTree(repo, { 'new.env': `T=${S3}\n` });
    const c3 = commitAll(repo, 'new');
    const since = await history(repo, '--since', c1);
    expect(since.findings.map((f) => f.path).sort()).toEqual(['mid.env', 'new.env']);
    const range = await history(repo, '--range', `${c1}..${c2}`);
    expect(range.findings.map((f) => f.path)).toEqual(['mid.env']);
    expect((await history(repo, '--range', `${c2}..${c3}`)).findings.map((f) => f.path)).toEqual(['new.env']);
    const bad = await history(repo, '--since', 'no-such-ref');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since: unknown revision "no-such-ref"');
    const badRange = await history(repo, '--range', 'main');
    expect(badRange.code).toBe(2);
    expect(badRange.stderr).toContain('--range: expected A..B');
    const injected = await history(repo, '--range', '--output=x..main');
    expect(injected.code).toBe(2);
  });

  it('scans a shallow clone and says that it is shallow', async () => {
    const origin = gitRepo({ 'a.env': `T=${S1}\n` });
    commitAll(origin, 'one');
    writeTree(origin, { 'b.env': `T=${S2}\n` });
    rmSync(join(origin, 'a.env'));
    commitAll(origin, 'two');
    const clone = join(tempDir(), 'clone');
    git(origin, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    const { code, findings, report, stderr } = await history(clone, '--history');
    expect(code).toBe(1);
    expect(findings.map((f) => f.path)).toEqual(['b.env']);
    expect(report.summary.shallow).toBe(true);
    expect(stderr).toMatch(/shallow clone/);
  });

  it('exits 2 on a partial clone, never fetching what it left out, and says how to scan it whole', async () => {
    const origin = gitRepo({ 'a.env': `T=${S1}\n` });
    commitAll(origin, 'one');
    git(origin, 'config', 'uploadpack.allowFilter', 'true');
    const clone = join(tempDir(), 'partial');
    git(origin, 'clone', '-q', '--filter=blob:none', '--no-checkout', `file://${origin}`, clone);
    const { code, report, stderr } = await history(clone, '--history');
    expect(code).toBe(2);
    expect(report.summary.complete).toBe(false);
    expect(stderr).toMatch(/a\.env: not scanned: .*an object a partial clone left out: tokenguard never lets git fetch; clone or fetch without --filter/);
    // Nothing was fetched: the blob is still missing from the clone.
    expect(git(clone, 'rev-list', '--objects', '--all', '--missing=print')).toMatch(/^\?[0-9a-f]{40}$/m);
  });

  it('exits 2 on a corrupt repository and names what is missing', async () => {
    const repo = gitRepo({ 'a.env': `T=${S1}\n`, 'b.txt': 'fine\n' });
    commitAll(repo);
    const blob = git(repo, 'rev-parse', 'HEAD:a.env').trim();
    unlinkSync(join(repo, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const { code, report, stderr } = await history(repo, '--history');
    expect(code).toBe(2);
    expect(report.summary.complete).toBe(false);
    expect(stderr).toMatch(new RegExp(`a\\.env: blob ${blob} is missing`));
  });

  it('exits 2 when git log cannot walk the history (a missing tree)', async () => {
    const repo = gitRepo({ 'dir/a.txt': 'x\n' });
    commitAll(repo);
    const tree = git(repo, 'rev-parse', 'HEAD:dir').trim();
    unlinkSync(join(repo, '.git', 'objects', tree.slice(0, 2), tree.slice(2)));
    const { code, stderr } = await history(repo, '--history');
    expect(code).toBe(2);
    expect(stderr).toMatch(/scan incomplete[\s\S]*git (log|ls-tree) exited with code \d+: .*\b(fatal|error):/);
  });

  it('scans the history of a bare mirror clone, and of a repository asked about from inside its .git folder', async () => {
    const origin = gitRepo({ 'a.env': `T=${S1}\n` });
    const added = commitAll(origin, 'one');
    rmSync(join(origin, 'a.env'));
    commitAll(origin, 'two');
    const mirror = join(tempDir(), 'mirror.git');
    git(origin, 'clone', '-q', '--mirror', origin, mirror);
    const bare = await history(mirror, '--history');
    expect(bare.code).toBe(1);
    expect(bare.findings.map((f) => [f.path, f.commit, f.inHead])).toEqual([['a.env', added, false]]);
    expect(bare.report.summary.complete).toBe(true);
    // A folder inside .git has no top either; it is the same repository, read whole (not as a subfolder).
    const inside = await history(join(origin, '.git', 'refs'), '--history');
    expect(inside.findings.map((f) => [f.path, f.commit])).toEqual([['a.env', added]]);
    // Without --history, its folder is scanned as files, with a word on where the commits are.
    const files = await runInProcess(['scan', mirror], { cwd: origin });
    expect(files.stderr).toMatch(/mirror\.git is a bare repository, scanned as a plain folder of git's own files; scan its history with --history/);
    // The pre-commit check still needs a working tree, and says so.
    const staged = await runInProcess(['scan', '--staged'], { cwd: mirror });
    expect(staged.code).toBe(2);
    expect(staged.stderr).toMatch(/--staged needs a working tree; this is a bare repository/);
  });

  it("refuses a bare repository committed inside a working tree, rather than reading its history as that folder's", async () => {
    const planted = gitRepo({ 'fake.txt': 'nothing here\n' });
    commitAll(planted, 'planted');
    const repo = gitRepo({ 'sub/a.env': `T=${S1}\n` });
    commitAll(repo, 'real');
    // A bare repository's files, committed as plain files under sub/ (a pull request can carry them).
    git(planted, 'clone', '-q', '--bare', planted, join(repo, 'sub', 'planted.git'));
    commitAll(repo, 'plant');
    // One bare repository planted inside another, each looked past; and one naming a folder outside the
    // tree for its objects and refs (its `commondir`), looked around by its own folder too.
    git(planted, 'clone', '-q', '--bare', planted, join(repo, 'sub', 'planted.git', 'nested.git'));
    git(planted, 'clone', '-q', '--bare', planted, join(repo, 'sub', 'pointing.git'));
    const outside = join(tempDir(), 'elsewhere.git');
    git(planted, 'clone', '-q', '--bare', planted, outside);
    writeFileSync(join(repo, 'sub', 'pointing.git', 'commondir'), `${outside}\n`);
    for (const target of ['planted.git', 'planted.git/nested.git', 'pointing.git']) {
      const r = await history(join(repo, 'sub', target), '--history');
      expect([target, r.code]).toEqual([target, 2]);
      expect(r.stderr).toMatch(new RegExp(`refusing to read a bare repository inside the working tree of ${repo}`));
    }
    // The folder around it is still the real repository's, its history scanned as before.
    const real = await history(join(repo, 'sub'), '--history');
    expect(real.findings.map((f) => f.path)).toEqual(['sub/a.env']);
  });

  it('refuses to run outside a repository', async () => {
    const r = await runInProcess(['scan', tempDir(), '--history']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--history needs a git repository/);
  });

  it('uses worker threads for large histories and still scans each blob once', async () => {
    const repo = gitRepo({});
    const filler = 'const value = compute(input, options); // ordinary code\n'.repeat(3000);
    for (let i = 0; i < 30; i++) writeTree(repo, { [`src/f${i}.ts`]: `${filler}// ${i}\n` });
    writeTree(repo, { 'src/f7.ts': `${filler}const t = "${S1}";\n` });
    commitAll(repo);
    const { findings, report } = await history(repo, '--history', '--threads', '2');
    expect(findings.map((f) => f.path)).toEqual(['src/f7.ts']);
    expect(report.summary.files).toBe(30);
    expect(readdirSync(repo).length).toBeGreaterThan(0);
  });
});
