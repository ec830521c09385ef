/**
 * Start-up from dist/bundle.js with a per-user V8 code cache (src/boot.ts), through the spawned CLI. The
 * cache is bytecode that V8 runs, so these tests are mostly about when it must not be read or written.
 * A file's inode tells whether a run replaced it (the cache is renamed into place); a run leaves an
 * accepted cache alone unless it ran modules the cache had not seen.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, ROOT, runCli } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, gitRepo, tempDir } from '../helpers/fs';

jest.setTimeout(120_000);

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** An environment whose code cache is the default one, under a fresh XDG_CACHE_HOME. */
function cacheEnv(extra: NodeJS.ProcessEnv = {}): { env: NodeJS.ProcessEnv; dir: string } {
  const base = tempDir('tg-xdg-cache-');
  const env = cleanEnv({ XDG_CACHE_HOME: base, ...extra });
  if (!('TOKENGUARD_CODE_CACHE' in extra)) delete env.TOKENGUARD_CODE_CACHE;
  if (!('CI' in extra)) delete env.CI;
  return { env, dir: join(base, 'tokenguard') };
}

const caches = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /^code-[0-9a-f]+\.bin$/.test(f)) : []);
const modulesIn = (file: string) => readFileSync(file).readUInt32LE(4);

async function version(env: NodeJS.ProcessEnv): Promise<void> {
  const r = await runCli(['--version'], { env });
  expect(r).toMatchObject({ code: 0, stderr: '' });
  expect(r.stdout.trim()).toBe(VERSION);
}

