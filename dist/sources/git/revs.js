"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.verifyCommit = verifyCommit;
exports.resolveRevs = resolveRevs;
exports.headBlobs = headBlobs;
exports.stashReflog = stashReflog;
exports.unreachableObjects = unreachableObjects;
exports.refTargets = refTargets;
exports.treeBlobs = treeBlobs;
/** Resolving what a history scan covers: revision checks, HEAD's blobs, the stash reflog, unreachable objects. */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const errors_1 = require("../../errors");
const blob_table_1 = require("./blob-table");
const run_1 = require("./run");
/** Resolves a user-given revision to a commit id; an unknown one is a usage error naming the flag. */
async function verifyCommit(cwd, rev, flag) {
    if (rev.startsWith('-') || rev.length === 0)
        throw new errors_1.UsageError(`${flag}: not a revision: "${rev}"`);
    const r = await (0, run_1.runGit)(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], { okCodes: [1, 128] });
    const id = r.stdout.toString('utf8').trim();
    if (r.code !== 0 || !/^[0-9a-f]{40,64}$/.test(id))
        throw new errors_1.UsageError(`${flag}: unknown revision "${rev}"`);
    return id;
}
/** Turns a selection into log revisions: everything, everything not reachable from REV, or A..B. */
async function resolveRevs(cwd, sel) {
    if (sel.kind === 'all')
        return { args: ['--all'], stdin: [] };
    if (sel.kind === 'since')
        return { args: ['--all'], stdin: [`^${await verifyCommit(cwd, sel.rev, '--since')}`] };
    const m = /^(.+?)\.\.(.+)$/.exec(sel.range);
    if (!m || m[1].startsWith('.') || m[2].startsWith('.'))
        throw new errors_1.UsageError(`--range: expected A..B, got "${sel.range}"`);
    const [from, to] = await Promise.all([verifyCommit(cwd, m[1], '--range'), verifyCommit(cwd, m[2], '--range')]);
    return { args: [], stdin: [`^${from}`, to] };
}
/**
 * Whether a failed call failed because `rev` does not exist: then there is nothing to list, and any
 * other failure is one. git's message says so (it runs with LC_ALL=C); should another version word it
 * otherwise, git is asked. Asking first, every time, cost a git process per scan.
 */
async function absent(cwd, r, args, message, rev) {
    if (r.code === 0)
        return false;
    if (message.test(r.stderr))
        return true;
    const has = await (0, run_1.runGit)(cwd, ['rev-parse', '--verify', '--quiet', rev], { okCodes: [1, 128] });
    if (has.code !== 0)
        return true;
    throw (0, run_1.gitFailure)(args, r.code, null, r.stderr);
}
/** Blob ids in HEAD's tree (empty when HEAD has no commit yet). */
async function headBlobs(cwd) {
    const out = new blob_table_1.BlobTable(1024);
    const args = ['ls-tree', '-r', '-z', '--full-tree', 'HEAD'];
    const r = await (0, run_1.runGit)(cwd, args, { okCodes: [128] });
    if (await absent(cwd, r, args, /^fatal: Not a valid object name HEAD$/m, 'HEAD'))
        return out;
    for (const entry of (0, run_1.splitNul)(r.stdout)) {
        const tab = entry.indexOf(9);
        const fields = entry.toString('latin1', 0, tab).split(' ');
        if (fields[1] === 'blob')
            out.add(fields[2]);
    }
    return out;
}
/** Every stash entry, not just the newest (older ones live only in refs/stash's reflog). */
async function stashReflog(cwd, commonDir) {
    if (commonDir !== undefined && !mayHoldStash(commonDir))
        return [];
    const args = ['rev-list', '--walk-reflogs', 'refs/stash', '--'];
    const r = await (0, run_1.runGit)(cwd, args, { okCodes: [128] });
    if (await absent(cwd, r, args, /^fatal: bad revision 'refs\/stash'$/m, 'refs/stash'))
        return [];
    return r.stdout
        .toString('utf8')
        .split('\n')
        .filter((l) => /^[0-9a-f]{40,64}$/.test(l));
}
/**
 * False only when the repository's shared git folder plainly holds no stash reflog: it is a git folder
 * (it has a HEAD), its refs are files (no reftable), and there is no logs/refs/stash. Most repositories
 * never stashed, and asking git cost a process that the log waited for (about 30 ms of a scan's start).
 */
function mayHoldStash(commonDir) {
    const present = (path) => {
        try {
            (0, node_fs_1.lstatSync)((0, node_path_1.join)(commonDir, path));
            return true;
        }
        catch (err) {
            return err.code !== 'ENOENT';
        }
    };
    return !present('HEAD') || present('reftable') || present((0, node_path_1.join)('logs', 'refs', 'stash'));
}
/** Objects no ref or reflog reaches: dangling commits and orphaned blobs. */
async function unreachableObjects(cwd) {
    const r = await (0, run_1.runGit)(cwd, ['fsck', '--connectivity-only', '--unreachable', '--no-reflogs', '--no-progress']);
    const commits = [];
    const blobs = [];
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const m = /^unreachable (commit|blob) ([0-9a-f]{40,64})$/.exec(line);
        if (m)
            (m[1] === 'commit' ? commits : blobs).push(m[2]);
    }
    return { commits, blobs };
}
/** Refs (tags included) whose target is a blob or a tree rather than a commit: no commit walk reaches them. */
async function refTargets(cwd) {
    const r = await (0, run_1.runGit)(cwd, ['for-each-ref', '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)']);
    const out = [];
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const [ref, type, id, peeledType, peeledId] = line.split('\0');
        const [t, target] = type === 'tag' ? [peeledType, peeledId] : [type, id];
        if ((t === 'blob' || t === 'tree') && /^[0-9a-f]{40,64}$/.test(target))
            out.push({ ref, id: target, type: t });
    }
    return out;
}
/** The blobs of a tree, recursively, with their paths (symlinks and submodules left out). */
async function treeBlobs(cwd, tree) {
    const r = await (0, run_1.runGit)(cwd, ['ls-tree', '-r', '-z', '--full-tree', tree]);
    const out = [];
    for (const entry of (0, run_1.splitNul)(r.stdout)) {
        const tab = entry.indexOf(9);
        const [mode, type, id] = entry.toString('latin1', 0, tab).split(' ');
        if (type === 'blob' && (mode === '100644' || mode === '100755'))
            out.push({ id, path: entry.toString('utf8', tab + 1) });
    }
    return out;
}
