"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unquoteGitPath = unquoteGitPath;
exports.parseAddedLines = parseAddedLines;
exports.stagedAddedLines = stagedAddedLines;
exports.onAddedLine = onAddedLine;
/**
 * The lines a commit would add: `git diff --cached -U0` against HEAD (or the empty tree before the
 * first commit), reduced to the added line numbers of each staged file. `scan --staged
 * --only-added-lines` reports only findings on these lines, so a commit that edits one line of a file
 * with old secrets is judged by that line alone.
 */
const paths_1 = require("../../util/paths");
const run_1 = require("./run");
const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/** Undoes git's C-style quoting of a path ("a\tb\303\251"), returning the raw bytes. */
function unquoteGitPath(text) {
    if (text[0] !== 0x22 || text[text.length - 1] !== 0x22)
        return text;
    const out = [];
    for (let i = 1; i < text.length - 1; i++) {
        const c = text[i];
        if (c !== 0x5c) {
            out.push(c);
            continue;
        }
        const next = String.fromCharCode(text[i + 1]);
        if (/[0-3]/.test(next)) {
            out.push(parseInt(text.toString('latin1', i + 1, i + 4), 8));
            i += 3;
        }
        else {
            out.push(C_ESCAPES[next] ?? text[i + 1]);
            i += 1;
        }
    }
    return Buffer.from(out);
}
/** The path of a `+++ b/PATH` line, or undefined for /dev/null (a deletion). */
function newPath(line) {
    let name = line.subarray(4);
    // git ends the name with a tab when it contains a space (for GNU patch); a real trailing tab is quoted.
    if (name[name.length - 1] === 9)
        name = name.subarray(0, -1);
    if (name.toString('latin1') === '/dev/null')
        return undefined;
    const raw = unquoteGitPath(name);
    return (0, paths_1.displayPath)(raw.subarray(raw.indexOf(0x2f) + 1));
}
/** Parses `git diff -U0` output into added line numbers per file. */
function parseAddedLines(diff) {
    const added = new Map();
    let current;
    let pending = 0; // content lines of the current hunk still to skip
    let start = 0;
    while (start < diff.length) {
        let end = diff.indexOf(10, start);
        if (end < 0)
            end = diff.length;
        const line = diff.subarray(start, end);
        start = end + 1;
        // Inside a hunk every line is content ("+++ x" may be an added line "++ x"), except git's "\ No newline" notes.
        if (pending > 0) {
            if (line[0] !== 0x5c)
                pending--;
            continue;
        }
        if (line[0] === 0x2b && line.subarray(0, 4).toString('latin1') === '+++ ') {
            const path = newPath(line);
            current = path === undefined ? undefined : (added.get(path) ?? new Set());
            if (path !== undefined)
                added.set(path, current);
            continue;
        }
        const m = line[0] === 0x40 ? HUNK.exec(line.toString('latin1')) : null;
        if (!m)
            continue;
        const removed = m[1] === undefined ? 1 : Number(m[1]);
        const first = Number(m[2]);
        const count = m[3] === undefined ? 1 : Number(m[3]);
        for (let n = first; n < first + count; n++)
            current?.add(n);
        pending = removed + count;
    }
    return added;
}
/**
 * The added lines of everything staged in the repository at `top`.
 * @lazy loaded with require() by cli/scan-run.ts, which knip does not follow
 */
async function stagedAddedLines(top) {
    // Fixed prefixes, no textconv or external diff, renames detected (a moved file adds nothing new).
    const args = ['diff', '--cached', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--src-prefix=a/', '--dst-prefix=b/', '--ignore-submodules=all'];
    const r = await (0, run_1.runGit)(top, args);
    return parseAddedLines(r.stdout);
}
/**
 * True when any line of the finding's span was added.
 * @lazy loaded with require() by cli/scan-run.ts, which knip does not follow
 */
function onAddedLine(added, f) {
    const lines = added.get(f.path);
    if (!lines)
        return false;
    for (let n = f.line; n <= f.endLine; n++)
        if (lines.has(n))
            return true;
    return false;
}
