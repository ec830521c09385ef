"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatOf = formatOf;
exports.parseJson = parseJson;
exports.parseYaml = parseYaml;
exports.parseConfigText = parseConfigText;
exports.packageJsonHasConfig = packageJsonHasConfig;
/**
 * Parse-only loaders for JSON and YAML configs. They turn text into data and nothing else: no
 * `$import`, no other file read, no fallback to another config when a file is empty or broken, and no
 * code run. Error messages name the file and a position, never the text they choked on: a config can
 * hold secrets, and a quote cut mid-secret is one no scrubber can recognise any more.
 */
const errors_1 = require("../errors");
/** The format a config file name implies (`.tokenguardrc` without an extension is YAML, a superset of JSON). */
function formatOf(name) {
    if (/(^|\/)package\.json$/.test(name))
        return 'package-json';
    if (/\.[cm]?js$/.test(name))
        return 'javascript';
    if (/\.json$/.test(name))
        return 'json';
    return 'yaml';
}
/** Line and column (1-based) of a character offset. */
function position(text, offset) {
    const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
    const line = before.split('\n').length;
    return `${line}:${before.length - before.lastIndexOf('\n')}`;
}
/** Parses JSON; an error names the position only (V8's own message may quote the text). */
function parseJson(text, shown) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        const message = err.message;
        const at = /at position (\d+)/.exec(message);
        const where = at ? ` (${position(text, Number(at[1]))})` : /end of JSON input/i.test(message) ? ' (unexpected end of file)' : '';
        throw new errors_1.ConfigError(`${shown}: invalid JSON: syntax error${where}`);
    }
}
/** Parses one YAML document; aliases are capped, custom tags stay plain strings, errors name a position. */
function parseYaml(text, shown) {
    const YAML = require('yaml');
    const doc = YAML.parseDocument(text, { uniqueKeys: true });
    const err = doc.errors[0];
    if (err) {
        const at = err.linePos?.[0];
        throw new errors_1.ConfigError(`${shown}: invalid YAML: ${err.code.toLowerCase().replace(/_/g, ' ')}${at ? ` (${at.line}:${at.col})` : ''}`);
    }
    if (doc.contents === null)
        return undefined;
    try {
        return doc.toJS({ maxAliasCount: 100 });
    }
    catch {
        throw new errors_1.ConfigError(`${shown}: invalid YAML: an alias is undefined or expands too far`);
    }
}
/**
 * The config a data file holds: undefined when the file is empty (or only comments), which means "no
 * settings", not "look elsewhere". A package.json contributes only its "tokenguard" key.
 */
function parseConfigText(text, format, shown) {
    if (text.trim() === '')
        return undefined;
    if (format === 'yaml')
        return parseYaml(text, shown);
    const data = parseJson(text, shown);
    if (format === 'json')
        return data;
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? data.tokenguard : undefined;
}
/** True when a package.json text has a "tokenguard" key (a broken one counts, so its error is reported). */
function packageJsonHasConfig(text) {
    try {
        const data = JSON.parse(text);
        return data !== null && typeof data === 'object' && 'tokenguard' in data;
    }
    catch {
        return true;
    }
}
