"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ANSI = exports.collect = void 0;
exports.setupRun = setupRun;
exports.parseCount = parseCount;
exports.writeOutput = writeOutput;
exports.colorForced = colorForced;
exports.colorWanted = colorWanted;
exports.styleFor = styleFor;
/** Shared command plumbing: settings and rule loading, path policy, output destinations and colour. */
const import_module_1 = require("../util/import-module");
const node_fs_1 = require("node:fs");
const io_1 = require("./io");
const gather_1 = require("../config/gather");
const trust_1 = require("../config/trust");
const user_1 = require("../config/user");
const decode_1 = require("../engine/decode");
const inline_ignore_1 = require("../engine/inline-ignore");
const errors_1 = require("../errors");
const registry_1 = require("../rules/registry");
const repo_1 = require("../sources/git/repo");
const guards_1 = require("../sources/guards");
const types_1 = require("../report/types");
const untrusted_head_1 = require("./untrusted-head");
/** Allowlisted paths are never read; lockfiles are skipped (and listed) unless asked for. */
function pathPolicy(globs, scanLockfiles) {
    const matcher = globs.length > 0 ? require('picomatch')(globs, { dot: true }) : undefined;
    return (path) => (matcher?.(path) ? 'allowlisted' : !scanLockfiles && (0, guards_1.isLockfile)(path) ? 'lockfile' : 'scan');
}
/** The repository holding `target`, or undefined; a planted .git pointer counts as none (with a warning). */
async function trustedRepo(target, warnings) {
    const repo = await (0, repo_1.findRepo)(target).catch(() => undefined);
    if (repo?.untrustedLink) {
        warnings.push(`not read as a git repository: ${repo.untrustedLink}`);
        return undefined;
    }
    return repo;
}
/** Loads the settings for `target` (user config directory, --config, the scanned tree's config) and selects rules. */
async function setupRun(io, target, flags) {
    (0, trust_1.checkTrustFlags)(flags);
    const early = [];
    const repo = await trustedRepo(target, early);
    if (flags.untrustedHead && !repo?.top)
        throw new errors_1.InputError(`${target}: --untrusted-head needs a git repository with a working tree`);
    const untrusted = flags.untrustedHead ? await (0, untrusted_head_1.untrustedRange)(repo.top, flags.range) : undefined;
    const gathered = await (0, gather_1.gatherConfigs)({ env: io.env, cwd: io.cwd, target, repoTop: repo?.top, explicit: flags.config, base: untrusted?.base, flags });
    const settings = (0, trust_1.sortSettings)(gathered.trusted, gathered.repo, flags);
    settings.warnings.unshift(...early, ...gathered.warnings);
    const suppress = flags.suppress !== false;
    const base = (0, registry_1.selectRulesFrom)(settings.ruleLayers, flags.docs === true);
    const depth = parseCount('--decode-depth', flags.decodeDepth) ?? decode_1.DEFAULT_DECODE.depth;
    const markers = suppress ? [...new Set([inline_ignore_1.DEFAULT_MARKER, ...settings.ignoreComments, ...(flags.ignoreComment ?? [])])] : [];
    const spec = {
        ...base,
        allowlistRegexes: suppress ? base.allowlistRegexes : [],
        definitions: suppress ? base.definitions : base.definitions.map(({ allowlist: _a, ...d }) => d),
        // With --untrusted-head a marker is only noted by the engine; whether the base has it is settled afterwards.
        engine: { decode: { ...decode_1.DEFAULT_DECODE, depth }, ignoreMarkers: markers, ...(untrusted && markers.length ? { markInline: true } : {}) },
    };
    return {
        settings,
        repo,
        spec,
        rules: new Map(spec.definitions.map((d) => [d.id, d])),
        maxFileSize: settings.maxFileSize,
        policy: pathPolicy(suppress ? settings.allowlistPaths : [], flags.scanLockfiles === true || settings.scanLockfiles),
        suppress,
        hashKey: (0, user_1.readHashKey)(io.env),
        untrusted,
        markers,
    };
}
/** Commander accumulator for repeatable options. */
const collect = (value, previous = []) => [...previous, value];
exports.collect = collect;
/** Parses a non-negative integer flag. */
function parseCount(flag, value) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value))
        throw new errors_1.UsageError(`${flag}: expected a whole number, got "${value}"`);
    return Number(value);
}
/** Writes a report to a file or stdout; an unwritable file is an error naming it. */
function writeOutput(io, text, file) {
    if (!file) {
        io.stdout.write(text);
        return;
    }
    try {
        (0, node_fs_1.writeFileSync)((0, io_1.resolveIn)(io, file), text);
    }
    catch (err) {
        throw new errors_1.InputError(`${file}: cannot write report: ${err.code ?? err.message}`);
    }
}
/**
 * What FORCE_COLOR says, read as Node and chalk read it: unset is no opinion; "0" or "false" means no
 * colour; any other value, even an empty one, means colour.
 */
function colorForced(env) {
    const v = env.FORCE_COLOR;
    return v === undefined ? undefined : v !== '0' && v !== 'false';
}
/** An SGR pair; the close codes are the specific ones (22, 39), so a style nested in another ends cleanly. */
const sgr = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
/**
 * The six styles as plain ANSI codes, for where chalk cannot load: chalk 5 is an ES module, and the
 * in-process test runner (jest without --experimental-vm-modules) cannot import() one. The built CLI uses chalk.
 */
exports.ANSI = { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39) };
/** Whether text output is coloured: see styleFor. */
function colorWanted(io, color, toFile) {
    if (!color || toFile)
        return false;
    const forced = colorForced(io.env);
    if (forced !== undefined)
        return forced;
    return io.stdout.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}
/** The styles from chalk, loaded on first use (ESM, so through import()); ANSI where it cannot load. */
async function chalkStyle() {
    try {
        const { Chalk, supportsColor } = await (0, import_module_1.importModule)('chalk');
        // Colour is already decided (our env, not chalk's view of process.stdout): at least the 16 basic colours.
        const chalk = new Chalk({ level: supportsColor ? Math.max(1, supportsColor.level) : 1 });
        return { bold: chalk.bold, dim: chalk.dim, red: chalk.red, yellow: chalk.yellow, cyan: chalk.cyan, green: chalk.green };
    }
    catch {
        return exports.ANSI;
    }
}
/**
 * Colours for text output. --no-color and a report file always mean plain text. Otherwise FORCE_COLOR
 * decides when set (CI logs render ANSI colours but are not terminals; as in Node, it overrides
 * NO_COLOR), then NO_COLOR, then whether stdout is a terminal. chalk is loaded only when colour is on,
 * so a piped scan or a pre-commit check (no terminal) never pays for it.
 */
async function styleFor(io, color, toFile) {
    return colorWanted(io, color, toFile) ? chalkStyle() : types_1.PLAIN;
}
