/**
 * The install-without-a-build mechanism, on throwaway clones of this repository: `prepare` (scripts/
 * prepare.js) builds only when TypeScript is installed, never breaks an install that has a prebuilt
 * dist/, and prints nothing on stdout; scripts/check-dist.js catches a committed dist/ that does not
 * match its sources. Each build takes a while; wall-clock time is not asserted.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli';
import { git } from '../helpers/fs';
import { releaseClone } from '../helpers/release-clone';

jest.setTimeout(15 * 60_000);

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/**
 * This checkout's node_modules in `dir`: all of it, or everything but TypeScript (an install without dev
 * dependencies). Called again, it replaces what an earlier call put there.
 */
function linkModules(dir: string, typescript: boolean): void {
  const modules = join(dir, 'node_modules');
  rmSync(modules, { recursive: true, force: true });
  if (typescript) {
    symlinkSync(join(ROOT, 'node_modules'), modules);
  } else {
    mkdirSync(modules);
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (name !== 'typescript' && name !== '.bin') symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
    }
  }
}

/** A clone at HEAD, with or without a committed dist/, and this checkout's node_modules without TypeScript. */
function clone(options: { dist: boolean }): string {
  const dir = releaseClone(options);
  made.push(dir);
  appendFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\n');
  linkModules(dir, false);
  return dir;
}

// Two clones for the file (a clone is a fetch and a checkout of the whole repository): the tests without
// TypeScript only read them, and the tests with TypeScript, which come after, link it in and change them.
let withDist = '';
let withoutDist = '';
beforeAll(() => {
  withDist = clone({ dist: true });
  withoutDist = clone({ dist: false });
});

const node = (dir: string, script: string) => spawnSync(process.execPath, [join('scripts', script)], { cwd: dir, encoding: 'utf8' });
const main = (dir: string) => readFileSync(join(dir, 'dist', 'cli', 'main.js'), 'utf8');

describe('prepare without TypeScript (an install from git, npm ci --omit=dev)', () => {
  it('uses the committed dist/ and prints nothing on stdout', () => {
    const dir = withDist;
    const before = main(dir);
    const r = node(dir, 'prepare.js');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('TypeScript is not installed; using the prebuilt dist/');
    expect(main(dir)).toBe(before);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('fails, saying why, when there is no dist/ to use', () => {
    const dir = withoutDist;
    const r = node(dir, 'prepare.js');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cannot build: TypeScript is not installed .* no prebuilt dist\//);
  });
});

describe('prepare with TypeScript, and the drift check', () => {
  it('a release commits dist/; prepare uses it while its sources are unchanged and rebuilds it beside the old one once they change; check-dist catches a tampered or extra file and nothing else', () => {
    const dir = withoutDist;
    linkModules(dir, true);
    // Untracked: nothing to compare with, so the drift check builds dist/ (the suite runs the built CLI).
    const first = node(dir, 'check-dist.js');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain('dist/ is not tracked by git; built it');
    expect(existsSync(join(dir, 'dist', 'cli', 'main.js'))).toBe(true);
    writeFileSync(join(dir, '.gitignore'), readFileSync(join(dir, '.gitignore'), 'utf8').replace(/^dist\/\n/m, ''));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'release: commit dist/');

    const kept = node(dir, 'prepare.js');
    expect(kept.status).toBe(0);
    expect(kept.stdout).toBe('');
    expect(kept.stderr).toContain('dist/ is committed and nothing it is built from changed since; using it');

    // A changed input (a build script's blank line: the build comes out the same) means building again.
    appendFileSync(join(dir, 'scripts', 'check-generated.js'), '\n');
    const prepared = node(dir, 'prepare.js');
    expect(prepared.status).toBe(0);
    expect(prepared.stdout).toBe('');
    expect(prepared.stderr).toContain('built dist/');
    expect(readdirSync(dir).filter((f) => f.startsWith('.dist-build-'))).toEqual([]);
    expect(git(dir, 'status', '--porcelain')).toBe(' M scripts/check-generated.js\n'); // the build is reproducible
    git(dir, 'checkout', '--', 'scripts/check-generated.js');

    // One drift check (each is a build): it names the two files tampered with and no other, so the rest of
    // the committed build matched a fresh one file for file.
    writeFileSync(join(dir, 'dist', 'cli', 'main.js'), `${main(dir)}// edited by hand\n`);
    writeFileSync(join(dir, 'dist', 'stale.js'), 'module.exports = 1;\n');
    const drift = node(dir, 'check-dist.js');
    expect(drift.status).toBe(1);
    const problems = drift.stderr.split('\n').filter((l) => /^check-dist: (differs|missing|in dist\/)/.test(l));
    expect(problems).toEqual(['check-dist: in dist/ but not built from the sources: stale.js', 'check-dist: differs from a fresh build: cli/main.js']);
    git(dir, 'checkout', '--', 'dist');
    rmSync(join(dir, 'dist', 'stale.js'));
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('a build that fails keeps the prebuilt dist/ and does not fail the install', () => {
    const dir = withDist;
    linkModules(dir, true);
    const before = main(dir);
    appendFileSync(join(dir, 'src', 'errors.ts'), '\nexport const broken: number = "not a number";\n');
    const r = node(dir, 'prepare.js');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('the build failed, keeping the prebuilt dist/');
    expect(main(dir)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('.dist-build-'))).toEqual([]);
  });
});
