"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scanMode = scanMode;
exports.startEarlyGit = startEarlyGit;
exports.subtreeOf = subtreeOf;
exports.selectSource = selectSource;
/** Picks and builds the source a scan reads from: working tree, stdin, the index, or history. */
const path_memo_1 = require("../engine/path-memo");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const errors_1 = require("../errors");
const repo_1 = require("../sources/git/repo");
const gather_1 = require("../config/gather");
/** Decides the mode from the flags; contradictory flags are a usage error naming them. */
function scanMode(pathArg, flags) {
    const stdin = flags.stdin === true || pathArg === '-';
    const history = flags.history === true || flags.since !== undefined || flags.range !== undefined || flags.allObjects === true;
    const chosen = [stdin && '--stdin', flags.staged && '--staged', history && '--history'].filter(Boolean);
    if (chosen.length > 1)
        throw new errors_1.UsageError(`${chosen.join(' and ')} cannot be combined`);
    if (flags.stdin && pathArg !== '.' && pathArg !== '-')
        throw new errors_1.UsageError(`--stdin: cannot be combined with a path ("${pathArg}")`);
    if (flags.since !== undefined && flags.range !== undefined)
        throw new errors_1.UsageError('--since and --range cannot be combined');
    if (flags.allObjects && (flags.since !== undefined || flags.range !== undefined))
        throw new errors_1.UsageError('--all-objects scans everything; it cannot be combined with --since or --range');
    if (flags.includeIgnored && chosen.length > 0)
        throw new errors_1.UsageError(`--include-ignored scans a working tree; it cannot be combined with ${chosen[0]}`);
    return stdin ? 'stdin' : flags.staged ? 'staged' : history ? 'history' : 'worktree';
}
/**
 * For the pre-commit check: starts `git diff-index` at once, so git works while the config and rules
 * load; the source picks it up. Other modes start nothing.
 */
function startEarlyGit(mode, target) {
    if (mode !== 'staged')
        return {};
    const { startIndexDiff } = require('../sources/staged');
    return { indexDiff: startIndexDiff(target) };
}
async function requireRepo(target, flag) {
    const { repo } = await readableRepo(target, flag);
    if (!repo.top)
        throw new errors_1.InputError(`${target}: ${flag} needs a working tree; this is a bare repository`);
    return repo;
}
/**
 * The repository holding `target`, a bare one included, and the folder a scan of it covers: `target`,
 * or the top when asked from inside the .git folder. One that cannot be trusted is an error.
 */
async function readableRepo(target, flag) {
    const repo = await (0, repo_1.findRepo)(target);
    if (!repo)
        throw new errors_1.InputError(`${target}: ${flag} needs a git repository, and this is not inside one`);
    if (repo.untrustedLink)
        throw new errors_1.InputError(`${target}: ${flag}: refusing to read this folder as a git repository: ${repo.untrustedLink}`);
    const outer = await (0, repo_1.enclosingRepo)(repo);
    if (!outer)
        return { repo, at: target };
    if (outer.gitDir === repo.gitDir && outer.top && !outer.untrustedLink)
        return { repo: outer, at: outer.top };
    throw new errors_1.InputError(`${target}: ${flag}: refusing to read a bare repository inside the working tree of ${outer.top} (its files can be committed there like any others)`);
}
/**
 * The part of the repository a history scan covers: the scanned path relative to the repository top,
 * or undefined for the whole repository (a scan from the top). `scan services/api --range A..B` reads
 * only what those commits changed under services/api, as the worktree scan of that folder would.
 */
function subtreeOf(top, target, flags) {
    const real = (p) => {
        try {
            return (0, node_fs_1.realpathSync)(p);
        }
        catch {
            return p;
        }
    };
    const rel = (0, gather_1.insideRepo)(real(top), real(target));
    if (rel === undefined)
        throw new errors_1.InputError(`${target}: not inside the repository at ${top}`);
    if (rel === '')
        return undefined;
    if (flags.allObjects)
        throw new errors_1.UsageError('--all-objects scans every object, also those no path names; scan the repository root, not a subfolder');
    return rel;
}
/** Paths given on the command line (relative to `cwd`) as the repository names them: relative to the top, "/"-separated. */
function repoPaths(top, cwd, given) {
    return given.map((p) => {
        const rel = (0, node_path_1.relative)(top, (0, node_path_1.resolve)(cwd, p)).split(node_path_1.sep).join('/');
        if (rel === '..' || rel.startsWith('../') || (0, node_path_1.isAbsolute)(rel))
            throw new errors_1.UsageError(`--staged: ${p} is outside the repository (${top})`);
        return rel;
    });
}
/** Builds the source for a mode; `stdin` is called only for a stdin scan. */
async function selectSource(mode, target, flags, setup, stdin, early = {}) {
    const none = () => undefined;
    const common = { maxFileSize: setup.maxFileSize, policy: setup.policy };
    // Each source loads only when its mode runs: the pre-commit path never loads the history machinery.
    switch (mode) {
        case 'stdin': {
            const { StdinSource } = require('../sources/stdin');
            return { source: new StdinSource(stdin(), flags.stdinName ?? 'stdin'), enrich: none };
        }
        case 'worktree': {
            const { WorktreeSource } = require('../sources/worktree');
            return { source: new WorktreeSource(target, { ...common, gitignore: flags.respectGitignore === true, includeIgnored: flags.includeIgnored === true }), enrich: none };
        }
        case 'staged': {
            const { StagedSource } = require('../sources/staged');
            const repo = await requireRepo(target, '--staged');
            const paths = flags.stagedPaths && repoPaths(repo.top, target, flags.stagedPaths);
            return { source: new StagedSource({ ...common, repo, indexDiff: early.indexDiff, paths }), enrich: none };
        }
        case 'history': {
            const { HistorySource } = require('../sources/history');
            // A bare repository (a mirror clone kept for an audit) has a history and no working tree: git runs in its folder.
            const { repo, at } = await readableRepo(target, '--history');
            const subtree = repo.top ? subtreeOf(repo.top, at, flags) : undefined;
            const selection = flags.since !== undefined ? { kind: 'since', rev: flags.since } : flags.range !== undefined ? { kind: 'range', range: flags.range } : { kind: 'all' };
            const source = new HistorySource({ ...common, repo, cwd: repo.top ?? repo.gitDir, selection, allObjects: flags.allObjects === true, subtree, profileOf: scanProfile(setup) });
            return { source, enrich: (f) => source.attribution.enrich(f) };
        }
    }
}
/**
 * What of a path changes how the engine reads a file: its generic context (credentials file, code, test
 * fixture…) and the rules restricted to matching paths. A blob met at two paths of one profile is read once.
 */
function scanProfile(setup) {
    const { fileContext } = require('../engine/generic/context');
    const pathRules = (0, path_memo_1.pathMatcher)(setup.spec.definitions.filter((d) => d.path !== undefined && (d.regex !== undefined || d.extractor !== undefined)), (d) => d.path);
    const memo = new path_memo_1.PathMemo((path) => `${fileContext(path).kind}${pathRules
        .get(path)
        .map((d) => `|${d.id}`)
        .join('')}`);
    return (path) => memo.get(path);
}
