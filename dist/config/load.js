"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DISK = exports.SEARCH_PLACES = void 0;
exports.placeIn = placeIn;
exports.findConfigFile = findConfigFile;
exports.readRawConfig = readRawConfig;
exports.validateLayers = validateLayers;
exports.readConfigFile = readConfigFile;
exports.loadConfig = loadConfig;
exports.validateConfig = validateConfig;
/**
 * Finds and reads config files: the repository's (searched from the scanned path up to the repository
 * root, or only the scanned root outside git), one given with --config, and the user's own config
 * directory. JSON and YAML go through parse-only loaders (config/parse.ts); cosmiconfig is kept for one
 * job, loading a JavaScript config the user trusts. What each file may change is decided in trust.ts.
 */
const import_module_1 = require("../util/import-module");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const errors_1 = require("../errors");
const parse_1 = require("./parse");
const validate_1 = require("./validate");
/** File names tried in each directory, in order; the first one present is the config, whatever it holds. */
exports.SEARCH_PLACES = [
    'package.json',
    '.tokenguardrc',
    '.tokenguardrc.json',
    '.tokenguardrc.yaml',
    '.tokenguardrc.yml',
    'tokenguard.config.js',
    'tokenguard.config.mjs',
    'tokenguard.config.cjs',
];
/** The working tree on disk (paths are absolute). */
exports.DISK = {
    kind(path) {
        try {
            const st = (0, node_fs_1.statSync)(path);
            return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other';
        }
        catch {
            return undefined;
        }
    },
    read: (path) => (0, node_fs_1.readFileSync)(path),
};
/**
 * The config file in `dir`: the first search place present. A package.json counts only with a
 * "tokenguard" key; any other name decides the search even when it is empty, a directory or broken,
 * so nothing ever falls through to a JavaScript config behind it.
 */
function placeIn(view, dir, join2 = node_path_1.join) {
    for (const place of exports.SEARCH_PLACES) {
        const path = join2(dir, place);
        const kind = view.kind(path);
        if (kind === undefined)
            continue;
        if (place === 'package.json' && (kind !== 'file' || !(0, parse_1.packageJsonHasConfig)(view.read(path).toString('utf8'))))
            continue;
        return path;
    }
    return undefined;
}
/** The nearest config from `start` up to `stopDir` (inclusive), never above it. */
function findConfigFile(start, stopDir) {
    let dir = (0, node_path_1.resolve)(start);
    const stop = (0, node_path_1.resolve)(stopDir);
    // A start outside the stop directory (cannot happen from the CLI) searches only itself.
    const inside = !(0, node_path_1.relative)(stop, dir).startsWith('..');
    for (;;) {
        const found = placeIn(exports.DISK, dir);
        if (found)
            return found;
        const parent = (0, node_path_1.dirname)(dir);
        if (!inside || dir === stop || parent === dir)
            return undefined;
        dir = parent;
    }
}
/** Reads and parses one config file from its kind and bytes; validation comes after (validateLayers). */
async function readRawConfig(kind, bytes, options) {
    const { shown } = options;
    if (kind === undefined)
        throw new errors_1.ConfigError(`${shown}: config file not found`);
    if (kind !== 'file')
        throw new errors_1.ConfigError(`${shown}: not a regular file; a config must be a JSON or YAML file`);
    const format = (0, parse_1.formatOf)(shown);
    let data;
    if (format === 'javascript') {
        if (options.codeRefusal || !options.diskPath)
            throw new errors_1.ConfigError(`${shown}: a JavaScript config runs code when loaded; refused (${options.codeRefusal ?? 'not on disk'}). Use a JSON or YAML config`);
        data = await loadJavaScript(options.diskPath, shown);
    }
    else {
        data = (0, parse_1.parseConfigText)(bytes().toString('utf8'), format, shown);
    }
    const dir = options.dir ?? (options.diskPath ? (0, node_path_1.dirname)(options.diskPath) : undefined);
    return { data: data === undefined ? {} : data, shown, origin: options.origin, file: options.diskPath, dir };
}
/** Validates the layers of one run together (a layer may disable another's custom rule); all problems in one error. */
function validateLayers(raw) {
    const problems = (0, validate_1.configsProblems)(raw);
    if (problems.length > 0)
        throw new errors_1.ConfigError(problems.join('\n'));
    return raw.map((l) => ({ config: l.data, shown: l.shown, origin: l.origin, file: l.file, dir: l.dir }));
}
/** Reads and validates one config file on its own. */
async function readConfigFile(kind, bytes, options) {
    return validateLayers([await readRawConfig(kind, bytes, options)])[0];
}
/** Loads a JavaScript config with cosmiconfig (which handles CommonJS and ES modules); only ever for a trusted file. */
async function loadJavaScript(file, shown) {
    const { cosmiconfig } = await (0, import_module_1.importModule)('cosmiconfig');
    const explorer = cosmiconfig('tokenguard', { searchStrategy: 'none', cache: false });
    try {
        const result = await explorer.load(file);
        return result && !result.isEmpty ? result.config : undefined;
    }
    catch {
        // The module's own error can quote its source; the file name and the fact are enough.
        throw new errors_1.ConfigError(`${shown}: the JavaScript config failed to load`);
    }
}
/** Finds (or takes) one config file and loads it: the programmatic API, without the trust boundary. */
async function loadConfig(search) {
    const start = exports.DISK.kind(search.from) === 'file' ? (0, node_path_1.dirname)(search.from) : search.from;
    const file = search.explicit ? (0, node_path_1.resolve)(search.explicit) : findConfigFile(start, search.stopDir ?? start);
    if (!file)
        return { config: {} };
    const shown = (0, node_path_1.relative)(process.cwd(), file) || file;
    const layer = await readConfigFile(exports.DISK.kind(file), () => exports.DISK.read(file), {
        origin: search.explicit ? 'explicit' : 'repository',
        shown,
        diskPath: file,
        codeRefusal: search.allowCode === false ? '--no-code-config' : undefined,
    });
    return { config: layer.config, file };
}
/** Validates a config object on its own: schema, RE2 patterns, sizes, custom rules and disabled ids, every problem at once. */
function validateConfig(data, file) {
    const problems = (0, validate_1.configsProblems)([{ data, shown: file }]);
    if (problems.length > 0)
        throw new errors_1.ConfigError(problems.join('\n'));
    return data;
}
