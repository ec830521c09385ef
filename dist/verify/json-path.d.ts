/** Reads `a.b.0.c` out of parsed JSON; undefined when any step is missing. */
export declare function jsonPath(data: unknown, path: string): unknown;
