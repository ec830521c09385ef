/**
 * True when the line holding `at` is minified: long, with almost no spaces. Decided per line, not per
 * file, so one long line (a CA bundle in a values file, a JSON blob in a CI log) hides nothing around it.
 */
export declare function onMinifiedLine(bytes: Buffer, at: number): boolean;
/** Forgets the remembered line: a buffer may be reused for other bytes by the next fragment. */
export declare function forgetMinifiedLine(): void;
