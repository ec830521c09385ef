import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runInProcess } from '../helpers/cli';
import { git, gitRepo, tempDir, writeTree } from '../helpers/fs';

const LINE = 'npx --no-install tokenguard scan --staged';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return (statSync(file).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

describe('tokenguard install-hook', () => {
  it('writes .git/hooks/pre-commit when the project has no husky', async () => {
    const repo = gitRepo({});
    const r = await runInProcess(['install-hook'], { cwd: repo });
    expect(r.code).toBe(0);
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    expect(readFileSync(hook, 'utf8')).toContain(LINE);
    expect(readFileSync(hook, 'utf8').startsWith('#!/bin/sh')).toBe(true);
    expect(executable(hook)).toBe(true);
    expect(r.stderr).toContain('created .git/hooks/pre-commit');
  });

  it('respects core.hooksPath', async () => {
    const repo = gitRepo({});
    git(repo, 'config', 'core.hooksPath', 'ci/hooks');
    expect((await runInProcess(['install-hook'], { cwd: repo })).code).toBe(0);
    expect(readFileSync(join(repo, 'ci', 'hooks', 'pre-commit'), 'utf8')).toContain(LINE);
    expect(existsSync(join(repo, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  it('adds the line to .husky/pre-commit when husky is used, keeping what it runs', async () => {
    const repo = gitRepo({ '.husky/pre-commit': 'npm test\n' });
    const r = await runInProcess(['install-hook'], { cwd: repo });
    expect(r.code).toBe(0);
    const text = readFileSync(join(repo, '.husky', 'pre-commit'), 'utf8');
    expect(text.split('\n').filter(Boolean)).toEqual([LINE, 'npm test']);
    expect(r.stderr).toMatch(/husky/);
  });

  it('detects husky from package.json and creates .husky/pre-commit', async () => {
    const repo = gitRepo({ 'package.json': JSON.stringify({ devDependencies: { husky: '^9.0.0' } }) });
    expect((await runInProcess(['install-hook'], { cwd: repo })).code).toBe(0);
    expect(readFileSync(join(repo, '.husky', 'pre-commit'), 'utf8').trim()).toBe(LINE);
  });

  it('adds one line to an existing shell hook without touching the rest, and is idempotent', async () => {
    const repo = gitRepo({});
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    const original = '#!/bin/bash\n# lint first\nnpm run lint\nexit 0\n';
    writeFileSync(hook, original, { mode: 0o755 });
    expect((await runInProcess(['install-hook'], { cwd: repo })).code).toBe(0);
    const text = readFileSync(hook, 'utf8');
    expect(text.split('\n')).toHaveLength(original.split('\n').length + 1);
    expect(text.replace(`${LINE} || exit $?\n`, '')).toBe(original);
    // before "exit 0", so it actually runs
    expect(text.indexOf(LINE)).toBeLessThan(text.indexOf('exit 0'));
    const again = await runInProcess(['install-hook'], { cwd: repo });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('already');
    expect(readFileSync(hook, 'utf8')).toBe(text);
  });

  it('never replaces a non-shell hook without --force; with it, the old hook keeps running', async () => {
    const repo = gitRepo({});
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    const marker = join(repo, 'python-hook-ran');
    writeFileSync(hook, `#!/usr/bin/env node\nrequire('fs').writeFileSync(${JSON.stringify(marker)}, 'yes');\n`, { mode: 0o755 });
    const refused = await runInProcess(['install-hook'], { cwd: repo });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not a shell script; rerun with --force/);
    expect(readFileSync(hook, 'utf8')).toContain('writeFileSync');
    expect((await runInProcess(['install-hook', '--force'], { cwd: repo })).code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toContain(LINE);
    expect(readFileSync(`${hook}.orig`, 'utf8')).toContain('writeFileSync');
    // The wrapper still runs the original (tokenguard itself is not installed in this repo, so
    // replace the scan line with a no-op to check only the chaining).
    writeFileSync(hook, readFileSync(hook, 'utf8').replace(`${LINE} || exit $?`, 'true'));
    const r = spawnSync(hook, [], { cwd: repo });
    expect(r.status).toBe(0);
    expect(existsSync(marker)).toBe(true);
  });

  it('exits 2 outside a repository', async () => {
    const r = await runInProcess(['install-hook'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not inside a git working tree/);
  });

  it('ships a pre-commit framework hook and a composite GitHub Action', () => {
    const root = join(__dirname, '..', '..');
    const hooks = readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8');
    expect(hooks).toMatch(/entry: tokenguard scan --staged/);
    expect(hooks).toMatch(/pass_filenames: false/);
    const action = readFileSync(join(root, 'action.yml'), 'utf8');
    expect(action).toMatch(/using: composite/);
    expect(action).toMatch(/npx --prefix "\$GITHUB_ACTION_PATH" tokenguard scan/);
    for (const input of ['mode:', 'range:', 'sarif:']) expect(action).toContain(input);
    writeTree(tempDir(), {});
  });
});
