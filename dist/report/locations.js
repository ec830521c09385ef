"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.repositoryRoot = repositoryRoot;
exports.repoPath = repoPath;
exports.srcRoot = srcRoot;
/**
 * Paths as code scanning and workflow annotations need them: relative to the repository root, whatever
 * folder was scanned. Text and JSON reports keep paths relative to the scanned root (what a person
 * typed); SARIF and `::error file=` would put an alert on the wrong file with those when the scan
 * started in a subfolder (the Action's `path: services/api`).
 */
const node_path_1 = require("node:path");
const node_url_1 = require("node:url");
/**
 * The directory repository paths are relative to: the git top-level holding the scanned root, else
 * GITHUB_WORKSPACE when it holds it, else the scanned root itself.
 */
function repositoryRoot(root, repoTop, env) {
    if (!root)
        return undefined;
    for (const candidate of [repoTop, env.GITHUB_WORKSPACE]) {
        if (candidate && (0, node_path_1.isAbsolute)(candidate) && inside(candidate, root))
            return candidate;
    }
    return root;
}
function inside(dir, path) {
    const rel = (0, node_path_1.relative)(dir, path);
    return rel === '' || (!rel.startsWith('..') && !(0, node_path_1.isAbsolute)(rel));
}
/** A report path (relative to the scanned root) as a path relative to the repository root, "/"-separated. */
function repoPath(report, path) {
    if (!report.root || !report.repoRoot || report.root === report.repoRoot)
        return path;
    const abs = (0, node_path_1.join)(report.root, path);
    return inside(report.repoRoot, abs) ? (0, node_path_1.relative)(report.repoRoot, abs).split(node_path_1.sep).join('/') : path;
}
/** SARIF's %SRCROOT%: the repository root, as an absolute file URI ending in "/" when it is known. */
function srcRoot(report) {
    const description = { text: 'The repository root: every result URI is relative to it' };
    if (!report.repoRoot)
        return { description };
    const href = (0, node_url_1.pathToFileURL)(report.repoRoot).href;
    return { uri: href.endsWith('/') ? href : `${href}/`, description };
}
