/**
 * The pre-commit framework hook (test/e2e/pre-commit-3.test.ts and pre-commit-4.test.ts, one file per
 * version so that jest runs the two installs on two workers at once), installed the way users install it: from a tagged commit of this
 * repository (a local clone whose release commit holds dist/), with the pre-commit versions people have:
 * Debian's 3.0.4 and a 4.x from pip. Each version installs the hook (3.x runs npm install and npm pack
 * in the clone; 4.x runs npm install -g git+file://…, without dev dependencies), then a real commit of a
 * secret is blocked, a clean one passes, and `pre-commit run --all-files` fails on a secret that is
 * already committed. A version that is not installed is skipped, and the title says how to install it.
 * Installing takes minutes (npm install, compiling re2); nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './cli';
import { fake } from './fakes';
import { tempDir } from './fs';
import { distBuilt, releaseClone, RELEASE_TAG } from './release-clone';

const SECRET = fake('github.pat-classic', 'pre-commit-framework');

/** Where .ci/run puts each version; PRE_COMMIT_3 / PRE_COMMIT_4 point elsewhere. */
const CANDIDATES = [process.env.PRE_COMMIT_3, process.env.PRE_COMMIT_4, '/usr/bin/pre-commit', '/opt/pre-commit-4/bin/pre-commit', 'pre-commit'].filter((c): c is string => !!c);

/** The first candidate whose `--version` has this major version. */
function preCommit(major: number): { bin: string; version: string } | undefined {
  for (const bin of CANDIDATES) {
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    const m = /pre-commit (\d+)\.(\d+)\.(\d+)/.exec(r.stdout ?? '');
    if (r.status === 0 && m && Number(m[1]) === major) return { bin, version: `${m[1]}.${m[2]}.${m[3]}` };
  }
  return undefined;
}

/**
 * re2 is a native module: every install compiles it (minutes) unless its installer finds a prebuilt
 * binary. RE2_DOWNLOAD_MIRROR, the installer's documented mirror, may be a local folder: serve it the
 * binary this checkout already built, laid out as the installer looks for it. It loads it and runs re2's
 * own verify-build before using it, and compiles as usual when that fails.
 */
function re2Mirror(work: string): string {
  const re2 = join(ROOT, 'node_modules', 're2');
  const pkg = JSON.parse(readFileSync(join(re2, 'package.json'), 'utf8')) as { version: string; github: string };
  const [owner, name] = new URL(pkg.github).pathname.split('/').filter(Boolean);
  const dir = join(work, 're2-mirror', owner, name, 'releases', 'download', pkg.version);
  mkdirSync(dir, { recursive: true });
  const slot = `${process.platform}-${process.arch}-${process.versions.modules}`;
  writeFileSync(join(dir, `${slot}.gz`), gzipSync(readFileSync(join(re2, 'build', 'Release', 're2.node'))));
  return join(work, 're2-mirror');
}

/**
 * The environment: the user's HOME, so npm keeps its own config (registry, CA, nodedir for re2) and
 * cache, but git's global config and pre-commit's store are throwaway.
 */
