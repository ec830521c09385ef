/** Shared JSON Schema plumbing: one ajv setup and one way of turning its errors into one-line messages. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type Ajv from 'ajv';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import { PACKAGE_ROOT } from './package-root';

/** ajv's options, here and for the validators the build compiles ahead (scripts/build.js). */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true };

/** The validators the build writes: functions by schema $id, and `digests` of the schemas they were compiled from. */
export const PREBUILT_VALIDATORS = join(PACKAGE_ROOT, 'dist', 'schema-validators.js');

let ajv: Ajv | undefined;

/** The process-wide ajv instance (strict, all errors). Created on first use: it costs start-up time. */
function getAjv(): Ajv {
  if (!ajv) {
    const AjvClass = (require('ajv') as typeof import('ajv')).default;
    ajv = new AjvClass(AJV_OPTIONS);
  }
  return ajv;
}

/** The digest a prebuilt validator is checked against: of the schema as parsed, so a schema edited since the build is compiled afresh. */
export function schemaDigest(schema: object): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

/**
 * The build's validator for `schema`, when it was compiled from this very schema. Compiling the config
 * schema with ajv took 155 ms of a 460 ms pre-commit check in a repository with a config file; loading
 * the compiled code takes about 13 ms.
 */
function prebuilt<T>(schema: { $id: string }): ValidateFunction<T> | undefined {
  let built: Record<string, unknown> & { digests?: Record<string, string> };
  try {
    built = require(PREBUILT_VALIDATORS);
  } catch {
    return undefined; // a source checkout before its first build
  }
  const validate = Object.hasOwn(built, schema.$id) ? built[schema.$id] : undefined;
  return typeof validate === 'function' && built.digests?.[schema.$id] === schemaDigest(schema) ? (validate as ValidateFunction<T>) : undefined;
}

/** The validator chosen for each $id: `rules check` validates hundreds of files against one schema. */
const chosen = new Map<string, ValidateFunction>();

/** Compiles a schema once per process, keyed by its $id (the build's compiled validator when it matches). */
export function compileSchema<T>(schema: { $id: string }): ValidateFunction<T> {
  let validate = chosen.get(schema.$id);
  if (!validate) {
    validate = prebuilt<T>(schema) ?? compileFresh<T>(schema);
    chosen.set(schema.$id, validate);
  }
  return validate as ValidateFunction<T>;
}

/** Compiles `schema` with ajv, never the build's validator: what the build and its check compare against. */
export function compileFresh<T>(schema: { $id: string }): ValidateFunction<T> {
  const a = getAjv();
  return (a.getSchema(schema.$id) as ValidateFunction<T> | undefined) ?? a.compile<T>(schema);
}

/** `/rules/3/regex` → `rules[3].regex` */
export function keyPath(pointer: string, extra?: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

/** One line per problem: "FILE: KEY: message". anyOf/oneOf noise is folded into its most useful branch. */
export function formatSchemaErrors(file: string, errors: ErrorObject[] | null | undefined): string[] {
  const lines = new Set<string>();
  const alternatives = (errors ?? []).filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const underAlternative = (e: ErrorObject) => alternatives.some((a) => a !== e && e.instancePath === a.instancePath && e.schemaPath.startsWith(a.schemaPath));
  for (const e of errors ?? []) {
    if (e.keyword === 'if' || underAlternative(e)) continue;
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
      const described = (e.parentSchema as { description?: string } | undefined)?.description;
      lines.add(`${file}: ${keyPath(e.instancePath)}: invalid value${described ? `; expected: ${described}` : ''}`);
      continue;
    }
    if (e.keyword === 'additionalProperties') {
      const key = String(e.params.additionalProperty);
      const near = closestName(key, Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}));
      lines.add(`${file}: ${keyPath(e.instancePath, key)}: unknown key${near ? `; did you mean \`${near}\`?` : ''}`);
    } else if (e.keyword === 'enum') {
      lines.add(`${file}: ${keyPath(e.instancePath)}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`);
    } else if (e.keyword === 'required') {
      lines.add(`${file}: ${keyPath(e.instancePath, String(e.params.missingProperty))}: is required`);
    } else {
      lines.add(`${file}: ${keyPath(e.instancePath)}: ${e.message ?? 'is invalid'}`);
    }
  }
  if (lines.size === 0 && errors?.length) lines.add(`${file}: ${keyPath(errors[0].instancePath)}: ${errors[0].message ?? 'is invalid'}`);
  return [...lines];
}

/** Edit distance (insertions, deletions, substitutions) between two short strings. */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * The schema's own name closest to a mistyped key (case ignored), when it is close enough to be the
 * likely intent: at most a third of the name's characters differ, and at most 3. Only names from the
 * schema are ever suggested, so the suggestion cannot quote anything the user wrote.
 */
export function closestName(key: string, names: string[]): string | undefined {
  if (key.length > 64) return undefined;
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    const d = levenshtein(key.toLowerCase(), name.toLowerCase());
    if (d <= Math.min(3, Math.ceil(name.length / 3)) && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}
