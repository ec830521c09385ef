/** Shared JSON Schema plumbing: one ajv setup and one way of turning its errors into one-line messages. */
import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
/** The process-wide ajv instance (strict, all errors). Created on first use: it costs start-up time. */
export declare function getAjv(): Ajv;
/** Compiles a schema once per process, keyed by its $id. */
export declare function compileSchema<T>(schema: {
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
