/**
 * Where a pair sits among a line's string literals: inside one (a connection string's field in code,
 * `"Server=db;Password=v"`), or holding fields of its own (`dsn = "host=db password=v"`).
 */
/** Separators of a connection string's or a URL query's fields: `;` `?` `&`, a space or a quote. */
export declare const FIELD_EDGE: Uint8Array<ArrayBuffer>;
/** True when `at` lies inside a quoted string that opens earlier on the line (`"Server=db;Password=v"`). */
export declare function insideString(line: Buffer, at: number): boolean;
/** The value ends a field (`;Password=v;`, `?password=v&`), as in a connection string, not code. */
export declare function fieldEnd(line: Buffer, end: number): boolean;
/** The value at `start`..`end` reads as fields (`host=db password=v`, `Server=db;Password=v`) and is no template. */
export declare function holdsPairs(line: Buffer, start: number, end: number): boolean;
