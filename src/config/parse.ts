/**
 * Parse-only loaders for JSON and YAML configs. They turn text into data and nothing else: no
 * `$import`, no other file read, no fallback to another config when a file is empty or broken, and no
 * code run. Error messages name the file and a position, never the text they choked on: a config can
 * hold secrets, and a quote cut mid-secret is one no scrubber can recognise any more.
 */
import { ConfigError } from '../errors';

/** How a config file name is read. */
export type ConfigFormat = 'json' | 'yaml' | 'package-json' | 'javascript';

/** The format a config file name implies (`.tokenguardrc` without an extension is YAML, a superset of JSON). */
export function formatOf(name: string): ConfigFormat {
  if (/(^|\/)package\.json$/.test(name)) return 'package-json';
  if (/\.[cm]?js$/.test(name)) return 'javascript';
  if (/\.json$/.test(name)) return 'json';
  return 'yaml';
}

/** Line and column (1-based) of a character offset. */
function position(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  return `${line}:${before.length - before.lastIndexOf('\n')}`;
}

/** Parses JSON; an error names the position only (V8's own message may quote the text). */
export function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /at position (\d+)/.exec(message);
    const where = at ? ` (${position(text, Number(at[1]))})` : /end of JSON input/i.test(message) ? ' (unexpected end of file)' : '';
    throw new ConfigError(`${shown}: invalid JSON: syntax error${where}`);
  }
}

/** Parses one YAML document; aliases are capped, custom tags stay plain strings, errors name a position. */
export function parseYaml(text: string, shown: string): unknown {
  const YAML = require('yaml') as typeof import('yaml');
  const doc = YAML.parseDocument(text, { uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const at = err.linePos?.[0];
    throw new ConfigError(`${shown}: invalid YAML: ${err.code.toLowerCase().replace(/_/g, ' ')}${at ? ` (${at.line}:${at.col})` : ''}`);
  }
  if (doc.contents === null) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    throw new ConfigError(`${shown}: invalid YAML: an alias is undefined or expands too far`);
  }
}

/**
 * The config a data file holds: undefined when the file is empty (or only comments), which means "no
 * settings", not "look elsewhere". A package.json contributes only its "tokenguard" key.
 */
export function parseConfigText(text: string, format: Exclude<ConfigFormat, 'javascript'>, shown: string): unknown {
  if (text.trim() === '') return undefined;
  if (format === 'yaml') return parseYaml(text, shown);
  const data = parseJson(text, shown);
  if (format === 'json') return data;
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>).tokenguard : undefined;
}

/** True when a package.json text has a "tokenguard" key (a broken one counts, so its error is reported). */
export function packageJsonHasConfig(text: string): boolean {
  try {
    const data = JSON.parse(text) as unknown;
    return data !== null && typeof data === 'object' && 'tokenguard' in (data as object);
  } catch {
    return true;
  }
}
