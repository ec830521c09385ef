"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadModule = loadModule;
exports.codeCacheDir = codeCacheDir;
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
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const node_vm_1 = require("node:vm");
const node_worker_threads_1 = require("node:worker_threads");
/** The bundle beside this file. */
const BUNDLE = (0, node_path_1.join)(__dirname, 'bundle.js');
/** Code caches kept in the folder: one per installed version in use, a few versions at once. */
const KEEP = 4;
/** A bigger file is not a cache this package wrote (about half a megabyte). */
const MAX_CACHE = 32 * 1024 * 1024;
/** The exports of dist module `entry` (such as `cli/main.js`), from the bundle when there is one. */
function loadModule(entry) {
    let source;
    try {
        source = (0, node_fs_1.readFileSync)(BUNDLE, 'utf8');
    }
    catch {
        return require((0, node_path_1.join)(__dirname, entry));
    }
    const dir = codeCacheDir();
    // V8 rejects a cache made under other flags; one per set of them stops two settings taking turns to rewrite it.
    const key = (0, node_crypto_1.createHash)('sha256')
        .update(source)
        .update(`\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`);
    const file = dir === undefined ? undefined : (0, node_path_1.join)(dir, `code-${key.digest('hex').slice(0, 24)}.bin`);
    const cache = file === undefined ? undefined : readCache(file);
    const script = new node_vm_1.Script(source, { filename: BUNDLE, cachedData: cache?.data });
    const loader = new BundleLoader(script.runInThisContext());
    const held = cache && !script.cachedDataRejected ? cache.modules : new Set();
    // Written at exit, so that it holds the functions this run compiled and not only the top level: again
    // whenever a run loads a module the cache has not seen run (a `--version` would otherwise leave a
    // cache without the scan's code). Only the main thread writes; a worker uses what is there.
    if (file !== undefined && node_worker_threads_1.isMainThread)
        process.once('exit', () => loader.ranBeyond(held) && writeCache(file, script, new Set([...held, ...loader.ran()])));
    return loader.load(entry);
}
/**
 * The folder of the code cache: TOKENGUARD_CODE_CACHE (an absolute path; `off`, or anything else: none),
 * else the user's cache folder, except under CI. A CI runner that is kept between jobs (a self-hosted
 * one) may have run a pull request's code as the same user in an earlier job, which could have left
 * bytecode there for a later job that holds secrets; a fresh runner has no cache to gain from anyway.
 */
function codeCacheDir(env = process.env) {
    const setting = env.TOKENGUARD_CODE_CACHE;
    if (setting !== undefined && setting !== '')
        return (0, node_path_1.isAbsolute)(setting) ? setting : undefined;
    if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0')
        return undefined;
    if (process.platform === 'win32')
        return env.LOCALAPPDATA && (0, node_path_1.isAbsolute)(env.LOCALAPPDATA) ? (0, node_path_1.join)(env.LOCALAPPDATA, 'tokenguard', 'code-cache') : undefined;
    if (env.XDG_CACHE_HOME && (0, node_path_1.isAbsolute)(env.XDG_CACHE_HOME))
        return (0, node_path_1.join)(env.XDG_CACHE_HOME, 'tokenguard');
    try {
        return (0, node_path_1.join)((0, node_os_1.homedir)(), '.cache', 'tokenguard');
    }
    catch {
        return undefined;
    }
}
/** The modules of the bundle, each run once when first required, as Node's CommonJS loader does. */
class BundleLoader {
    table;
    loaded = new Map();
    keys;
    constructor(table) {
        this.table = table;
        this.keys = Object.keys(table);
    }
    load(key) {
        const known = this.loaded.get(key);
        if (known)
            return known.exports;
        const file = (0, node_path_1.join)(__dirname, key);
        const factory = Object.hasOwn(this.table, key) ? this.table[key] : undefined;
        if (!factory)
            return require(file);
        const module = { exports: {} };
        this.loaded.set(key, module);
        try {
            factory.call(module.exports, module.exports, (id) => this.require(key, id), module, file, (0, node_path_1.dirname)(file));
        }
        catch (err) {
            this.loaded.delete(key);
            throw err;
        }
        return module.exports;
    }
    /** The modules run so far, by their place in the bundle. */
    ran() {
        return this.keys.flatMap((k, i) => (this.loaded.has(k) ? [i] : []));
    }
    /** True when a module outside `held` has run. */
    ranBeyond(held) {
        return this.ran().some((i) => !held.has(i));
    }
    /** `require(id)` from module `from`: a relative id is a module of the bundle, anything else a package or a built-in. */
    require(from, id) {
        if (!id.startsWith('./') && !id.startsWith('../'))
            return require(id);
        const key = node_path_1.posix.join(node_path_1.posix.dirname(from), id);
        for (const k of [key, `${key}.js`, `${key}/index.js`])
            if (Object.hasOwn(this.table, k))
                return this.load(k);
        return require((0, node_path_1.join)(__dirname, key));
    }
}
/** True for a folder or file this user owns that no one else may write to (anything on Windows, which has no such modes). */
function isPrivate(st) {
    if (process.getuid === undefined)
        return true;
    return st.uid === process.getuid() && (st.mode & 0o022) === 0;
}
/** True when `dir` is a real folder (not a link) of this user's that only they can write to. */
function safeDir(dir) {
    const st = (0, node_fs_1.lstatSync)(dir);
    return st.isDirectory() && isPrivate(st);
}
/**
 * A cache file: MAGIC, the number of module places that follow (uint32, little-endian), those places
 * (uint16 each: the modules that had run when it was written), then V8's data.
 */