function environment(work: string): NodeJS.ProcessEnv {
  const gitConfig = join(work, 'gitconfig');
  writeFileSync(gitConfig, '[user]\n\tname = Test\n\temail = test@example.com\n[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n');
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_') && !k.startsWith('PRE_COMMIT')) env[k] = v;
  // npm_config_prefer_offline: packages already in the user's npm cache are not revalidated (55-59 s
  // for this file against 68-77 s). It once raced npm 11's preparation of the git dependency for
  // pre-commit 4 (ENOTEMPTY under re2/vendor); the package has had no prepare script since, so npm no
  // longer prepares it.
  return {
    ...env,
    GIT_CONFIG_GLOBAL: gitConfig,
    GIT_CONFIG_NOSYSTEM: '1',
    PRE_COMMIT_HOME: join(work, 'store'),
    PRE_COMMIT_COLOR: 'never',
    RE2_DOWNLOAD_MIRROR: re2Mirror(work),
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

/** The suite for one major version of pre-commit: install, a blocked and a clean commit, and `run --all-files`. */
export function preCommitSuite(major: 3 | 4): void {
  jest.setTimeout(30 * 60_000);
  // Temp folders (the release clone, the app, pre-commit's store) are removed after the file (cleanup.ts).
  let release = '';
  beforeAll(() => {
    if (distBuilt()) release = releaseClone({ dist: true });
  });
  const found = preCommit(major);
  const install = major === 3 ? 'apt-get install pre-commit' : 'pip install pre-commit==4.6.2 into /opt/pre-commit-4, or set PRE_COMMIT_4';
  const skip = !found ? `skipped: no pre-commit ${major}.x installed (${install}; .ci/run does)` : !distBuilt() ? 'skipped: dist/ is not built (npm run compile builds it)' : '';
  (skip ? describe.skip : describe)(`pre-commit ${found?.version ?? `${major}.x`}${skip ? ` (${skip})` : ''}`, () => {
    let work = '';
    let app = '';
    let env: NodeJS.ProcessEnv = {};
    const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: app, env, encoding: 'utf8' });
    const git = (...args: string[]) => {
      const r = run('git', args);
      if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    };
    const output = (r: ReturnType<typeof run>) => `${r.stdout}${r.stderr}`;

    beforeAll(() => {
      work = tempDir(`tg-pc${major}-`);
      env = environment(work);
      app = join(work, 'app');
      mkdirSync(app);
      git('init', '-q');
      writeFileSync(join(app, '.pre-commit-config.yaml'), `repos:\n  - repo: ${release}\n    rev: ${RELEASE_TAG}\n    hooks:\n      - id: tokenguard\n`);
      writeFileSync(join(app, 'README.md'), 'an app\n');
      git('add', '-A');
      git('commit', '-q', '-m', 'init');
    });

    it('installs from the tagged commit', () => {
      const r = run(found!.bin, ['install-hooks']);
      expect({ status: r.status, output: r.status === 0 ? '' : output(r) }).toEqual({ status: 0, output: '' });
      expect(run(found!.bin, ['install']).status).toBe(0);
      expect(existsSync(join(app, '.git', 'hooks', 'pre-commit'))).toBe(true);
    });

    it('blocks a commit that adds a secret, and lets the clean commit through', () => {
      writeFileSync(join(app, 'deploy.env'), `GITHUB_TOKEN=${SECRET}\n`);
      git('add', '-A');
      const blocked = run('git', ['commit', '-m', 'leak']);
      expect(blocked.status).not.toBe(0);
      expect(output(blocked)).toMatch(/tokenguard \(secrets\)\.+Failed/);
      expect(output(blocked)).toContain('commit blocked: 1 secret in staged changes');
      expect(output(blocked)).not.toContain(SECRET);
      writeFileSync(join(app, 'deploy.env'), 'GITHUB_TOKEN=from-the-vault\n'); // tokenguard:allow (a made-up test value)
      git('add', '-A');
      const ok = run('git', ['commit', '-m', 'clean']);
      expect(output(ok)).toMatch(/tokenguard \(secrets\)\.+Passed/);
      expect(ok.status).toBe(0);
    });

    it('pre-commit run --all-files (as pre-commit.ci runs it) fails on a secret already committed', () => {
      writeFileSync(join(app, 'old.env'), `GITHUB_TOKEN=${SECRET}\n`);
      git('add', '-A');
      git('commit', '-q', '--no-verify', '-m', 'slipped through');
      const r = run(found!.bin, ['run', '--all-files']);
      expect(r.status).not.toBe(0);
      expect(output(r)).toMatch(/tokenguard \(secrets\)\.+Failed/);
      expect(output(r)).toContain('old.env');
      expect(output(r)).not.toContain(SECRET);
    });
  });
}
