/**
 * `tokenguard install-hook` on real git repositories: where the hook goes, how an existing hook keeps
 * what it runs, and that it refuses when git would never run the hook (husky not set up, a global
 * core.hooksPath outside the repository, hooks turned off). The commits at the end are real `git
 * commit`s running the real binary through the hook, as husky 9 and husky 8 run it.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOOK_MARKER, NOT_INSTALLED } from '../../src/install/hook-text';
import { BIN, cleanEnv, runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, git, gitRepo, tempDir, writeTree } from '../helpers/fs';

const { initHusky, writeHuskyPackage } = require('../helpers/husky-project.js') as {
  initHusky(dir: string, env: NodeJS.ProcessEnv): void;
  writeHuskyPackage(dir: string, bin?: string): void;
};

const SECRET = fake('github.pat-classic', 'install-hook');
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A clean environment whose temporary HOME is removed after the tests. */
function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const e = cleanEnv(extra);
  made.push(e.HOME!);
  return e;
}

function repo(files: Record<string, string> = {}): string {
  const dir = gitRepo(files);
  made.push(dir);
  return dir;
}

const install = (dir: string, e: NodeJS.ProcessEnv = env(), ...args: string[]) => runInProcess(['install-hook', ...args], { cwd: dir, env: e });

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return (statSync(file).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/** Links the real binary where `npm install` would, so the hook finds it. */
function installTokenguard(dir: string): void {
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(BIN, join(dir, 'node_modules', '.bin', 'tokenguard'));
}

/** A real `git commit` of everything in the working tree. */
function commit(dir: string, e: NodeJS.ProcessEnv, message: string) {
  git(dir, 'add', '-A');
  return spawnSync('git', ['commit', '-q', '-m', message], { cwd: dir, env: e, encoding: 'utf8' });
}

/** A leaking commit is blocked, the same commit without the secret goes through. */
function expectBlocksThenAllows(dir: string, e: NodeJS.ProcessEnv): void {
  writeTree(dir, { 'deploy.env': `GITHUB_TOKEN=${SECRET}\n` });
  const blocked = commit(dir, e, 'leak');
  expect(blocked.stderr).toContain('commit blocked: 1 secret in staged changes');
  expect(blocked.status).not.toBe(0);
  writeTree(dir, { 'deploy.env': 'GITHUB_TOKEN=from-the-vault\n' }); // tokenguard:allow (a made-up test value)
  const ok = commit(dir, e, 'clean');
  expect(ok.stderr).toMatch(/no secrets found/);
  expect(ok.status).toBe(0);
}

describe('where the hook goes', () => {
  it('writes .git/hooks/pre-commit when the project has no husky', async () => {
    const dir = repo();
    const r = await install(dir);
    expect(r.code).toBe(0);
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    expect(readFileSync(hook, 'utf8')).toMatch(new RegExp(`^#!/bin/sh\\n${HOOK_MARKER.replace(/[()]/g, '\\$&')}\\n`));
    expect(executable(hook)).toBe(true);
    expect(r.stderr).toContain('created .git/hooks/pre-commit');
  });

  it('respects a core.hooksPath inside the repository', async () => {
    const dir = repo();
    git(dir, 'config', 'core.hooksPath', 'ci/hooks');
    expect((await install(dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'ci', 'hooks', 'pre-commit'), 'utf8')).toContain(HOOK_MARKER);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  it('adds its block to an existing shell hook before anything that exits, once', async () => {
    const dir = repo();
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    const original = '#!/bin/bash\n# lint first\nnpm run lint\nexit 0\n';
    writeFileSync(hook, original, { mode: 0o755 });
    expect((await install(dir)).code).toBe(0);
    const text = readFileSync(hook, 'utf8');
    expect(text.indexOf(HOOK_MARKER)).toBeGreaterThan(text.indexOf('# lint first'));
    expect(text.indexOf(HOOK_MARKER)).toBeLessThan(text.indexOf('npm run lint'));
    const again = await install(dir);
    expect(again.stderr).toContain('already');
    expect(readFileSync(hook, 'utf8')).toBe(text);
  });

  it('replaces the npx line an earlier install-hook wrote', async () => {
    const dir = repo();
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\n# Installed by tokenguard install-hook\nnpx --no-install tokenguard scan --staged || exit $?\nnpm test\n', { mode: 0o755 });
    const r = await install(dir);
    expect(r.stderr).toContain('replaced the npx line');
    const text = readFileSync(hook, 'utf8');
    expect(text).not.toContain('npx');
    expect(text).toContain(HOOK_MARKER);
    expect(text.trimEnd().endsWith('npm test')).toBe(true);
  });

  it('never replaces a non-shell hook without --force; with it, the old hook still runs after the scan', async () => {
    const dir = repo();
    installTokenguard(dir);
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    const marker = join(dir, '.git', 'node-hook-ran');
    writeFileSync(hook, `#!/usr/bin/env node\nrequire('fs').writeFileSync(${JSON.stringify(marker)}, 'yes');\n`, { mode: 0o755 });
    const refused = await install(dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not a shell script; rerun with --force/);
    expect((await install(dir, env(), '--force')).code).toBe(0);
    expect(readFileSync(`${hook}.orig`, 'utf8')).toContain('writeFileSync');
    const e = env();
    writeTree(dir, { '.gitignore': 'node_modules/\n', 'a.txt': 'hello\n' });
    expect(commit(dir, e, 'first').status).toBe(0);
    expect(existsSync(marker)).toBe(true);
  });

  it('exits 2 outside a repository', async () => {
    const outside = tempDir();
    made.push(outside);
    const r = await install(outside);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not inside a git working tree/);
  });
});

describe('a hook git would never run is refused', () => {
  it('husky 9 listed but not set up: nothing is written, and the message says how to set it up', async () => {
    const dir = repo();
    writeHuskyPackage(dir);
    const r = await install(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.husky/pre-commit would never run');
    expect(r.stderr).toContain('core.hooksPath is not set');
    expect(r.stderr).toContain('"npx husky"');
    expect(r.stderr).toContain('--init');
    expect(existsSync(join(dir, '.husky', 'pre-commit'))).toBe(false);
  });

  it('husky 8 listed with core.hooksPath unset: refused with "npx husky install"', async () => {
    const dir = repo({ 'package.json': JSON.stringify({ devDependencies: { husky: '^8.0.3' } }) });
    const r = await install(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"npx husky install"');
  });

  it('husky 4 (hooks in package.json) is pointed at package.json', async () => {
    const dir = repo({ 'package.json': JSON.stringify({ devDependencies: { husky: '^4.3.8' } }) });
    const r = await install(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/husky 4 runs the hooks listed in package\.json/);
  });

  it('a global core.hooksPath outside the repository: nothing is installed there or here', async () => {
    const home = tempDir('tg-home-');
    made.push(home);
    const shared = join(home, 'shared-hooks');
    mkdirSync(shared);
    writeFileSync(join(home, '.gitconfig'), '[core]\n\thooksPath = ~/shared-hooks\n');
    const e = env({ HOME: home, XDG_CONFIG_HOME: join(home, '.config') });
    const dir = repo();
    const r = await install(dir, e);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('core.hooksPath is set in your global git config');
    expect(r.stderr).toContain('outside this repository');
    expect(r.stderr).toContain('git config core.hooksPath .githooks');
    expect(existsSync(join(shared, 'pre-commit'))).toBe(false);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    // The way out the message gives: a hooks folder of the repository's own.
    git(dir, 'config', 'core.hooksPath', '.githooks');
    expect((await install(dir, e)).code).toBe(0);
    expect(readFileSync(join(dir, '.githooks', 'pre-commit'), 'utf8')).toContain(HOOK_MARKER);
  });

  it('hooks turned off (core.hooksPath=/dev/null) is refused', async () => {
    const dir = repo();
    git(dir, 'config', 'core.hooksPath', '/dev/null');
    const r = await install(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/git runs no hooks in this repository/);
  });
});

describe('real commits', () => {
  it('husky 9 set up: install-hook adds to .husky/pre-commit, keeping what it runs; the commit is really blocked and allowed', async () => {
    const e = env();
    const dir = repo({ 'README.md': 'x\n' });
    writeHuskyPackage(dir, BIN);
    commitAll(dir);
    initHusky(dir, e);
    writeTree(dir, { '.husky/pre-commit': 'echo checks-ran > .git/checks-ran\n' });
    const r = await install(dir, e);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/added tokenguard to \.husky\/pre-commit \(husky\)/);
    expect(readFileSync(join(dir, '.husky', 'pre-commit'), 'utf8').startsWith('#!')).toBe(false);
    expectBlocksThenAllows(dir, e);
    expect(existsSync(join(dir, '.git', 'checks-ran'))).toBe(true);
  });

  it('a teammate who has not run npm install gets "not installed, run npm install", not an npm error', async () => {
    const e = env();
    const dir = repo({ 'README.md': 'x\n' });
    writeHuskyPackage(dir, BIN);
    commitAll(dir);
    initHusky(dir, e);
    expect((await install(dir, e)).code).toBe(0);
    unlinkSync(join(dir, 'node_modules', '.bin', 'tokenguard'));
    writeTree(dir, { 'a.txt': 'hello\n' });
    const r = commit(dir, e, 'no tokenguard');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(NOT_INSTALLED);
    expect(r.stderr).not.toMatch(/npm (ERR|error)|404/);
  });

  it("--init sets husky up with the project's own husky, then installs; without husky installed it says to run npm install", async () => {
    const e = env();
    const dir = repo({ 'README.md': 'x\n' });
    writeHuskyPackage(dir, BIN);
    commitAll(dir);
    const missing = await install(dir, e, '--init');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/husky is not installed here .*run npm install/);
    // What `npm install husky` puts in node_modules/.bin, doing what husky 9 does when run.
    const helper = join(__dirname, '..', 'helpers', 'husky-project.js');
    writeFileSync(join(dir, 'node_modules', '.bin', 'husky'), `#!/usr/bin/env node\nrequire(${JSON.stringify(helper)}).initHusky(process.cwd(), process.env);\n`);
    chmodSync(join(dir, 'node_modules', '.bin', 'husky'), 0o755);
    const r = await install(dir, e, '--init');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('set husky up ("npx husky")');
    expect(git(dir, 'config', 'core.hooksPath').trim()).toBe('.husky/_');
    expectBlocksThenAllows(dir, e);
  });

  it('husky 8 (core.hooksPath .husky): the hook is executable and git runs it', async () => {
    const e = env();
    const dir = repo({ 'README.md': 'x\n', '.gitignore': 'node_modules/\n', 'package.json': JSON.stringify({ devDependencies: { husky: '^8.0.3' } }) });
    installTokenguard(dir);
    commitAll(dir);
    git(dir, 'config', 'core.hooksPath', '.husky');
    expect((await install(dir, e)).code).toBe(0);
    expect(executable(join(dir, '.husky', 'pre-commit'))).toBe(true);
    expectBlocksThenAllows(dir, e);
  });

  it("a plain git hook finds the project's tokenguard without husky putting it on PATH", async () => {
    const e = env();
    const dir = repo({ 'README.md': 'x\n', '.gitignore': 'node_modules/\n' });
    installTokenguard(dir);
    commitAll(dir);
    expect((await install(dir, e)).code).toBe(0);
    expectBlocksThenAllows(dir, e);
  });
});

describe('shipped hook definitions', () => {
  it('ships a pre-commit framework hook and a composite GitHub Action', () => {
    const root = join(__dirname, '..', '..');
    const hooks = readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8');
    // pre-commit appends the files to check after "--" (see test/e2e/pre-commit-3.test.ts and pre-commit-4.test.ts for real runs).
    expect(hooks).toMatch(/entry: tokenguard scan --staged --\n/);
    expect(hooks).not.toMatch(/^\s*(pass_filenames: false|stages:)/m);
    expect(hooks).toMatch(/minimum_pre_commit_version: '3\.0\.0'/);
    const action = readFileSync(join(root, 'action.yml'), 'utf8');
    expect(action).toMatch(/using: composite/);
    expect(action).toMatch(/npx --prefix "\$GITHUB_ACTION_PATH" tokenguard scan/);
    for (const input of ['mode:', 'range:', 'sarif:']) expect(action).toContain(input);
  });
});
