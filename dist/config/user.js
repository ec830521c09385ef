"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.userConfigDir = userConfigDir;
exports.readUserConfig = readUserConfig;
exports.readHashKey = readHashKey;
/**
 * The user's own config directory, a trusted source of settings: `$XDG_CONFIG_HOME/tokenguard/`
 * (default `~/.config/tokenguard/`) holding `config.yaml` (or `.yml`, `.json`) and, optionally,
 * `hash-key`, the key secret identities are computed with (TOKENGUARD_HASH_KEY overrides it).
 */
const node_path_1 = require("node:path");
const errors_1 = require("../errors");
const load_1 = require("./load");
const USER_CONFIG_NAMES = ['config.yaml', 'config.yml', 'config.json'];
/** Shortest key accepted: a shorter one would not stop guessing either. */
const MIN_KEY_BYTES = 16;
/** The user's tokenguard config directory, from the run's environment. */
function userConfigDir(env) {
    if (env.XDG_CONFIG_HOME)
        return (0, node_path_1.join)(env.XDG_CONFIG_HOME, 'tokenguard');
    return env.HOME ? (0, node_path_1.join)(env.HOME, '.config', 'tokenguard') : undefined;
}
/** The user's config file as a trusted layer (JSON or YAML only, not validated yet), or undefined when there is none. */
async function readUserConfig(env) {
    const dir = userConfigDir(env);
    if (!dir)
        return undefined;
    for (const name of USER_CONFIG_NAMES) {
        const file = (0, node_path_1.join)(dir, name);
        const kind = load_1.DISK.kind(file);
        if (kind === undefined)
            continue;
        return (0, load_1.readRawConfig)(kind, () => load_1.DISK.read(file), { origin: 'user', shown: file, diskPath: file, codeRefusal: 'not supported in the user config directory' });
    }
    return undefined;
}
/**
 * The trusted key for secret identities: TOKENGUARD_HASH_KEY, else the `hash-key` file of the user
 * config directory. Errors name where the key came from, never the key.
 */
function readHashKey(env) {
    let key;
    let where = 'TOKENGUARD_HASH_KEY';
    if (env.TOKENGUARD_HASH_KEY !== undefined && env.TOKENGUARD_HASH_KEY !== '') {
        key = Buffer.from(env.TOKENGUARD_HASH_KEY.trim(), 'utf8');
    }
    else {
        const dir = userConfigDir(env);
        const file = dir && (0, node_path_1.join)(dir, 'hash-key');
        if (file && load_1.DISK.kind(file) === 'file') {
            where = file;
            key = Buffer.from(load_1.DISK.read(file).toString('utf8').trim(), 'utf8');
        }
    }
    if (key && key.length < MIN_KEY_BYTES)
        throw new errors_1.ConfigError(`${where}: the hash key is too short (at least ${MIN_KEY_BYTES} bytes)`);
    return key;
}
