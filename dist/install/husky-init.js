"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.initHusky = initHusky;
/**
 * `install-hook --init`: sets husky up the way the project's own `prepare` script would, by running the
 * husky the project has installed (node_modules/.bin/husky). Nothing is downloaded: without husky
 * installed the answer is to run npm install.
 */
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const errors_1 = require("../errors");
const hook_checks_1 = require("./hook-checks");
/**
 * Runs `husky` (9 and later) or `husky install` (5 to 8) in the project; its output goes to stderr.
 * @lazy loaded with require() by install/pre-commit.ts, which knip does not follow
 */
function initHusky(top, major, env) {
    const bin = (0, node_path_1.join)(top, 'node_modules', '.bin', 'husky');
    if (!(0, node_fs_1.existsSync)(bin))
        throw new errors_1.InputError(`--init: husky is not installed here (no node_modules/.bin/husky): run npm install, then tokenguard install-hook --init`);
    const args = major >= 9 ? [] : ['install'];
    try {
        // HUSKY=0 would make husky skip its own setup; the user asked for it explicitly here.
        (0, node_child_process_1.execFileSync)(bin, args, { cwd: top, env: { ...env, HUSKY: '' }, stdio: ['ignore', 2, 2], timeout: 60_000 });
    }
    catch (err) {
        throw new errors_1.InputError(`--init: "${(0, hook_checks_1.huskySetupCommand)(major)}" failed: ${err.message.split('\n')[0]}`);
    }
    return (0, hook_checks_1.huskySetupCommand)(major);
}
