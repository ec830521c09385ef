/** How a config file name is read. */
export type ConfigFormat = 'json' | 'yaml' | 'package-json' | 'javascript';
/** The format a config file name implies (`.tokenguardrc` without an extension is YAML, a superset of JSON). */
export declare function formatOf(name: string): ConfigFormat;
/** Parses JSON; an error names the position only (V8's own message may quote the text). */
export declare function parseJson(text: string, shown: string): unknown;
/** Parses one YAML document; aliases are capped, custom tags stay plain strings, errors name a position. */
export declare function parseYaml(text: string, shown: string): unknown;
/**
 * The config a data file holds: undefined when the file is empty (or only comments), which means "no
 * settings", not "look elsewhere". A package.json contributes only its "tokenguard" key.
 */
export declare function parseConfigText(text: string, format: Exclude<ConfigFormat, 'javascript'>, shown: string): unknown;
/** True when a package.json text has a "tokenguard" key (a broken one counts, so its error is reported). */
export declare function packageJsonHasConfig(text: string): boolean;
