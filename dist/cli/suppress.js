"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applySuppressions = applySuppressions;
/**
 * The CLI's side of suppression: which ignore file and baseline a command's flags and config name, read
 * through RepositoryFiles so that, with --untrusted-head, a file inside the repository comes from the
 * base revision whoever named it (a flag, a config key or the default search), and what the head would
 * suppress for itself is only noted on its findings. The stage itself (suppress/stage.ts) and the
 * default search (suppress/locate.ts) are the library's too, so runScan reports what the CLI reports.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const gather_1 = require("../config/gather");
const identity_1 = require("../engine/identity");
const locate_1 = require("../suppress/locate");
const self_suppression_1 = require("../suppress/self-suppression");
const stage_1 = require("../suppress/stage");
const io_1 = require("./io");
const untrusted_head_1 = require("./untrusted-head");
/**
 * The baseline a flag or the config names (absolute), or undefined for the default search: --baseline,
 * else the config's `baseline` (relative to the config file, and an error when missing: a named file that
 * is not there would silently report everything). A config in the scanned tree is repository data: it
 * may name a baseline inside the repository (or the scanned folder), not elsewhere on the machine.
 */
function namedBaseline(io, target, setup, flag, warnings) {
    if (flag)
        return (0, io_1.resolveIn)(io, flag);
    const configured = setup.settings.baseline;
    if (!configured)
        return undefined;
    const abs = (0, node_path_1.resolve)(configured.dir ?? io.cwd, configured.file);
    const within = setup.repo?.top ?? (setup.untrusted ? undefined : targetDir(target));
    if (configured.origin === 'repository' && (within === undefined || (0, gather_1.insideRepo)(within, abs) === undefined)) {
        warnings.push(`${configured.shown}: ignored: a config in the scanned tree may name a baseline inside the repository only`);
        return undefined;
    }
    return abs;
}
/** The scanned folder (a scanned file's folder). */
function targetDir(target) {
    try {
        return (0, node_fs_1.statSync)(target).isDirectory() ? target : (0, node_path_1.dirname)(target);
    }
    catch {
        return target;
    }
}
/**
 * Runs the suppression stage (suppress/stage.ts) with the files found as suppress/locate.ts finds them,
 * read through RepositoryFiles (from the base revision with --untrusted-head). Before it, inline markers
 * are settled against the base of an untrusted range; after it, what the head would have suppressed for
 * itself is noted on the findings. The baseline applies when `useBaseline` (not to `baseline create`).
 */
async function applySuppressions(io, target, setup, flags, result, useBaseline) {
    const identity = (0, identity_1.identityScheme)(setup.hashKey);
    if (!setup.suppress)
        return (0, stage_1.applyStage)(result, { identity });
    const warnings = result.ledger.warnings;
    const files = new untrusted_head_1.RepositoryFiles(io, setup, warnings);
    let settledInline = 0;
    if (setup.untrusted) {
        // The engine only noted inline markers: one counts when the base revision has it too.
        const settled = await (0, self_suppression_1.settleInlineMarkers)(result.findings, (p) => setup.untrusted.base.file(p), setup.markers);
        result.findings = settled.kept;
        settledInline = settled.suppressed;
    }
    const search = { target, repoTop: setup.repo?.top, ignoreFile: flags.ignoreFile && (0, io_1.resolveIn)(io, flags.ignoreFile) };
    const ignoreFile = await (0, locate_1.findIgnoreFile)(search, files.reader());
    const baseline = useBaseline ? await (0, locate_1.findBaseline)({ ...search, baseline: namedBaseline(io, target, setup, flags.baseline, warnings) }, files.reader()) : undefined;
    (0, stage_1.applyStage)(result, { ignoreFile, baseline, reportStaleIgnores: flags.reportStaleIgnores, identity }, settledInline);
    if (setup.untrusted)
        (0, self_suppression_1.noteHeadSuppressions)(result.findings, await (0, untrusted_head_1.headSuppressions)(io, setup, target, flags));
}
