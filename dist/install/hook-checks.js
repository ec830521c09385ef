"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HookWouldNotRunError = void 0;
exports.huskyInfo = huskyInfo;
exports.huskySetupCommand = huskySetupCommand;
exports.checkHusky = checkHusky;
exports.checkHooksDir = checkHooksDir;
/**
 * Will git really run the hook install-hook is about to write? A hook in a folder git does not read is
 * worse than none: the command reports success and the next secret goes through. So before writing:
 *
 * - husky listed but not set up in this clone (core.hooksPath is not `.husky/_` for husky 9, `.husky`
 *   for husky 5 to 8): refused, with how to set husky up (or `--init`, which runs the project's husky);
 * - core.hooksPath pointing outside the repository (typically a global setting shared by every
 *   repository of the user): refused, nothing is written there;
 * - core.hooksPath=/dev/null (hooks turned off): refused.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const errors_1 = require("../errors");
/** A refusal: the hook would not run. Exit code 2 like every input problem, with what to do instead. */
class HookWouldNotRunError extends errors_1.InputError {
}
exports.HookWouldNotRunError = HookWouldNotRunError;
function readJson(file) {
    try {
        return JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** The major version husky is at in this project. */
function huskyMajor(top) {
    const installed = readJson((0, node_path_1.join)(top, 'node_modules', 'husky', 'package.json'))?.version;
    const pkg = readJson((0, node_path_1.join)(top, 'package.json'));
    const range = pkg?.devDependencies?.husky ?? pkg?.dependencies?.husky;
    const m = /(\d+)/.exec(typeof installed === 'string' ? installed : (range ?? ''));
    if (m)
        return Number(m[1]);
    // Without a version: husky 5-8 keep husky.sh with content under .husky/_; husky 9 leaves it empty or absent.
    const legacy = (0, node_path_1.join)(top, '.husky', '_', 'husky.sh');
    return (0, node_fs_1.existsSync)(legacy) && (0, node_fs_1.readFileSync)(legacy, 'utf8').trim() !== '' ? 8 : 9;
}
function huskyInfo(top) {
    const major = huskyMajor(top);
    return { major, hooksDir: major >= 9 ? (0, node_path_1.join)(top, '.husky', '_') : major >= 5 ? (0, node_path_1.join)(top, '.husky') : undefined };
}
/** The real path when it exists (git reports real paths), else the path as given. */
function real(p) {
    try {
        return (0, node_fs_1.realpathSync)(p);
    }
    catch {
        return (0, node_path_1.resolve)(p);
    }
}
/** True when `dir` is `root` or below it. */
function inside(dir, root) {
    const rel = (0, node_path_1.relative)(real(root), real(dir));
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path_1.sep}`) && !(0, node_path_1.isAbsolute)(rel));
}
/** How the user should set husky up, by version. */
function huskySetupCommand(major) {
    return major >= 9 ? 'npx husky' : 'npx husky install';
}
/** Refuses when husky would not run .husky/pre-commit in this clone. */
function checkHusky(loc, husky) {
    const shown = (p) => (0, node_path_1.relative)(loc.top, p) || '.';
    if (husky.hooksDir === undefined) {
        throw new HookWouldNotRunError(`husky ${husky.major} runs the hooks listed in package.json ("husky": {"hooks": ...}), not .husky/pre-commit: add "pre-commit": "tokenguard scan --staged" there, or upgrade husky`);
    }
    const now = loc.hooksPath ? `core.hooksPath is "${loc.hooksPath.value}" (${loc.hooksPath.scope} config)` : 'core.hooksPath is not set, so git uses .git/hooks';
    const setUp = `set husky up first with "${huskySetupCommand(husky.major)}" (package.json's "prepare" script does it on npm install), then run tokenguard install-hook again, or run tokenguard install-hook --init to do both`;
    if (real(loc.hooksDir) !== real(husky.hooksDir)) {
        throw new HookWouldNotRunError(`.husky/pre-commit would never run: husky ${husky.major} is listed but not set up in this clone (${now}; husky needs ${shown(husky.hooksDir)}).\n${setUp}`);
    }
    if (husky.major >= 9 && !(0, node_fs_1.existsSync)((0, node_path_1.join)(husky.hooksDir, 'pre-commit'))) {
        throw new HookWouldNotRunError(`.husky/pre-commit would never run: ${shown(husky.hooksDir)}/pre-commit, which git runs and which hands over to it, is missing.\n${setUp}`);
    }
}
/** Refuses a hooks directory outside the repository (shared by other repositories) or turned off. */
function checkHooksDir(loc) {
    const setting = loc.hooksPath;
    if (!setting)
        return;
    const where = `core.hooksPath is set in your ${setting.scope} git config (${setting.origin}) to "${setting.value}"`;
    if ((0, node_path_1.resolve)(loc.hooksDir) === '/dev/null') {
        throw new HookWouldNotRunError(`${where}: git runs no hooks in this repository, so a pre-commit hook would never run; tokenguard installed nothing`);
    }
    if (inside(loc.hooksDir, loc.top) || inside(loc.hooksDir, loc.gitDir))
        return;
    throw new HookWouldNotRunError(`${where}, outside this repository: a hook there runs in every repository that uses that setting, so tokenguard installed nothing.\n` +
        `Either add the scan to ${(0, node_path_1.join)(loc.hooksDir, 'pre-commit')} yourself (see "tokenguard install-hook --help"), or give this repository its own hooks folder: git config core.hooksPath .githooks, then run tokenguard install-hook again`);
}