const MAGIC = Buffer.from('TGCC');
/** The cache in `file` and the modules it has seen run; undefined when there is none, or it is not safe or not whole. */
function readCache(file) {
    try {
        if (!safeDir((0, node_path_1.dirname)(file)))
            return undefined;
        // As sources/read.ts opens files: no link followed, and no wait for a writer when the name is a FIFO.
        const fd = (0, node_fs_1.openSync)(file, node_fs_1.constants.O_RDONLY | (node_fs_1.constants.O_NOFOLLOW ?? 0) | (node_fs_1.constants.O_NONBLOCK ?? 0));
        let bytes;
        try {
            const st = (0, node_fs_1.fstatSync)(fd);
            if (!st.isFile() || !isPrivate(st) || st.size > MAX_CACHE)
                return undefined;
            bytes = (0, node_fs_1.readFileSync)(fd);
        }
        finally {
            (0, node_fs_1.closeSync)(fd);
        }
        if (bytes.length < 8 || !bytes.subarray(0, 4).equals(MAGIC))
            return undefined;
        const count = bytes.readUInt32LE(4);
        const start = 8 + 2 * count;
        if (start > bytes.length)
            return undefined;
        const modules = new Set();
        for (let i = 0; i < count; i++)
            modules.add(bytes.readUInt16LE(8 + 2 * i));
        return { data: bytes.subarray(start), modules };
    }
    catch {
        return undefined;
    }
}
/** Writes the cache beside a temporary name and renames it into place, so a reader never sees half of one. */
function writeCache(file, script, modules) {
    const dir = (0, node_path_1.dirname)(file);
    try {
        (0, node_fs_1.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        if (!safeDir(dir))
            return;
        const head = Buffer.alloc(8 + 2 * modules.size);
        MAGIC.copy(head);
        head.writeUInt32LE(modules.size, 4);
        [...modules].forEach((m, i) => head.writeUInt16LE(m, 8 + 2 * i));
        const temp = `${file}.${process.pid}.tmp`;
        (0, node_fs_1.writeFileSync)(temp, Buffer.concat([head, script.createCachedData()]), { mode: 0o600, flag: 'wx' });
        (0, node_fs_1.renameSync)(temp, file);
        prune(dir);
    }
    catch {
        // A cache that cannot be written costs the next start-up its compiling, nothing else.
    }
}
/**
 * Keeps the KEEP most recently written caches (other versions of the package write theirs here too), and
 * removes temporary files an hour old (a process that died between writing and renaming).
 */
function prune(dir) {
    const files = (0, node_fs_1.readdirSync)(dir).map((f) => ({ f, at: (0, node_fs_1.statSync)((0, node_path_1.join)(dir, f)).mtimeMs }));
    const caches = files.filter(({ f }) => /^code-[0-9a-f]+\.bin$/.test(f)).sort((a, b) => b.at - a.at);
    const stale = files.filter(({ f, at }) => /^code-[0-9a-f]+\.bin\.\d+\.tmp$/.test(f) && at < Date.now() - 3600_000);
    for (const { f } of [...caches.slice(KEEP), ...stale])
        (0, node_fs_1.unlinkSync)((0, node_path_1.join)(dir, f));
}
