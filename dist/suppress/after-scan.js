"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.suppressScan = suppressScan;
/**
 * What runScan's `suppress` option runs after detection: the CLI's steps for a working-tree scan, for a
 * program that wants the findings `tokenguard scan` reports. Severities below the minimum are dropped,
 * identities and fingerprints are computed, and the ignore file and baseline are found as the CLI finds
 * them (suppress/locate.ts) and applied by the same stage (suppress/stage.ts).
 */
const node_path_1 = require("node:path");
const identity_1 = require("../engine/identity");
const data_file_1 = require("../sources/data-file");
const repo_1 = require("../sources/git/repo");
const locate_1 = require("./locate");
const stage_1 = require("./stage");
/** The top of the repository holding `target`, unless its .git cannot be trusted (as the CLI decides). */
async function repoTopOf(target) {
    const repo = await (0, repo_1.findRepo)(target).catch(() => undefined);
    return repo?.untrustedLink ? undefined : repo?.top;
}
/** Data files from disk, named relative to the working directory in messages. */
const fromDisk = async (abs, required, what) => (0, data_file_1.readDataFile)(abs, (0, node_path_1.relative)(process.cwd(), abs) || abs, required, what);
/** Applies the CLI's post-scan steps to a finished scan (see SuppressOptions). */
async function suppressScan(result, options) {
    (0, stage_1.dropBelowSeverity)(result, options.minSeverity ?? stage_1.DEFAULT_MIN_SEVERITY);
    await (0, identity_1.assignIdentities)(result.findings, new identity_1.IdentityCache(options.hashKey));
    result.identity = (0, identity_1.identityScheme)(options.hashKey);
    const search = {
        target: options.target,
        repoTop: options.repoTop ?? (await repoTopOf(options.target)),
        ignoreFile: options.ignoreFile,
        baseline: options.baseline || undefined,
    };
    const ignoreFile = await (0, locate_1.findIgnoreFile)(search, fromDisk);
    const baseline = options.baseline === false ? undefined : await (0, locate_1.findBaseline)(search, fromDisk);
    (0, stage_1.applyStage)(result, { ignoreFile, baseline, reportStaleIgnores: options.reportStaleIgnores, identity: result.identity });
}
