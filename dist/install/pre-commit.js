"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.usesHusky = usesHusky;
exports.installPreCommit = installPreCommit;
/**
 * Installs the pre-commit check: into husky's .husky/pre-commit when the project uses husky, otherwise
 * into git's own hooks directory (core.hooksPath honoured). First it makes sure git will run the hook
 * (hook-checks.ts); an existing hook keeps everything it runs, and tokenguard adds its block to it.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const errors_1 = require("../errors");
const hooks_info_1 = require("../sources/git/hooks-info");
const hook_checks_1 = require("./hook-checks");
const hook_text_1 = require("./hook-text");
/** True when the project uses husky: a .husky folder, or husky among package.json dependencies. */
function usesHusky(top) {
    if ((0, node_fs_1.existsSync)((0, node_path_1.join)(top, '.husky')))
        return true;
    try {
        const pkg = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(top, 'package.json'), 'utf8'));
        return Boolean(pkg.devDependencies?.husky ?? pkg.dependencies?.husky);
    }
    catch {
        return false;
    }
}
/** Checks that git will run the hook (setting husky up first when --init asks); returns the location to use. */
async function verifiedLocation(dir, options) {
    const env = options.env ?? process.env;
    const loc = await (0, hooks_info_1.hookLocation)(dir, env);
    if (!usesHusky(loc.top)) {
        if (options.init)
            throw new errors_1.UsageError('--init sets husky up, and this project does not use husky (no .husky folder, no husky in package.json)');
        (0, hook_checks_1.checkHooksDir)(loc);
        return { loc, husky: false };
    }
    const husky = (0, hook_checks_1.huskyInfo)(loc.top);
    try {
        (0, hook_checks_1.checkHusky)(loc, husky);
        return { loc, husky: true };
    }
    catch (err) {
        if (!options.init || !(err instanceof hook_checks_1.HookWouldNotRunError))
            throw err;
    }
    const { initHusky } = require('./husky-init');
    const initialised = initHusky(loc.top, husky.major, env);
    const after = await (0, hooks_info_1.hookLocation)(dir, env);
    (0, hook_checks_1.checkHusky)(after, husky);
    return { loc: after, husky: true, initialised };
}
function write(file, text) {
    (0, node_fs_1.writeFileSync)(file, text);
    (0, node_fs_1.chmodSync)(file, 0o755);
}
/**
 * Installs the hook for the repository containing `dir`.
 * @lazy loaded with require() by cli/commands/install-hook.ts, which knip does not follow
 */
async function installPreCommit(dir, options = {}) {
    const { loc, husky, initialised } = await verifiedLocation(dir, options);
    const file = husky ? (0, node_path_1.join)(loc.top, '.husky', 'pre-commit') : (0, node_path_1.join)(loc.hooksDir, 'pre-commit');
    const done = (action) => ({ file, action, husky, ...(initialised ? { initialised } : {}) });
    (0, node_fs_1.mkdirSync)((0, node_path_1.join)(file, '..'), { recursive: true });
    if (!(0, node_fs_1.existsSync)(file)) {
        write(file, (0, hook_text_1.newHook)(husky));
        return done('created');
    }
    const text = (0, node_fs_1.readFileSync)(file, 'utf8');
    const newer = (0, hook_text_1.upgraded)(text);
    if (newer !== undefined) {
        write(file, newer);
        return done('updated');
    }
    if ((0, hook_text_1.runsTokenguard)(text))
        return done('already-installed');
    if ((0, hook_text_1.isShellScript)(text)) {
        write(file, (0, hook_text_1.withBlock)(text));
        return done('added');
    }
    if (!options.force) {
        const shown = (0, node_path_1.relative)(process.cwd(), file) || file;
        throw new errors_1.InputError(`${shown}: an existing pre-commit hook that is not a shell script; rerun with --force to keep it (it is moved to pre-commit.orig and still runs) and add tokenguard`);
    }
    (0, node_fs_1.renameSync)(file, `${file}.orig`);
    write(file, (0, hook_text_1.wrapperHook)());
    return done('wrapped');
}
