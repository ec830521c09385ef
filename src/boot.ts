/**
 * Start-up of the CLI and of the detection worker: their modules come from dist/bundle.js (every compiled
 * module of dist/ in one script, written by scripts/build.js), compiled with a V8 code cache kept per
 * user. Node resolving, reading and compiling 180 files was about a third of a pre-commit check's own
 * time; from the bundle and its cache, `scan --staged` took 0.53 s instead of 0.62 s (README, Benchmarks).
 *
 * The cache is bytecode that V8 runs, so it is only read from a folder and a file that belong to this
 * user and that no one else may write to, and it is named after a hash of the bundle's text: V8's own
 * check of a cache compares the source's length, not its bytes.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, type Stats, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, posix } from 'node:path';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';

/** A compiled module of the bundle: CommonJS's wrapper function. */
type ModuleFactory = (exports: unknown, require: (id: string) => unknown, module: { exports: unknown }, filename: string, dirname: string) => void;

/** The bundle beside this file. */
const BUNDLE = join(__dirname, 'bundle.js');
/** Code caches kept in the folder: one per installed version in use, a few versions at once. */
const KEEP = 4;
/** A bigger file is not a cache this package wrote (about half a megabyte). */
const MAX_CACHE = 32 * 1024 * 1024;

/** The exports of dist module `entry` (such as `cli/main.js`), from the bundle when there is one. */
export function loadModule(entry: string): unknown {
  let source: string;
  try {
    source = readFileSync(BUNDLE, 'utf8');
  } catch {
    return require(join(__dirname, entry));
  }
  const dir = codeCacheDir();
  // V8 rejects a cache made under other flags; one per set of them stops two settings taking turns to rewrite it.
  const key = createHash('sha256')
    .update(source)
    .update(`\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`);
  const file = dir === undefined ? undefined : join(dir, `code-${key.digest('hex').slice(0, 24)}.bin`);
  const cache = file === undefined ? undefined : readCache(file);
  const script = new Script(source, { filename: BUNDLE, cachedData: cache?.data });
  const loader = new BundleLoader(script.runInThisContext() as Record<string, ModuleFactory>);
  const held = cache && !script.cachedDataRejected ? cache.modules : new Set<number>();
  // Written at exit, so that it holds the functions this run compiled and not only the top level: again
  // whenever a run loads a module the cache has not seen run (a `--version` would otherwise leave a
  // cache without the scan's code). Only the main thread writes; a worker uses what is there.
  if (file !== undefined && isMainThread) process.once('exit', () => loader.ranBeyond(held) && writeCache(file, script, new Set([...held, ...loader.ran()])));
  return loader.load(entry);
}

/**
 * The folder of the code cache: TOKENGUARD_CODE_CACHE (an absolute path; `off`, or anything else: none),
 * else the user's cache folder, except under CI. A CI runner that is kept between jobs (a self-hosted
 * one) may have run a pull request's code as the same user in an earlier job, which could have left
 * bytecode there for a later job that holds secrets; a fresh runner has no cache to gain from anyway.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.TOKENGUARD_CODE_CACHE;
  if (setting !== undefined && setting !== '') return isAbsolute(setting) ? setting : undefined;
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') return undefined;
  if (process.platform === 'win32') return env.LOCALAPPDATA && isAbsolute(env.LOCALAPPDATA) ? join(env.LOCALAPPDATA, 'tokenguard', 'code-cache') : undefined;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'tokenguard');
  try {
    return join(homedir(), '.cache', 'tokenguard');
  } catch {
    return undefined;
  }
}

/** The modules of the bundle, each run once when first required, as Node's CommonJS loader does. */
class BundleLoader {
  private readonly loaded = new Map<string, { exports: unknown }>();
  private readonly keys: string[];

  constructor(private readonly table: Record<string, ModuleFactory>) {
    this.keys = Object.keys(table);
  }

  load(key: string): unknown {
    const known = this.loaded.get(key);
    if (known) return known.exports;
    const file = join(__dirname, key);
    const factory = Object.hasOwn(this.table, key) ? this.table[key] : undefined;
    if (!factory) return require(file);
    const module = { exports: {} as unknown };
    this.loaded.set(key, module);
    try {
      factory.call(module.exports, module.exports, (id) => this.require(key, id), module, file, dirname(file));
    } catch (err) {
      this.loaded.delete(key);
      throw err;
    }
    return module.exports;
  }

