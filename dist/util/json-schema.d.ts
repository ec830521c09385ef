import type { ErrorObject, Options, ValidateFunction } from 'ajv';
/** ajv's options, here and for the validators the build compiles ahead (scripts/build.js). */
export declare const AJV_OPTIONS: Options;
/** The validators the build writes: functions by schema $id, and `digests` of the schemas they were compiled from. */
export declare const PREBUILT_VALIDATORS: string;
/** The digest a prebuilt validator is checked against: of the schema as parsed, so a schema edited since the build is compiled afresh. */
export declare function schemaDigest(schema: object): string;
/** Compiles a schema once per process, keyed by its $id (the build's compiled validator when it matches). */
export declare function compileSchema<T>(schema: {
    $id: string;
}): ValidateFunction<T>;
/** Compiles `schema` with ajv, never the build's validator: what the build and its check compare against. */
export declare function compileFresh<T>(schema: {
    $id: string;
}): ValidateFunction<T>;
/** `/rules/3/regex` → `rules[3].regex` */
export declare function keyPath(pointer: string, extra?: string): string;
/** One line per problem: "FILE: KEY: message". anyOf/oneOf noise is folded into its most useful branch. */
export declare function formatSchemaErrors(file: string, errors: ErrorObject[] | null | undefined): string[];
/** Edit distance (insertions, deletions, substitutions) between two short strings. */
export declare function levenshtein(a: string, b: string): number;
/**
 * The schema's own name closest to a mistyped key (case ignored), when it is close enough to be the
 * likely intent: at most a third of the name's characters differ, and at most 3. Only names from the
 * schema are ever suggested, so the suggestion cannot quote anything the user wrote.
 */
export declare function closestName(key: string, names: string[]): string | undefined;
