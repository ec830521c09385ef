"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RepositoryFiles = exports.RevisionTree = void 0;
exports.untrustedRange = untrustedRange;
exports.headSuppressions = headSuppressions;
/**
 * --untrusted-head: the head of `--range A..B` is the pull request, so the repository's own settings
 * (config, .tokenguardignore, baseline, inline markers) are read from the base revision A, the way
 * CODEOWNERS works. What the head adds for itself is not honoured; findings it would have suppressed
 * are reported with a note saying so (suppress/self-suppression.ts).
 */
const re2_1 = __importDefault(require("re2"));
const gather_1 = require("../config/gather");
const errors_1 = require("../errors");
const ignore_file_1 = require("../suppress/ignore-file");
const locate_1 = require("../suppress/locate");
const data_file_1 = require("../sources/data-file");
const at_revision_1 = require("../sources/git/at-revision");
const revs_1 = require("../sources/git/revs");
const io_1 = require("./io");
/** One commit's tree, read lazily and cached, shown as "abc123def456:path". */
class RevisionTree {
    top;
    commit;
    cache = new Map();
    constructor(top, commit) {
        this.top = top;
        this.commit = commit;
    }
    /** Reads the paths not read yet and returns a view over everything read so far. */
    async view(paths) {
        const missing = [...new Set(paths)].filter((p) => !this.cache.has(p));
        if (missing.length > 0) {
            const got = await (0, at_revision_1.readAtRevision)(this.top, this.commit, missing);
            for (const p of missing)
                this.cache.set(p, got.get(p) ?? null);
        }
        return {
            kind: (p) => this.cache.get(p)?.kind,
            read: (p) => {
                const e = this.cache.get(p);
                return e && e.kind === 'file' ? e.bytes : Buffer.alloc(0);
            },
        };
    }
    /** The bytes of one file at this commit, or undefined when it is not a file there. */
    async file(path) {
        const view = await this.view([path]);
        return view.kind(path) === 'file' ? view.read(path) : undefined;
    }
    shown(path) {
        return `${this.commit.slice(0, 12)}:${path}`;
    }
}
exports.RevisionTree = RevisionTree;
/** Resolves both ends of `A..B`; the base must be named (an open range has no trusted side). */
async function untrustedRange(top, range) {
    const m = /^(.+?)\.\.(.+)$/.exec(range);
    if (!m || m[1].startsWith('.') || m[2].startsWith('.'))
        throw new errors_1.UsageError('--untrusted-head: --range must be A..B with both ends named');
    const [base, head] = await Promise.all([(0, revs_1.verifyCommit)(top, m[1], '--range'), (0, revs_1.verifyCommit)(top, m[2], '--range')]);
    return { base: new RevisionTree(top, base), head: new RevisionTree(top, head) };
}
/**
 * Reads the repository's data files (ignore file, baseline). With --untrusted-head, a file inside the
 * repository is read from the base revision, whoever named it (the default search or a flag): the
 * head may have rewritten it. Elsewhere, and in every other mode, from disk.
 */
class RepositoryFiles {
    io;
    setup;
    warnings;
    constructor(io, setup, warnings) {
        this.io = io;
        this.setup = setup;
        this.warnings = warnings;
    }
    /** The file at `abs`, or undefined when it does not exist (an error when `required`); `what` names it in errors. */
    async read(abs, required, tree = this.setup.untrusted?.base, what) {
        const rel = tree ? (0, gather_1.insideRepo)(this.setup.repo?.top, abs) : undefined;
        if (tree && rel !== undefined && rel !== '') {
            const bytes = await tree.file(rel);
            if (!bytes && required && tree === this.setup.untrusted?.base)
                this.warnings.push(`${tree.shown(rel)}: not in the base revision; with --untrusted-head it is read from there, so none is used`);
            return bytes ? { text: bytes.toString('utf8'), shown: tree.shown(rel) } : undefined;
        }
        return (0, data_file_1.readDataFile)(abs, (0, io_1.shownPath)(this.io, abs), required, what);
    }
    /** A reader for the suppression search (suppress/locate.ts), from `tree` (the base by default) where it applies. */
    reader(tree) {
        return (abs, required, what) => this.read(abs, required, tree ?? this.setup.untrusted?.base, what);
    }
}
exports.RepositoryFiles = RepositoryFiles;
/** An RE2 test that is false for a pattern RE2 cannot compile (the head's config is only read for notes). */
function safeRegex(pattern) {
    try {
        const re = new re2_1.default(pattern, '');
        return (s) => re.test(s);
    }
    catch {
        return () => false;
    }
}
/** What the head of the range would suppress for itself: its own ignore file and config, read leniently. */
async function headSuppressions(io, setup, target, flags) {
    const head = setup.untrusted.head;
    const none = { fingerprints: new Set(), allowsPath: () => false, allowsSecret: () => false, disabledRules: new Set() };
    try {
        const search = { target, repoTop: setup.repo?.top, ignoreFile: flags.ignoreFile && (0, io_1.resolveIn)(io, flags.ignoreFile) };
        const ignore = await (0, locate_1.findIgnoreFile)(search, new RepositoryFiles(io, setup, []).reader(head));
        if (ignore)
            none.fingerprints = new Set((0, ignore_file_1.parseIgnoreFile)(ignore.text, ignore.shown).map((e) => e.fingerprint));
    }
    catch {
        // A malformed ignore file in the head suppresses nothing here either.
    }
    try {
        const explicit = flags.config && (0, io_1.resolveIn)(io, flags.config);
        const got = await (0, gather_1.gatherConfigs)({ env: {}, cwd: io.cwd, target, repoTop: setup.repo?.top, explicit, base: head, flags: {} });
        const config = (explicit ? got.trusted.find((l) => l.origin === 'explicit') : got.repo)?.config;
        if (!config)
            return none;
        const paths = config.allowlist?.paths ?? [];
        const matchPath = paths.length ? require('picomatch')(paths, { dot: true }) : () => false;
        const regexes = (config.allowlist?.regexes ?? []).map(safeRegex);
        return { ...none, allowsPath: matchPath, allowsSecret: (s) => regexes.some((t) => t(s)), disabledRules: new Set(config.rules?.disable ?? []) };
    }
    catch {
        return none;
    }
}
