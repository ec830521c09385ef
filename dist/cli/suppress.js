"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.baselineFile = baselineFile;
exports.applySuppressions = applySuppressions;
/**
 * Suppressions applied after the engine (which already honoured allowlists and inline markers): the
 * ignore file, then the baseline. Both are found the same way, so that the pre-commit check and a CI
 * scan of the same repository agree: the flag's file, else (for the baseline) the config's, else the
 * default file at the scanned root or the repository root. Every one of them is read through
 * RepositoryFiles: with --untrusted-head, a file inside the repository comes from the base revision,
 * whoever named it (a flag, a config key or the default search), and what the head would suppress for
 * itself is only noted on its findings.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const gather_1 = require("../config/gather");
const identity_1 = require("../engine/identity");
const baseline_1 = require("../suppress/baseline");
const ignore_file_1 = require("../suppress/ignore-file");
const self_suppression_1 = require("../suppress/self-suppression");
const io_1 = require("./io");
const untrusted_head_1 = require("./untrusted-head");
/**
 * The baseline to use: --baseline, else the config's `baseline` (relative to the config file, and an
 * error when missing: a named file that is not there would silently report everything), else
 * .tokenguard-baseline.json at the target or repository root when it exists. A config in the scanned
 * tree is repository data: it may name a baseline inside the repository (or the scanned folder), not
 * elsewhere on the machine.
 */
async function baselineFile(io, target, setup, files, flag, warnings) {
    if (flag)
        return files.read((0, io_1.resolveIn)(io, flag), true, undefined, 'baseline');
    const configured = setup.settings.baseline;
    if (configured) {
        const abs = (0, node_path_1.resolve)(configured.dir ?? io.cwd, configured.file);
        const within = setup.repo?.top ?? (setup.untrusted ? undefined : targetDir(target));
        if (configured.origin === 'repository' && (within === undefined || (0, gather_1.insideRepo)(within, abs) === undefined)) {
            warnings.push(`${configured.shown}: ignored: a config in the scanned tree may name a baseline inside the repository only`);
        }
        else {
            return files.read(abs, true, undefined, 'baseline');
        }
    }
    for (const dir of [target, setup.repo?.top]) {
        const found = dir ? await files.read((0, node_path_1.join)(dir, baseline_1.BASELINE_FILE), false, undefined, 'baseline') : undefined;
        if (found)
            return found;
    }
    return undefined;
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
 * Applies the ignore file and (when `useBaseline`) the baseline, settles inline markers against the base
 * of an untrusted range, and records what each mechanism suppressed.
 */
async function applySuppressions(io, target, setup, flags, result, useBaseline) {
    const suppressed = { allowlist: result.dropped.allowlist ?? 0, inline: result.dropped.inline ?? 0, ignoreFile: 0, baseline: 0 };
    result.suppressed = suppressed;
    if (!setup.suppress)
        return;
    const warnings = result.ledger.warnings;
    const files = new untrusted_head_1.RepositoryFiles(io, setup, warnings);
    if (setup.untrusted) {
        // The engine only noted inline markers: one counts when the base revision has it too.
        const settled = await (0, self_suppression_1.settleInlineMarkers)(result.findings, (p) => setup.untrusted.base.file(p), setup.markers);
        result.findings = settled.kept;
        suppressed.inline += settled.suppressed;
    }
    const ignore = await files.ignoreFile(target, flags.ignoreFile);
    if (ignore) {
        const outcome = (0, ignore_file_1.applyIgnoreFile)(result.findings, (0, ignore_file_1.parseIgnoreFile)(ignore.text, ignore.shown), ignore.shown, flags.reportStaleIgnores === true);
        result.findings = outcome.kept;
        suppressed.ignoreFile = outcome.suppressed;
        warnings.push(...outcome.warnings);
    }
    const baseline = useBaseline ? await baselineFile(io, target, setup, files, flags.baseline, warnings) : undefined;
    if (baseline) {
        const outcome = (0, baseline_1.applyBaseline)(result.findings, (0, baseline_1.parseBaseline)(baseline.text, baseline.shown), (0, identity_1.identityScheme)(setup.hashKey));
        result.findings = outcome.kept;
        suppressed.baseline = outcome.suppressed;
        warnings.push(...outcome.warnings);
    }
    if (setup.untrusted)
        (0, self_suppression_1.noteHeadSuppressions)(result.findings, await (0, untrusted_head_1.headSuppressions)(io, setup, target, flags));
}
