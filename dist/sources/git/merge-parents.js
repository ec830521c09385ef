"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.versionsAt = versionsAt;
/**
 * The versions of a file a merge's other parents held: a merge is diffed against its first parent, so a
 * file both sides changed shows up as a new version whose secrets may have come from the merged branch.
 * Asked at the end of a history scan, in one `git cat-file --batch-check`, only for merged versions that
 * hold a secret their first parent's version did not (lineage.ts).
 */
const run_1 = require("./run");
const NEWLINE = 10;
const OBJECT_LINE = /^[0-9a-f]{40,64} (\w+) \d+$/;
/**
 * The blob id at each `<commit>:<path>`, in order; undefined where the path is not a blob there (or holds
 * a newline, which the batch protocol cannot carry: the secret is then reported at the merge, as before).
 */
async function versionsAt(cwd, queries) {
    const asked = queries.filter((q) => !q.path.includes(NEWLINE));
    if (asked.length === 0)
        return queries.map(() => undefined);
    const input = Buffer.concat(asked.flatMap((q) => [Buffer.from(`${q.commit}:`), q.path, Buffer.from('\n')]));
    const { stdout } = await (0, run_1.runGit)(cwd, ['cat-file', '--batch-check'], { input });
    const lines = stdout.toString('latin1').split('\n');
    const found = new Map();
    asked.forEach((q, i) => {
        const m = OBJECT_LINE.exec(lines[i] ?? '');
        if (m && m[1] === 'blob')
            found.set(q, lines[i].slice(0, lines[i].indexOf(' ')));
    });
    return queries.map((q) => found.get(q));
}
