"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.specialDisplay = void 0;
exports.specialFiles = specialFiles;
/**
 * FIFOs, sockets and device nodes inside a git working tree. git never lists them (it cannot track
 * them), so without this look they would be left out silently; they are listed as skipped instead.
 * Only the directories that hold listed files are read (one readdir each), so ignored trees such as
 * node_modules are never walked; git decides which of the special files it would ignore.
 */
const node_fs_1 = require("node:fs");
const paths_1 = require("../util/paths");
const run_1 = require("./git/run");
const SLASH = 0x2f;
/** Parent directory of a raw relative path ('' for the root). */
function parentOf(rel) {
    const i = rel.lastIndexOf(SLASH);
    return i < 0 ? '' : rel.toString('latin1', 0, i);
}
/** Special files (raw paths relative to `root`) in the directories of `listed`, minus those git ignores unless `withIgnored`. */
async function specialFiles(root, listed, withIgnored = false) {
    const dirs = new Set(['']);
    for (const rel of listed)
        dirs.add(parentOf(rel));
    const found = [];
    for (const dir of dirs) {
        const rawDir = Buffer.concat([Buffer.from(root + '/'), Buffer.from(dir, 'latin1')]);
        let entries;
        try {
            entries = (0, node_fs_1.readdirSync)(rawDir, { withFileTypes: true, encoding: 'buffer' });
        }
        catch {
            continue; // a directory that vanished or cannot be read holds nothing git listed to miss
        }
        for (const d of entries) {
            if (d.isFile() || d.isDirectory() || d.isSymbolicLink())
                continue;
            found.push(dir ? Buffer.concat([Buffer.from(dir + '/', 'latin1'), d.name]) : d.name);
        }
    }
    if (found.length === 0 || withIgnored)
        return found.sort(Buffer.compare);
    const input = Buffer.concat(found.flatMap((p) => [p, Buffer.from([0])]));
    const r = await (0, run_1.runGit)(root, ['check-ignore', '-z', '--stdin', '--no-index'], { input, okCodes: [1] });
    const ignored = new Set((0, run_1.splitNul)(r.stdout).map((p) => p.toString('latin1')));
    return found.filter((p) => !ignored.has(p.toString('latin1'))).sort(Buffer.compare);
}
/** Display form of a special file's path. */
const specialDisplay = (rel) => (0, paths_1.displayPath)(rel);
exports.specialDisplay = specialDisplay;
