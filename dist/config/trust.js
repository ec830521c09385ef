"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REPO_RULE_MAX_PRIORITY = exports.DEFAULT_MAX_FILE_SIZE = void 0;
exports.checkTrustFlags = checkTrustFlags;
exports.codeRefusal = codeRefusal;
exports.sortSettings = sortSettings;
/**
 * The trust boundary, in one place. Trusted settings come from the command line, environment
 * variables, a file given with --config and the user's own config directory. A config or ignore file
 * found in the scanned tree is repository data: in every mode it may add rules, allowlists and
 * suppressions (and lower the size limit), but never change verification (endpoints, specs, timeouts,
 * rate limits), raise the size limit, define hooks or run code; hooks and JavaScript configs need
 * --trust-repo-config, which cannot be combined with --untrusted-head. With --untrusted-head the
 * repository's settings are read from the base revision of the range (see cli/untrusted-head.ts).
 */
const errors_1 = require("../errors");
const size_1 = require("../util/size");
/** Default for --max-file-size. */
exports.DEFAULT_MAX_FILE_SIZE = 10 * 1000 * 1000;
/** Rule priority a repository's custom rule can reach at most: below every built-in provider and format rule. */
exports.REPO_RULE_MAX_PRIORITY = -2;
/** Checks flag combinations the boundary forbids. */
function checkTrustFlags(flags) {
    if (flags.trustRepoConfig && flags.untrustedHead)
        throw new errors_1.UsageError('--trust-repo-config cannot be combined with --untrusted-head: the head of an untrusted range must not run code');
    if (flags.trustRepoConfig && flags.codeConfig === false)
        throw new errors_1.UsageError('--trust-repo-config and --no-code-config contradict each other');
    if (flags.untrustedHead && flags.range === undefined)
        throw new errors_1.UsageError('--untrusted-head needs --range A..B: the repository settings are read from A');
}
/** Why a JavaScript config of this origin may not be loaded, or undefined when it may. */
function codeRefusal(origin, flags) {
    if (flags.codeConfig === false)
        return '--no-code-config';
    if (origin === 'repository' && !flags.trustRepoConfig)
        return 'a config in the scanned tree; pass --trust-repo-config to trust it';
    return undefined;
}
/** A repository's custom rule as data: no verify or revoke spec, and no precedence over built-in rules. */
function asRepositoryRule(rule) {
    const { verify: _v, revoke: _r, ...rest } = rule;
    const priority = rule.generic ? rule.priority : Math.min(rule.priority ?? 0, exports.REPO_RULE_MAX_PRIORITY);
    return priority === undefined ? rest : { ...rest, priority };
}
/** The repository layer reduced to what repository data may do; `warnings` names what was set aside. */
function repositoryData(layer, flags, warnings) {
    const { verify, hooks, ...data } = layer.config;
    if (verify && flags.network)
        warnings.push(`${layer.shown}: verify: ignored: a config in the scanned tree cannot change verification (use --endpoint, --config FILE or the user config directory)`);
    if (hooks?.length && flags.runHooks && !flags.trustRepoConfig)
        warnings.push(`${layer.shown}: hooks: ignored: a config in the scanned tree defines hooks only with --trust-repo-config`);
    const custom = data.rules?.custom;
    if (custom?.some((r) => r.verify || r.revoke) && flags.network)
        warnings.push(`${layer.shown}: rules.custom: verify and revoke specs ignored: a config in the scanned tree cannot change verification`);
    return custom ? { ...data, rules: { ...data.rules, custom: custom.map(asRepositoryRule) } } : data;
}
/** The size limit: the flag, else the trusted configs; a repository config may only lower it (a suppression). */
function maxFileSizeOf(trusted, repo, flags, warnings) {
    if (flags.maxFileSize !== undefined) {
        const n = (0, size_1.parseSize)(flags.maxFileSize);
        if (n === undefined)
            throw new errors_1.UsageError(`--max-file-size: not a size: "${flags.maxFileSize}" (try 10MB or 1048576)`);
        return n;
    }
    const fromTrusted = [...trusted].reverse().find((l) => l.config.maxFileSize !== undefined)?.config.maxFileSize;
    const limit = fromTrusted !== undefined ? (0, size_1.parseSize)(fromTrusted) : exports.DEFAULT_MAX_FILE_SIZE;
    if (repo?.config.maxFileSize === undefined || flags.suppress === false)
        return limit;
    const asked = (0, size_1.parseSize)(repo.config.maxFileSize);
    if (asked <= limit)
        return asked;
    warnings.push(`${repo.shown}: maxFileSize: ignored: a config in the scanned tree may lower the size limit, not raise it`);
    return limit;
}
/**
 * Sorts the layers of one run. `trusted` are the user config directory's and --config's (in that
 * order, later wins); `repo` is the config found in the scanned tree (or the base revision).
 */
function sortSettings(trusted, repo, flags) {
    const warnings = [];
    const repoData = repo ? repositoryData(repo, flags, warnings) : undefined;
    const layers = [...trusted.map((l) => ({ config: l.config, shown: l.shown })), ...(repo ? [{ config: repoData, shown: repo.shown }] : [])];
    const all = layers.map((l) => l.config);
    const verify = {};
    for (const l of trusted)
        Object.assign(verify, { ...l.config.verify, endpoints: { ...verify.endpoints, ...l.config.verify?.endpoints } });
    if (!trusted.some((l) => l.config.verify?.endpoints))
        delete verify.endpoints;
    const hooks = [...trusted.flatMap((l) => l.config.hooks ?? []), ...(repo && flags.trustRepoConfig ? (repo.config.hooks ?? []) : [])];
    const named = [...trusted, ...(repo ? [repo] : [])].reverse().find((l) => l.config.baseline !== undefined);
    return {
        ruleLayers: layers,
        verify,
        hooks,
        repoHooksSetAside: !!repo?.config.hooks?.length && !flags.trustRepoConfig,
        maxFileSize: maxFileSizeOf(trusted, repo, flags, warnings),
        allowlistPaths: all.flatMap((c) => c.allowlist?.paths ?? []),
        ignoreComments: all.flatMap((c) => c.ignoreComments ?? []),
        scanLockfiles: all.some((c) => c.scanLockfiles === true),
        ...(named ? { baseline: { file: named.config.baseline, dir: named.dir, shown: `${named.shown}: baseline`, origin: named.origin } } : {}),
        warnings,
    };
}