  /** The modules run so far, by their place in the bundle. */
  ran(): number[] {
    return this.keys.flatMap((k, i) => (this.loaded.has(k) ? [i] : []));
  }

  /** True when a module outside `held` has run. */
  ranBeyond(held: Set<number>): boolean {
    return this.ran().some((i) => !held.has(i));
  }

  /** `require(id)` from module `from`: a relative id is a module of the bundle, anything else a package or a built-in. */
  private require(from: string, id: string): unknown {
    if (!id.startsWith('./') && !id.startsWith('../')) return require(id);
    const key = posix.join(posix.dirname(from), id);
    for (const k of [key, `${key}.js`, `${key}/index.js`]) if (Object.hasOwn(this.table, k)) return this.load(k);
    return require(join(__dirname, key));
  }
}

/** True for a folder or file this user owns that no one else may write to (anything on Windows, which has no such modes). */
function isPrivate(st: Stats): boolean {
  if (process.getuid === undefined) return true;
  return st.uid === process.getuid() && (st.mode & 0o022) === 0;
}

/** True when `dir` is a real folder (not a link) of this user's that only they can write to. */
function safeDir(dir: string): boolean {
  const st = lstatSync(dir);
  return st.isDirectory() && isPrivate(st);
}

/**
 * A cache file: MAGIC, the number of module places that follow (uint32, little-endian), those places
 * (uint16 each: the modules that had run when it was written), then V8's data.
 */
const MAGIC = Buffer.from('TGCC');

/** The cache in `file` and the modules it has seen run; undefined when there is none, or it is not safe or not whole. */
function readCache(file: string): { data: Buffer; modules: Set<number> } | undefined {
  try {
    if (!safeDir(dirname(file))) return undefined;
    // As sources/read.ts opens files: no link followed, and no wait for a writer when the name is a FIFO.
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    let bytes: Buffer;
    try {
      const st = fstatSync(fd);
      if (!st.isFile() || !isPrivate(st) || st.size > MAX_CACHE) return undefined;
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
    if (bytes.length < 8 || !bytes.subarray(0, 4).equals(MAGIC)) return undefined;
    const count = bytes.readUInt32LE(4);
    const start = 8 + 2 * count;
    if (start > bytes.length) return undefined;
    const modules = new Set<number>();
    for (let i = 0; i < count; i++) modules.add(bytes.readUInt16LE(8 + 2 * i));
    return { data: bytes.subarray(start), modules };
  } catch {
    return undefined;
  }
}

/** Writes the cache beside a temporary name and renames it into place, so a reader never sees half of one. */
function writeCache(file: string, script: Script, modules: Set<number>): void {
  const dir = dirname(file);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!safeDir(dir)) return;
    const head = Buffer.alloc(8 + 2 * modules.size);
    MAGIC.copy(head);
    head.writeUInt32LE(modules.size, 4);
    [...modules].forEach((m, i) => head.writeUInt16LE(m, 8 + 2 * i));
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, Buffer.concat([head, script.createCachedData()]), { mode: 0o600, flag: 'wx' });
    renameSync(temp, file);
    prune(dir);
  } catch {
    // A cache that cannot be written costs the next start-up its compiling, nothing else.
  }
}

/**
 * Keeps the KEEP most recently written caches (other versions of the package write theirs here too), and
 * removes temporary files an hour old (a process that died between writing and renaming).
 */
function prune(dir: string): void {
  const files = readdirSync(dir).map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs }));
  const caches = files.filter(({ f }) => /^code-[0-9a-f]+\.bin$/.test(f)).sort((a, b) => b.at - a.at);
  const stale = files.filter(({ f, at }) => /^code-[0-9a-f]+\.bin\.\d+\.tmp$/.test(f) && at < Date.now() - 3600_000);
  for (const { f } of [...caches.slice(KEEP), ...stale]) unlinkSync(join(dir, f));
}
