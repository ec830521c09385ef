"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findIgnoreFile = findIgnoreFile;
exports.findBaseline = findBaseline;
/**
 * Where a scan finds its ignore file and baseline, the same for the CLI and the library, so the
 * pre-commit check, a CI scan and a program scanning the same repository agree: the named file, else
 * the default file at the scanned root, else at the repository root. Reading is the caller's (from disk,
 * or from the base revision of an untrusted range).
 */
const node_path_1 = require("node:path");
const baseline_1 = require("./baseline");
const ignore_file_1 = require("./ignore-file");
/** The first of `name` at the target and the repository root. */
async function firstOf(search, name, read, what) {
    for (const dir of [search.target, search.repoTop]) {
        const found = dir ? await read((0, node_path_1.join)(dir, name), false, what) : undefined;
        if (found)
            return found;
    }
    return undefined;
}
/** The ignore file: the named one, else the first .tokenguardignore at the target or the repository root. */
function findIgnoreFile(search, read) {
    return search.ignoreFile ? read(search.ignoreFile, false) : firstOf(search, ignore_file_1.IGNORE_FILE, read);
}
/** The baseline: the named one, else the first .tokenguard-baseline.json at the target or the repository root. */
function findBaseline(search, read) {
    return search.baseline ? read(search.baseline, true, 'baseline') : firstOf(search, baseline_1.BASELINE_FILE, read, 'baseline');
}
