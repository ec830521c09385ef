"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hookLocation = hookLocation;
/**
 * Small read-only questions for `tokenguard install-hook`, asked through simple-git with the hardening
 * of the git runner (run.ts): the same `-c` overrides, except that core.hooksPath must be read, not
 * masked, and the same environment (gitEnv), less the variables simple-git refuses outright.
 */
const node_path_1 = require("node:path");
const errors_1 = require("../../errors");
const run_1 = require("./run");
/**
 * Variables naming programs (editors, pagers, ssh, askpass, diff tools) that gitEnv leaves: read-only
 * queries run none, and simple-git refuses them. (GIT_PAGER is gitEnv's own "cat".)
 */
const PROGRAM_VARS = new Set([
    'EDITOR',
    'GIT_EDITOR',
    'GIT_SEQUENCE_EDITOR',
    'PAGER',
    'GIT_ASKPASS',
    'SSH_ASKPASS',
    'GIT_SSH',
    'GIT_SSH_COMMAND',
    'GIT_EXTERNAL_DIFF',
    'GIT_PROXY_COMMAND',
    'GIT_TEMPLATE_DIR',
    'GIT_EXEC_PATH',
]);
/** The environment for git: the runner's, from the caller's (HOME, GIT_CONFIG_GLOBAL… decide which config git reads), without program variables. */
function gitEnvFrom(env) {
    return Object.fromEntries(Object.entries((0, run_1.gitEnv)(env)).filter((e) => e[1] !== undefined && !PROGRAM_VARS.has(e[0].toUpperCase())));
}
function client(dir, env) {
    const { simpleGit } = require('simple-git');
    const config = run_1.SAFE_OVERRIDES.filter((kv) => !kv.startsWith('core.hooksPath='));
    // simple-git refuses any -c (and the GIT_PAGER variable) for these keys; SAFE_OVERRIDES and gitEnv set
    // them to their inert values, so allow exactly those. Nothing else can set them: the arguments are ours.
    const unsafe = {
        allowUnsafeFsMonitor: true,
        allowUnsafeAskPass: true,
        allowUnsafeSshCommand: true,
        allowUnsafeCredentialHelper: true,
        allowUnsafeDiffExternal: true,
        allowUnsafePager: true,
        allowUnsafeProtocolOverride: true,
        // Where the config comes from (GIT_CONFIG_GLOBAL, GIT_CONFIG_COUNT…) is the very thing to honour here.
        allowUnsafeConfigPaths: true,
        allowUnsafeConfigEnvCount: true,
    };
    return simpleGit({ baseDir: dir, config: [...config], maxConcurrentProcesses: 1, unsafe }).env(gitEnvFrom(env));
}
/** "scope\torigin\tvalue" from `git config --show-scope --show-origin`, or undefined when unset. */
async function hooksPathSetting(git) {
    let out;
    try {
        out = await git.raw(['config', '--show-scope', '--show-origin', '--get', 'core.hooksPath']);
    }
    catch {
        return undefined; // exit 1: not set anywhere
    }
    const [scope, origin, ...value] = out.replace(/\n$/, '').split('\t');
    return value.length ? { scope, origin: origin.replace(/^file:/, ''), value: value.join('\t') } : undefined;
}
/** The repository containing `dir` and where git looks for its hooks, asked with `env` (HOME decides the global config). */
async function hookLocation(dir, env = process.env) {
    const git = client(dir, env);
    try {
        const top = (await git.revparse(['--show-toplevel'])).trim();
        const gitDir = (await git.revparse(['--absolute-git-dir'])).trim();
        const hooks = (await git.revparse(['--git-path', 'hooks'])).trim();
        return { top, gitDir, hooksDir: (0, node_path_1.isAbsolute)(hooks) ? hooks : (0, node_path_1.resolve)((0, node_path_1.join)(dir, hooks)), hooksPath: await hooksPathSetting(git) };
    }
    catch (err) {
        throw new errors_1.GitError(`${dir}: not inside a git working tree (${err.message.split('\n')[0]})`);
    }
}
