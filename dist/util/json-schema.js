"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PREBUILT_VALIDATORS = exports.AJV_OPTIONS = void 0;
exports.schemaDigest = schemaDigest;
exports.compileSchema = compileSchema;
exports.compileFresh = compileFresh;
exports.keyPath = keyPath;
exports.formatSchemaErrors = formatSchemaErrors;
exports.levenshtein = levenshtein;
exports.closestName = closestName;
/** Shared JSON Schema plumbing: one ajv setup and one way of turning its errors into one-line messages. */
const node_crypto_1 = require("node:crypto");
const node_path_1 = require("node:path");
const package_root_1 = require("./package-root");
/** ajv's options, here and for the validators the build compiles ahead (scripts/build.js). */
exports.AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true };
/** The validators the build writes: functions by schema $id, and `digests` of the schemas they were compiled from. */
exports.PREBUILT_VALIDATORS = (0, node_path_1.join)(package_root_1.PACKAGE_ROOT, 'dist', 'schema-validators.js');
let ajv;
/** The process-wide ajv instance (strict, all errors). Created on first use: it costs start-up time. */
function getAjv() {
    if (!ajv) {
        const AjvClass = require('ajv').default;
        ajv = new AjvClass(exports.AJV_OPTIONS);
    }
    return ajv;
}
/** The digest a prebuilt validator is checked against: of the schema as parsed, so a schema edited since the build is compiled afresh. */
function schemaDigest(schema) {
    return (0, node_crypto_1.createHash)('sha256').update(JSON.stringify(schema)).digest('hex');
}
/**
 * The build's validator for `schema`, when it was compiled from this very schema. Compiling the config
 * schema with ajv took 155 ms of a 460 ms pre-commit check in a repository with a config file; loading
 * the compiled code takes about 13 ms.
 */
function prebuilt(schema) {
    let built;
    try {
        built = require(exports.PREBUILT_VALIDATORS);
    }
    catch {
        return undefined; // a source checkout before its first build
    }
    const validate = Object.hasOwn(built, schema.$id) ? built[schema.$id] : undefined;
    return typeof validate === 'function' && built.digests?.[schema.$id] === schemaDigest(schema) ? validate : undefined;
}
/** The validator chosen for each $id: `rules check` validates hundreds of files against one schema. */
const chosen = new Map();
/** Compiles a schema once per process, keyed by its $id (the build's compiled validator when it matches). */
function compileSchema(schema) {
    let validate = chosen.get(schema.$id);
    if (!validate) {
        validate = prebuilt(schema) ?? compileFresh(schema);
        chosen.set(schema.$id, validate);
    }
    return validate;
}
/** Compiles `schema` with ajv, never the build's validator: what the build and its check compare against. */
function compileFresh(schema) {
    const a = getAjv();
    return a.getSchema(schema.$id) ?? a.compile(schema);
}
/** `/rules/3/regex` → `rules[3].regex` */
function keyPath(pointer, extra) {
    const parts = pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (extra !== undefined)
        parts.push(extra);
    let out = '';
    for (const p of parts)
        out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
    return out || '(root)';
}
/** One line per problem: "FILE: KEY: message". anyOf/oneOf noise is folded into its most useful branch. */
function formatSchemaErrors(file, errors) {
    const lines = new Set();
    const alternatives = (errors ?? []).filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
    const underAlternative = (e) => alternatives.some((a) => a !== e && e.instancePath === a.instancePath && e.schemaPath.startsWith(a.schemaPath));
    for (const e of errors ?? []) {
        if (e.keyword === 'if' || underAlternative(e))
            continue;
        if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
            const described = e.parentSchema?.description;
            lines.add(`${file}: ${keyPath(e.instancePath)}: invalid value${described ? `; expected: ${described}` : ''}`);
            continue;
        }
        if (e.keyword === 'additionalProperties') {
            const key = String(e.params.additionalProperty);
            const near = closestName(key, Object.keys(e.parentSchema?.properties ?? {}));
            lines.add(`${file}: ${keyPath(e.instancePath, key)}: unknown key${near ? `; did you mean \`${near}\`?` : ''}`);
        }
        else if (e.keyword === 'enum') {
            lines.add(`${file}: ${keyPath(e.instancePath)}: must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`);
        }
        else if (e.keyword === 'required') {
            lines.add(`${file}: ${keyPath(e.instancePath, String(e.params.missingProperty))}: is required`);
        }
        else {
            lines.add(`${file}: ${keyPath(e.instancePath)}: ${e.message ?? 'is invalid'}`);
        }
    }
    if (lines.size === 0 && errors?.length)
        lines.add(`${file}: ${keyPath(errors[0].instancePath)}: ${errors[0].message ?? 'is invalid'}`);
    return [...lines];
}
/** Edit distance (insertions, deletions, substitutions) between two short strings. */
function levenshtein(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row;
    }
    return prev[b.length];
}
/**
 * The schema's own name closest to a mistyped key (case ignored), when it is close enough to be the
 * likely intent: at most a third of the name's characters differ, and at most 3. Only names from the
 * schema are ever suggested, so the suggestion cannot quote anything the user wrote.
 */
function closestName(key, names) {
    if (key.length > 64)
        return undefined;
    let best;
    for (const name of names) {
        const d = levenshtein(key.toLowerCase(), name.toLowerCase());
        if (d <= Math.min(3, Math.ceil(name.length / 3)) && (!best || d < best.d))
            best = { name, d };
    }
    return best?.name;
}
