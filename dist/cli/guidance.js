"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stagedGuidance = stagedGuidance;
/**
 * What a blocked commit tells the user: how to look, how to mark a false positive (inline marker,
 * ignore file with the fingerprint ready to paste, allowlist), how to adopt on a repository with old
 * secrets (baseline), and how to bypass.
 */
const node_path_1 = require("node:path");
const baseline_1 = require("../suppress/baseline");
const ignore_file_1 = require("../suppress/ignore-file");
/** Fingerprints printed ready to paste; past this the report's fingerprint lines are the source. */
const MAX_FINGERPRINTS = 5;
/** A path for a shell command line: quoted when it holds anything the shell would read. */
const shellWord = (p) => (/^[\w./@%+=:,-]+$/.test(p) ? p : `'${p.replace(/'/g, "'\\''")}'`);
/** `show(path)` turns an absolute path into what the user should type (relative to their directory, "." for it). */
function stagedGuidance(report, show = (p) => p) {
    const paths = [...new Set(report.findings.map((f) => f.path))];
    const fingerprints = [...new Set(report.findings.map((f) => f.fingerprint))];
    const at = (name) => shellWord(report.root ? show((0, node_path_1.join)(report.root, name)) : name);
    const shown = fingerprints.slice(0, MAX_FINGERPRINTS).join(' ');
    const n = report.findings.length;
    return [
        `tokenguard: commit blocked: ${n} secret${n === 1 ? '' : 's'} in staged changes.`,
        `  Inspect:          git diff --cached -- ${paths.slice(0, 5).map(shellWord).join(' ')}${paths.length > 5 ? ' …' : ''}`,
        '  Remove it:        take the secret out of the file, git add it again, and rotate the secret if it was real.',
        '  False positive:   put "tokenguard:allow" in a comment on that line ("tokenguard:allow-next-line" on the line before),',
        `                    or add its fingerprint to ${ignore_file_1.IGNORE_FILE}:`,
        `                      printf '%s  # why it is not a secret\\n' ${shown} >> ${at(ignore_file_1.IGNORE_FILE)}${fingerprints.length > MAX_FINGERPRINTS ? '   (more fingerprints in the report above)' : ''}`,
        '                    or an allowlist entry (allowlist.regexes or allowlist.paths) in .tokenguardrc.yaml.',
        `  Old secrets:      accept what the repository already has, once: tokenguard baseline create ${at('.')} -o ${at(baseline_1.BASELINE_FILE)}`,
        '                    (commit the file; every scan and this hook then report only new secrets), or run the hook',
        '                    as "tokenguard scan --staged --only-added-lines" to judge only the lines a commit adds.',
        '  Bypass once:      git commit --no-verify   (skips every pre-commit hook; the secret still lands in history)',
    ];
}
