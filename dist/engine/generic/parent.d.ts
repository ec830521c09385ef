/**
 * The key of the mapping that holds a line: a bare `Key` means little alone, but under `"Jwt": {` or
 * `jwt:` it is the JWT signing key (ASP.NET's appsettings.json, Spring's and Rails' YAML). The parent
 * is the nearest line above, indented less, that opens a mapping; anything else there (a list item, an
 * array, code) means no parent is known.
 */
/** Spaces and tabs starting bytes[from, to), or -1 when nothing else is there (a blank line). */
export declare function indentOf(bytes: Buffer, from: number, to: number): number;
/** The parent mapping's key for the line starting at `ls` in `bytes`, or undefined. */
export declare function parentKey(bytes: Buffer, ls: number): string | undefined;
/** The last name of the INI or TOML section holding the line at `ls` (a line opening with `[`, a few lines up), or undefined. */
export declare function sectionOf(bytes: Buffer, ls: number): string | undefined;
/**
 * True when a line within a few lines of the one starting at `ls`, at its indent, gives a service's
 * https address: `{ "Endpoint": "https://….documents.azure.com", "Key": "…" }` is that service's key,
 * as Azure's Cosmos DB, AI services and Search settings are written, where a `Key` beside names alone
 * (`"Cache": { "Key": "orders" }`) is not.
 */
export declare function siblingEndpoint(bytes: Buffer, ls: number): boolean;
