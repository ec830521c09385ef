"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readAtRevision = readAtRevision;
/**
 * Files as they are in one commit, for settings a pull request must not change (--untrusted-head reads
 * the repository's config, ignore file, baseline and inline markers from the base of the range, the
 * way CODEOWNERS works). Read with one `git cat-file --batch` through the safe runner: no filters, no
 * textconv, nothing from the working tree.
 */
const run_1 = require("./run");
/** Reads `paths` (relative to the repository top, "/"-separated) at `commit`; absent paths are left out. */
async function readAtRevision(cwd, commit, paths) {
    const out = new Map();
    // cat-file reads one name per line: a path holding a newline cannot be asked for (it counts as absent).
    const asked = [...new Set(paths)].filter((p) => p !== '' && !/[\n\r]/.test(p));
    if (asked.length === 0)
        return out;
    const input = asked.map((p) => `${commit}:${p}\n`).join('');
    const r = await (0, run_1.runGit)(cwd, ['cat-file', '--batch'], { input });
    const buf = r.stdout;
    let at = 0;
    for (const path of asked) {
        const nl = buf.indexOf(10, at);
        if (nl < 0)
            break;
        const header = buf.toString('utf8', at, nl);
        at = nl + 1;
        const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
        if (!m)
            continue; // "<name> missing" or "ambiguous": not in that commit
        const size = Number(m[2]);
        const body = buf.subarray(at, at + size);
        at += size + 1;
        out.set(path, m[1] === 'blob' ? { kind: 'file', bytes: body } : m[1] === 'tree' ? { kind: 'directory' } : { kind: 'other' });
    }
    return out;
}
