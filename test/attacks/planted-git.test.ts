/**
 * Issue 9, item 16: outside git, a planted `.gitignore` (`*`) hid every file, a planted `.git` file
 * pointing at another repository made git describe that repository's files instead, and a config was
 * loaded from any parent folder. Now `.gitignore` outside git is honoured only with
 * --respect-gitignore (and what it hides is listed), a `.git` file naming a git directory outside the
 * tree that does not link back is not trusted, and the config search stops at the scanned root.
 */
import { join } from 'node:path';
import { fake } from '../helpers/fakes';
import { expectNothingLeaked, jsonOf, tg, Workspace } from './harness';

const ws = new Workspace();
afterAll(() => ws.cleanup());

const SECRET = fake('github.pat-classic', 'attack-planted');

describe('a folder outside git', () => {
  it('a planted .gitignore hides nothing (unless asked, and then it is listed)', async () => {
    const dir = ws.write(ws.dir(), { '.gitignore': '*\n!.gitignore\n', 'deploy/app.env': `GITHUB_TOKEN=${SECRET}\n` });
    const r = await tg(['scan', '.', '--format', 'json'], dir, ws.env());
    expect(r.code).toBe(1);
    expect(jsonOf(r).findings.map((f) => f.path)).toEqual(['deploy/app.env']);
    expectNothingLeaked({ result: r, secrets: [SECRET] });
    const asked = jsonOf(await tg(['scan', '.', '--respect-gitignore', '--format', 'json'], dir, ws.env())) as unknown as { skipped: Array<{ path: string; reason: string }> };
    expect(asked.skipped).toContainEqual({ path: 'deploy', reason: 'gitignored' });
  });

  it('a planted .git file pointing at another repository is not trusted', async () => {
    const other = ws.repo({ 'unrelated.txt': 'x\n' });
    const dir = ws.write(ws.dir(), { '.git': `gitdir: ${join(other, '.git')}\n`, '.gitignore': '*\n', 'app.env': `GITHUB_TOKEN=${SECRET}\n` });
    const r = await tg(['scan', '.', '--format', 'json'], dir, ws.env());
    expect(r.code).toBe(1);
    const report = jsonOf(r);
    expect(report.findings.map((f) => f.path)).toContain('app.env');
    expect(report.warnings).toContainEqual(expect.stringMatching(/scanned as a plain folder, not as a git repository: its \.git names a git directory outside the tree that does not link back to it/));
    expectNothingLeaked({ result: r, secrets: [SECRET] });
    const staged = await tg(['scan', '--staged'], dir, ws.env());
    expect(staged.code).toBe(2);
    expect(staged.stderr).toMatch(/--staged: refusing to read this folder as a git repository/);
    // A real linked worktree (its git directory links back to it) is still a repository.
    const main = ws.repo({ 'a.txt': 'x\n' });
    const linked = join(ws.dir(), 'linked');
    ws.git(main, 'worktree', 'add', '-q', linked);
    ws.write(linked, { '.gitignore': 'ignored.env\n', 'ignored.env': `GITHUB_TOKEN=${SECRET}\n` });
    const inLinked = await tg(['scan', '.', '--format', 'json'], linked, ws.env());
    expect(inLinked.code).toBe(0);
    expect(jsonOf(inLinked).warnings).toEqual([]);
  });

  it('a config in a parent folder is not loaded', async () => {
    const parent = ws.write(ws.dir(), { '.tokenguardrc.yaml': 'allowlist:\n  paths: ["**"]\nrules:\n  disable: [github.pat-classic]\n' });
    const dir = ws.write(join(parent, 'download'), { 'app.env': `GITHUB_TOKEN=${SECRET}\n` });
    const r = await tg(['scan', '.', '--format', 'json'], dir, ws.env());
    expect(r.code).toBe(1);
    expect(jsonOf(r).findings.map((f) => f.path)).toEqual(['app.env']);
    expectNothingLeaked({ result: r, secrets: [SECRET] });
  });
});
