"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.getAjv = getAjv;
exports.compileSchema = compileSchema;
exports.keyPath = keyPath;
exports.formatSchemaErrors = formatSchemaErrors;
exports.levenshtein = levenshtein;
exports.closestName = closestName;
let ajv;
/** The process-wide ajv instance (strict, all errors). Created on first use: it costs start-up time. */
function getAjv() {
    if (!ajv) {
        const AjvClass = require('ajv').default;
        ajv = new AjvClass({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
    }
    return ajv;
}
/** Compiles a schema once per process, keyed by its $id. */
function compileSchema(schema) {
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
