/**
 * Finds and validates the configuration: .tokenguardrc(.json|.yaml|.yml), tokenguard.config.(js|mjs|cjs)
 * or a "tokenguard" key in package.json, searched from the scanned path upward, or one given file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import RE2 from 're2';
import { ConfigError } from '../errors';
import { PACKAGE_ROOT } from '../rules/load';
import { compileSchema, formatSchemaErrors } from '../validation';
import { parseSize } from '../util/size';
import type { LoadedConfig, TokenguardConfig } from './types';

const SEARCH_PLACES = [
  'package.json',
  '.tokenguardrc',
  '.tokenguardrc.json',
  '.tokenguardrc.yaml',
  '.tokenguardrc.yml',
  'tokenguard.config.js',
  'tokenguard.config.mjs',
  'tokenguard.config.cjs',
];

/** The published config JSON Schema. */
export function configSchema(): { $id: string } {
  return JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schema', 'tokenguard.config.schema.json'), 'utf8'));
}

/** Where to start and stop looking for a config file. */
export interface ConfigSearch {
  /** Directory (or file) the scan starts from. */
  from: string;
  /** Highest directory to search (the repository root, when there is one). */
  stopDir?: string;
  /** An explicit --config file: no search. */
  explicit?: string;
  /** false with --no-code-config: a JavaScript config (which runs code when loaded) is refused. */
  allowCode?: boolean;
}

/** True when `dir` holds a file cosmiconfig would load (package.json only with a "tokenguard" key). */
function hasCandidate(dir: string): boolean {
  for (const place of SEARCH_PLACES) {
    const file = join(dir, place);
    if (!existsSync(file)) continue;
    if (place !== 'package.json') return true;
    try {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (pkg && typeof pkg === 'object' && 'tokenguard' in pkg) return true;
    } catch {
      return true; // let cosmiconfig report the broken file
    }
  }
  return false;
}

/**
 * The nearest directory from `start` up to `stopDir` (or the filesystem root) holding a config file.
 * Checked with plain stats so a run without config never pays for loading cosmiconfig.
 */
export function findConfigDir(start: string, stopDir: string | undefined): string | undefined {
  let dir = resolve(start);
  const stop = stopDir ? resolve(stopDir) : undefined;
  for (;;) {
    if (hasCandidate(dir)) return dir;
    const parent = dirname(dir);
    if (dir === stop || parent === dir) return undefined;
    dir = parent;
  }
}

/** The config file cosmiconfig will pick in `dir` (first search place present). */
function findPlace(dir: string): string | undefined {
  const place = SEARCH_PLACES.find((p) => p !== 'package.json' && existsSync(join(dir, p)));
  return place ? join(dir, place) : join(dir, 'package.json');
}

/** Finds, loads and validates the config; returns an empty config when none exists. */
export async function loadConfig(search: ConfigSearch): Promise<LoadedConfig> {
  let from: string | undefined;
  if (!search.explicit) {
    const start = existsSync(search.from) && statSync(search.from).isFile() ? dirname(search.from) : search.from;
    from = findConfigDir(start, search.stopDir);
    if (!from) return { config: {} };
  }
  const target = search.explicit ? resolve(search.explicit) : findPlace(from!);
  // An untrusted repository (a fork's pull request) could ship a config that runs code on load.
  if (search.allowCode === false && target && /\.[cm]?js$/.test(target)) {
    throw new ConfigError(`${relative(process.cwd(), target) || target}: a JavaScript config runs code when loaded; refused (--no-code-config). Use a JSON or YAML config`);
  }
  const { cosmiconfig } = await import('cosmiconfig');
  const explorer = cosmiconfig('tokenguard', { searchPlaces: SEARCH_PLACES, searchStrategy: 'none', cache: false });
  let result: { config: unknown; filepath: string; isEmpty?: boolean } | null;
  const display = (p: string) => relative(process.cwd(), p) || p;
  try {
    if (search.explicit) {
      const file = resolve(search.explicit);
      if (!existsSync(file)) throw new ConfigError(`${search.explicit}: config file not found`);
      result = await explorer.load(file);
    } else {
      result = await explorer.search(from);
    }
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const file = (err as { filepath?: string }).filepath ?? (search.explicit ? resolve(search.explicit) : from && findPlace(from));
    throw new ConfigError(configLoadMessage(err as Error, file));
  }
  if (!result || result.isEmpty) return { config: {}, file: result?.filepath };
  const file = display(result.filepath);
  return { config: validateConfig(result.config, file), file: result.filepath };
}

/** A line of a parser's code frame ("> 1 | text", "    |   ^", "-----^"): it quotes the config itself. */
const CODE_FRAME = /^(?:>?\s*\d*\s*\|)|^-*\^$/;

/** One line out of whatever cosmiconfig or a parser threw: keep the file and position it names. */
function configLoadMessage(err: Error, file: string | undefined): string {
  // Parsers quote the text they choked on (code frames, "while parsing '…'", V8's "…" context); a config
  // may hold secrets, and a quote cut mid-secret is one no rule can recognise and scrub any more.
  const lines = err.message.split('\n').map((l) => l.trim()).filter((l) => l && !CODE_FRAME.test(l));
  let text = lines[0] ?? 'cannot load config';
  if (text.endsWith(':') && lines[1]) text = `${text} ${lines[1]}`;
  const shown = file ? relative(process.cwd(), file) || file : undefined;
  if (file) text = text.split(file).join(shown!);
  text = text.replace(/^YAML Error in [^:]+: /, 'invalid YAML: ').replace(/^JSON Error in [^:]+: /, 'invalid JSON: ');
  text = text.replace(/ while parsing .*$/, '');
  text = text.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON/, ' (not valid JSON)');
  return shown && !text.includes(shown) ? `${shown}: ${text}` : text;
}

/** Schema-validates a config object, then checks what the schema cannot (RE2 patterns, sizes). */
export function validateConfig(data: unknown, file: string): TokenguardConfig {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(`${file}: (root): must be an object`);
  }
  const validate = compileSchema<TokenguardConfig>(configSchema());
  if (!validate(data)) throw new ConfigError(formatSchemaErrors(file, validate.errors).join('\n'));
  const problems: string[] = [];
  for (const [i, pattern] of (data.allowlist?.regexes ?? []).entries()) {
    try {
      new RE2(pattern, '');
    } catch (err) {
      problems.push(`${file}: allowlist.regexes[${i}]: RE2 cannot compile it: ${(err as Error).message}`);
    }
  }
  if (data.maxFileSize !== undefined && parseSize(data.maxFileSize) === undefined) {
    problems.push(`${file}: maxFileSize: not a size: ${JSON.stringify(data.maxFileSize)}`);
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return data;
}
