"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.insideRepo = insideRepo;
exports.dirsUpTo = dirsUpTo;
exports.gatherConfigs = gatherConfigs;
/**
 * Collects the config layers of one run: the user config directory, --config FILE, and the config of
 * the scanned tree, which is searched on disk or, with --untrusted-head, in the base revision.
 */
const node_path_1 = require("node:path");
const errors_1 = require("../errors");
const load_1 = require("./load");
const trust_1 = require("./trust");
const user_1 = require("./user");
/** A path relative to `top` when it lies inside it ("/"-separated; "" for the top itself), else undefined. */
function insideRepo(top, path) {
    if (!top)
        return undefined;
    const rel = (0, node_path_1.relative)((0, node_path_1.resolve)(top), (0, node_path_1.resolve)(path));
    return rel.startsWith('..') || rel.startsWith('/') ? undefined : rel.split('\\').join('/');
}
/** Directories from the target up to the repository top, relative to the top ("" is the top). */
function dirsUpTo(top, target) {
    const start = load_1.DISK.kind(target) === 'file' ? (0, node_path_1.dirname)(target) : target;
    const rel = insideRepo(top, start);
    const dirs = [];
    for (let d = rel ?? '';; d = node_path_1.posix.dirname(d) === '.' ? '' : node_path_1.posix.dirname(d)) {
        dirs.push(d);
        if (d === '')
            return dirs;
    }
}
async function explicitLayer(o, warnings) {
    const file = o.explicit;
    const rel = o.base ? insideRepo(o.repoTop, file) : undefined;
    if (rel !== undefined && rel !== '' && o.base) {
        // The head of an untrusted range may have rewritten the file it names: use the base's copy.
        const view = await o.base.view([rel]);
        const shown = o.base.shown(rel);
        if (view.kind(rel) === undefined) {
            warnings.push(`${shown}: not in the base revision; with --untrusted-head a --config file inside the repository is read from there, so none is used`);
            return undefined;
        }
        return (0, load_1.readRawConfig)(view.kind(rel), () => view.read(rel), { origin: 'explicit', shown, codeRefusal: 'read from the base revision (--untrusted-head)', dir: (0, node_path_1.dirname)(file) });
    }
    return (0, load_1.readRawConfig)(load_1.DISK.kind(file), () => load_1.DISK.read(file), { origin: 'explicit', shown: (0, node_path_1.relative)(o.cwd, file) || file, diskPath: file, codeRefusal: (0, trust_1.codeRefusal)('explicit', o.flags) });
}
async function repoLayer(o) {
    const refusal = (0, trust_1.codeRefusal)('repository', o.flags);
    if (o.base && o.repoTop) {
        const dirs = dirsUpTo(o.repoTop, o.target);
        const view = await o.base.view(dirs.flatMap((d) => load_1.SEARCH_PLACES.map((p) => node_path_1.posix.join(d, p))));
        for (const d of dirs) {
            const found = (0, load_1.placeIn)(view, d, node_path_1.posix.join);
            if (found)
                return (0, load_1.readRawConfig)(view.kind(found), () => view.read(found), {
                    origin: 'repository',
                    shown: o.base.shown(found),
                    codeRefusal: 'read from the base revision (--untrusted-head)',
                    dir: (0, node_path_1.resolve)(o.repoTop, node_path_1.posix.dirname(found)),
                });
        }
        return undefined;
    }
    const start = load_1.DISK.kind(o.target) === 'file' ? (0, node_path_1.dirname)(o.target) : o.target;
    // Outside a repository the search stops at the scanned root: a parent folder is not the scan's to read.
    const file = (0, load_1.findConfigFile)(start, o.repoTop && insideRepo(o.repoTop, start) !== undefined ? o.repoTop : start);
    if (!file)
        return undefined;
    return (0, load_1.readRawConfig)(load_1.DISK.kind(file), () => load_1.DISK.read(file), { origin: 'repository', shown: (0, node_path_1.relative)(o.cwd, file) || file, diskPath: file, codeRefusal: refusal });
}
/** A layer, or the error that reading it raised, kept so every file's problems are reported together. */
async function attempt(read, errors) {
    try {
        return await read();
    }
    catch (err) {
        if (!(err instanceof errors_1.ConfigError))
            throw err;
        errors.push(err.message);
        return undefined;
    }
}
/** Reads every config layer of a run and validates them together: every problem of every file in one error. */
async function gatherConfigs(o) {
    const warnings = [];
    const errors = [];
    const user = await attempt(() => (0, user_1.readUserConfig)(o.env), errors);
    const explicit = o.explicit ? await attempt(() => explicitLayer(o, warnings), errors) : undefined;
    const repo = o.explicit ? undefined : await attempt(() => repoLayer(o), errors);
    const raw = [user, explicit, repo].filter((l) => l !== undefined);
    let layers = [];
    try {
        layers = (0, load_1.validateLayers)(raw);
    }
    catch (err) {
        if (!(err instanceof errors_1.ConfigError))
            throw err;
        errors.push(err.message);
    }
    if (errors.length > 0)
        throw new errors_1.ConfigError(errors.join('\n'));
    const validated = new Map(raw.map((l, i) => [l, layers[i]]));
    const trusted = [user, explicit].flatMap((l) => (l ? [validated.get(l)] : []));
    return { trusted, repo: repo && validated.get(repo), warnings };
}