describe('the code cache', () => {
  it('is written by the first run, readable by this user alone, and used as it is by the next', async () => {
    const { env, dir } = cacheEnv();
    await version(env);
    const [name] = caches(dir);
    expect(caches(dir)).toHaveLength(1);
    const file = join(dir, name);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file).subarray(0, 4).toString()).toBe('TGCC');
    const { ino } = statSync(file);
    await version(env);
    expect(statSync(file).ino).toBe(ino);
  });

  it('is written again when a run loads modules it has not seen, with both runs’ modules, and then left alone', async () => {
    const { env, dir } = cacheEnv();
    await version(env);
    const file = join(dir, caches(dir)[0]);
    const before = { ino: statSync(file).ino, modules: modulesIn(file) };
    const repo = gitRepo({ 'a.txt': 'nothing here\n' });
    commitAll(repo, 'init');
    expect(await runCli(['scan', '.'], { cwd: repo, env })).toMatchObject({ code: 0 });
    expect(statSync(file).ino).not.toBe(before.ino);
    expect(modulesIn(file)).toBeGreaterThan(before.modules);
    const after = statSync(file).ino;
    await version(env);
    expect(await runCli(['scan', '.'], { cwd: repo, env })).toMatchObject({ code: 0 });
    expect(statSync(file).ino).toBe(after);
  });

  it('is written whole when several runs start at once with none: one cache, no temporary file left', async () => {
    const { env, dir } = cacheEnv();
    const runs = await Promise.all([0, 1, 2, 3].map(() => runCli(['--version'], { env })));
    for (const r of runs) expect({ code: r.code, out: r.stdout.trim(), err: r.stderr }).toEqual({ code: 0, out: VERSION, err: '' });
    expect(readdirSync(dir)).toEqual(caches(dir));
    expect(caches(dir)).toHaveLength(1);
    const { ino } = statSync(join(dir, caches(dir)[0]));
    await version(env);
    expect(statSync(join(dir, caches(dir)[0])).ino).toBe(ino);
  });

  it('is replaced when damaged or cut short, and the run is not affected', async () => {
    const { env, dir } = cacheEnv();
    await version(env);
    const file = join(dir, caches(dir)[0]);
    const whole = readFileSync(file);
    const damaged = Buffer.concat([whole.subarray(0, 8), Buffer.alloc(4096, 0xa5)]);
    for (const bad of [damaged, whole.subarray(0, 6), Buffer.from('not a cache')]) {
      writeFileSync(file, bad);
      const { ino } = statSync(file);
      await version(env);
      expect(statSync(file).ino).not.toBe(ino);
      expect(readFileSync(file).subarray(0, 4).toString()).toBe('TGCC');
    }
  });

  it('is not read from a file that others may write to, nor through a symbolic link', async () => {
    const { env, dir } = cacheEnv();
    await version(env);
    const name = caches(dir)[0];
    const file = join(dir, name);
    const good = join(tempDir('tg-good-cache-'), name);
    copyFileSync(file, good);
    // A valid cache that others may write to is ignored: the run writes its own in its place.
    chmodSync(file, 0o666);
    const { ino } = statSync(file);
    await version(env);
    expect(statSync(file).ino).not.toBe(ino);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // A link to a valid cache is not followed; the run's own file replaces the link, not its target.
    const target = readFileSync(good);
    unlinkSync(file);
    symlinkSync(good, file);
    await version(env);
    expect(lstatSync(file).isFile()).toBe(true);
    expect(readFileSync(good).equals(target)).toBe(true);
  });

  it('is not waited for when its name is a FIFO: the run goes on and puts a cache in its place', async () => {
    const { env, dir } = cacheEnv();
    await version(env);
    const file = join(dir, caches(dir)[0]);
    unlinkSync(file);
    execFileSync('mkfifo', ['-m', '600', file]);
    await version(env);
    expect(lstatSync(file).isFile()).toBe(true);
    expect(readFileSync(file).subarray(0, 4).toString()).toBe('TGCC');
  });

  it('is neither read nor written in a folder that others may write to, or that is a link', async () => {
    for (const unsafe of ['shared', 'link'] as const) {
      const { env, dir } = cacheEnv();
      await version(env);
      const name = caches(dir)[0];
      const planted = Buffer.concat([readFileSync(join(dir, name)).subarray(0, 8), Buffer.alloc(64, 1)]);
      let cacheDir = dir;
      if (unsafe === 'shared') {
        chmodSync(dir, 0o777);
      } else {
        // The default folder is a link to a private folder elsewhere.
        const real = tempDir('tg-real-cache-');
        chmodSync(real, 0o700);
        rmSync(dir, { recursive: true });
        symlinkSync(real, dir);
        cacheDir = real;
      }
      writeFileSync(join(cacheDir, name), planted, { mode: 0o600 });
      const { ino } = statSync(join(cacheDir, name));
      await version(env);
      expect(statSync(join(cacheDir, name)).ino).toBe(ino);
      expect(readFileSync(join(cacheDir, name)).equals(planted)).toBe(true);
    }
  });

  it('is off with TOKENGUARD_CODE_CACHE=off or a relative path, and under CI; kept where an absolute path says', async () => {
    for (const extra of [{ TOKENGUARD_CODE_CACHE: 'off' }, { TOKENGUARD_CODE_CACHE: '0' }, { TOKENGUARD_CODE_CACHE: 'relative/dir' }, { CI: 'true' }, { CI: '1' }]) {
      const { env, dir } = cacheEnv(extra);
      await version(env);
      expect(existsSync(dir)).toBe(false);
    }
    const { env: local, dir: localDir } = cacheEnv({ CI: 'false' });
    await version(local);
    expect(caches(localDir)).toHaveLength(1);
    const own = join(tempDir('tg-own-cache-'), 'nested', 'cache');
    const { env, dir } = cacheEnv({ TOKENGUARD_CODE_CACHE: own, CI: 'true' });
    await version(env);
    expect(existsSync(dir)).toBe(false);
    expect(caches(own)).toHaveLength(1);
  });

  it('keeps the four most recent caches of the folder (other versions write theirs beside) and no old temporary file', async () => {
    const { env, dir } = cacheEnv();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const old = ['code-0a.bin', 'code-0b.bin', 'code-0c.bin', 'code-0d.bin', 'code-0e.bin', 'code-0f.bin.123.tmp'];
    old.forEach((f, i) => {
      writeFileSync(join(dir, f), 'x', { mode: 0o600 });
      const at = new Date(Date.UTC(2020, 0, 1 + i));
      utimesSync(join(dir, f), at, at);
    });
    writeFileSync(join(dir, 'code-10.bin.456.tmp'), 'x', { mode: 0o600 });
    await version(env);
    const kept = caches(dir);
    expect(kept.filter((f) => old.includes(f)).sort()).toEqual(['code-0c.bin', 'code-0d.bin', 'code-0e.bin']);
    // A temporary file an hour old is a dead process's; a fresh one may be another run's, being written.
    expect(existsSync(join(dir, 'code-0f.bin.123.tmp'))).toBe(false);
    expect(existsSync(join(dir, 'code-10.bin.456.tmp'))).toBe(true);
    expect(kept.filter((f) => !old.includes(f))).toEqual([expect.stringMatching(/^code-[0-9a-f]{24}\.bin$/)]);
  });
});

