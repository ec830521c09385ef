/**
 * The committed build, on throwaway clones of this repository: an install from git runs dist/ as committed
 * (npm prepares nothing: no dev dependencies, no TypeScript), and scripts/check-dist.js catches a dist/
 * that does not match its sources or is not committed. The drift check builds once; no time is asserted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { git, tempDir } from '../helpers/fs';
import { releaseClone } from '../helpers/release-clone';

jest.setTimeout(15 * 60_000);

/** This checkout's node_modules in `dir`: all of it, or everything but TypeScript (an install without dev dependencies). */
function linkModules(dir: string, typescript: boolean): void {
  if (typescript) return symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== 'typescript' && name !== '.bin') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** A tagged clone at HEAD, with or without a committed dist/, and this checkout's node_modules. */
function clone(options: { dist: boolean; typescript: boolean }): string {
  // A temp folder, removed after the file (cleanup.ts).
  const dir = releaseClone(options);
  appendFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\n');
  linkModules(dir, options.typescript);
  return dir;
}

const node = (dir: string, ...args: string[]) => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });

describe('an install from git', () => {
  it('has none of the scripts that make npm prepare a git dependency (install its dev dependencies and run them)', () => {
    // The scripts pacote's git fetcher looks for before it runs `npm install --include=dev` in the clone.
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(Object.keys(scripts).filter((s) => ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall'].includes(s))).toEqual([]);
  });

  it('runs the committed dist/ without TypeScript: a scan finds a secret', () => {
    const dir = clone({ dist: true, typescript: false });
    const secret = fake('github.pat-classic', 'dist-test');
    writeFileSync(join(dir, 'leak.env'), `GITHUB_TOKEN=${secret}\n`);
    const r = node(dir, join('bin', 'tokenguard.js'), 'scan', 'leak.env', '--format', 'json');
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toEqual(['github.pat-classic']);
    expect(r.stdout).not.toContain(secret);
  });
});

describe('the drift check', () => {
  it('fails, saying what to do, when dist/ is not committed', () => {
    const dir = clone({ dist: false, typescript: false });
    const r = node(dir, join('scripts', 'check-dist.js'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('check-dist: dist/ is not tracked by git: build it with "npm run compile" and commit it');
  });

  it('names exactly the files that differ from a fresh build, so every other committed file matched it', () => {
    const dir = clone({ dist: true, typescript: true });
    const main = join(dir, 'dist', 'cli', 'main.js');
    writeFileSync(main, `${readFileSync(main, 'utf8')}// edited by hand\n`);
    writeFileSync(join(dir, 'dist', 'stale.js'), 'module.exports = 1;\n');
    const drift = node(dir, join('scripts', 'check-dist.js'));
    expect(drift.status).toBe(1);
    expect(drift.stdout).toBe('');
    const problems = drift.stderr.split('\n').filter((l) => /^check-dist: (differs|missing|in dist\/)/.test(l));
    expect(problems).toEqual(['check-dist: in dist/ but not built from the sources: stale.js', 'check-dist: differs from a fresh build: cli/main.js']);
    expect(drift.stderr).toContain('rebuild with "npm run compile" and commit dist/');
    // The check built elsewhere: the tampered tree is as it was left.
    expect(git(dir, 'status', '--porcelain')).toBe(' M dist/cli/main.js\n?? dist/stale.js\n');
  });
});

describe('the fresh build the drift check keeps', () => {
  // check-dist compares with a build it kept for the same inputs; a name that missed an input would let a
  // drift pass. No build here: the name is a hash, and every input must change it.
  const { buildKey, INPUTS } = require('../../scripts/check-dist.js') as { buildKey: (root: string) => string; INPUTS: string[] };
  /** The first file (by name, depth first) under folder `rel` of `root`, relative to `root`. */
  const firstFile = (root: string, rel: string): string => {
    const entry = readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))[0];
    return entry.isDirectory() ? firstFile(root, join(rel, entry.name)) : join(rel, entry.name);
  };

  it('is named by every input of a build: editing any of them, or adding a source file, names another build; the corpus is not one', () => {
    const dir = tempDir('tg-build-key-');
    for (const input of INPUTS) {
      mkdirSync(dirname(join(dir, input)), { recursive: true });
      cpSync(join(ROOT, input), join(dir, input), { recursive: true });
    }
    const base = buildKey(dir);
    const changed: string[] = [];
    for (const input of INPUTS) {
      const file = input.includes('.') ? input : firstFile(dir, input);
      const before = readFileSync(join(dir, file));
      writeFileSync(join(dir, file), Buffer.concat([before, Buffer.from(' ')]));
      if (buildKey(dir) !== base) changed.push(input);
      writeFileSync(join(dir, file), before);
    }
    expect(changed).toEqual(INPUTS);
    // The build type-checks the tests, benchmarks and scripts too, so a kept build must stand for them.
    expect(INPUTS).toEqual(expect.arrayContaining(['src', 'test', 'bench', 'scripts', 'rules', 'schema', 'tsconfig.json', 'package-lock.json']));
    // The labelled corpus is data the type check leaves out (tsconfig.json): editing it keeps the name.
    const corpusFile = firstFile(dir, 'bench/corpus');
    const corpusBytes = readFileSync(join(dir, corpusFile));
    writeFileSync(join(dir, corpusFile), Buffer.concat([corpusBytes, Buffer.from(' ')]));
    expect(buildKey(dir)).toBe(base);
    writeFileSync(join(dir, corpusFile), corpusBytes);
    writeFileSync(join(dir, 'src', 'not-yet-added.ts'), 'export const x = 1;\n');
    expect(buildKey(dir)).not.toBe(base);
    rmSync(join(dir, 'src', 'not-yet-added.ts'));
    expect(buildKey(dir)).toBe(base);
  });
});

describe("two drift checks of the same inputs at once (npm test runs one beside the dist test's)", () => {
  const { claim, awaitRelease } = require('../../scripts/check-dist.js') as { claim: (lock: string) => boolean; awaitRelease: (lock: string) => void };

  it('build once: the second waits while the first holds the lock, and a lock whose owner died is taken over', async () => {
    const dir = tempDir('tg-build-lock-');
    const lock = join(dir, 'key.building');
    const finished = join(dir, 'owner-finished');
    expect(claim(lock)).toBe(true);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    expect(claim(lock)).toBe(false);
    // Held by a process that lives for a moment: the wait ends when it is gone, and clears its lock.
    const owner = spawn(process.execPath, ['-e', `setTimeout(() => require('node:fs').writeFileSync(${JSON.stringify(finished)}, ''), 300)`]);
    await new Promise((resolve) => owner.on('spawn', resolve));
    writeFileSync(lock, String(owner.pid));
    const exited = new Promise((resolve) => owner.on('exit', resolve));
    awaitRelease(lock);
    expect(existsSync(finished)).toBe(true);
    expect(existsSync(lock)).toBe(false);
    await exited;
    expect(claim(lock)).toBe(true);
  });
});