describe('dist/bundle.js', () => {
  it('holds every compiled module of dist/ but the loader, the worker entry that calls it, the one that may import() and the schema validators', () => {
    const dist = join(ROOT, 'dist');
    const files: string[] = [];
    const walk = (rel: string) => {
      for (const e of readdirSync(join(dist, rel), { withFileTypes: true })) {
        const path = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(path);
        else if (path.endsWith('.js') && path !== 'bundle.js') files.push(path);
      }
    };
    walk('');
    const bundled = [...readFileSync(join(dist, 'bundle.js'), 'utf8').matchAll(/^"([^"]+\.js)": function \(exports, require, module, __filename, __dirname\) \{$/gm)].map((m) => m[1]);
    // The schema validators (ajv's standalone code) load only in a run that validates a config or rule file.
    const unbundled = ['boot.js', 'scan/worker-entry.js', 'util/import-module.js', 'schema-validators.js'];
    expect(bundled.sort()).toEqual(files.filter((f) => !unbundled.includes(f)).sort());
  });

  it('is not built from a module that calls import(), which would fail once the bundle comes from the cache', () => {
    const { bundleModules } = require(join(ROOT, 'scripts', 'build.js')) as { bundleModules: (dist: string) => void };
    const dist = tempDir('tg-bundle-');
    mkdirSync(join(dist, 'cli'));
    writeFileSync(join(dist, 'cli', 'a.js'), '"use strict";\n// import() is named in a comment only\nexports.a = 1;\n');
    bundleModules(dist);
    expect(readFileSync(join(dist, 'bundle.js'), 'utf8')).toContain('"cli/a.js": function (exports, require, module, __filename, __dirname) {');
    bundleModules(dist); // again: the bundle does not take itself in
    expect(readFileSync(join(dist, 'bundle.js'), 'utf8')).not.toContain('"bundle.js": function');
    writeFileSync(join(dist, 'cli', 'b.js'), '"use strict";\nexports.load = async () => await import("chalk");\n');
    expect(() => bundleModules(dist)).toThrow(/^dist\/cli\/b\.js calls import\(\)/);
  });

  it('loads a JavaScript config (cosmiconfig, an ES module) when the bundle comes from the cache', async () => {
    const repo = gitRepo({ 'prod.env': `GITHUB_TOKEN=${fake('github.pat-classic', 'js-config')}\n` });
    commitAll(repo, 'init');
    const { env, dir } = cacheEnv();
    expect(await runCli(['scan', '.'], { cwd: repo, env })).toMatchObject({ code: 1 });
    writeFileSync(join(repo, 'tokenguard.config.cjs'), "module.exports = { allowlist: { paths: ['prod.env'] } };\n");
    for (let run = 0; run < 2; run++) {
      const r = await runCli(['scan', '.', '--trust-repo-config'], { cwd: repo, env });
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.not.stringMatching(/error/) });
    }
    expect(caches(dir)).toHaveLength(1);
  });

  it('runs a history scan with a worker thread and colours (a dynamic import) from the bundle and its cache', async () => {
    const repo = gitRepo({ 'README.md': '# app\n' });
    commitAll(repo, 'init');
    writeFileSync(join(repo, 'prod.env'), `GITHUB_TOKEN=${fake('github.pat-classic', 'code-cache')}\n`);
    commitAll(repo, 'add');
    const { env } = cacheEnv({ FORCE_COLOR: '1' });
    for (let run = 0; run < 2; run++) {
      const r = await runCli(['scan', '--history', '--threads', '1', '.'], { cwd: repo, env });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('github.pat-classic');
      expect(r.stdout).toContain('\u001b[');
    }
  });
});
