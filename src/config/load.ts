/**
 * Finds and reads config files: the repository's (searched from the scanned path up to the repository
 * root, or only the scanned root outside git), one given with --config, and the user's own config
 * directory. JSON and YAML go through parse-only loaders (config/parse.ts); cosmiconfig is kept for one
 * job, loading a JavaScript config the user trusts. What each file may change is decided in trust.ts.
 */
import { importModule } from '../util/import-module';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigError } from '../errors';
import { formatOf, packageJsonHasConfig, parseConfigText } from './parse';
import type { ConfigLayer, ConfigOrigin, LoadedConfig, TokenguardConfig } from './types';
import { configsProblems } from './validate';

/** File names tried in each directory, in order; the first one present is the config, whatever it holds. */
export const SEARCH_PLACES = [
  'package.json',
  '.tokenguardrc',
  '.tokenguardrc.json',
  '.tokenguardrc.yaml',
  '.tokenguardrc.yml',
  'tokenguard.config.js',
  'tokenguard.config.mjs',
  'tokenguard.config.cjs',
];

/** A read-only view of files, on disk or in a git revision: what kind an entry is, and its bytes. */
export interface TreeView {
  kind(path: string): 'file' | 'directory' | 'other' | undefined;
  read(path: string): Buffer;
}

/** The working tree on disk (paths are absolute). */
export const DISK: TreeView = {
  kind(path) {
    try {
      const st = statSync(path);
      return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other';
    } catch {
      return undefined;
    }
  },
  read: (path) => readFileSync(path),
};

/**
 * The config file in `dir`: the first search place present. A package.json counts only with a
 * "tokenguard" key; any other name decides the search even when it is empty, a directory or broken,
 * so nothing ever falls through to a JavaScript config behind it.
 */
export function placeIn(view: TreeView, dir: string, join2: (d: string, n: string) => string = join): string | undefined {
  for (const place of SEARCH_PLACES) {
    const path = join2(dir, place);
    const kind = view.kind(path);
    if (kind === undefined) continue;
    if (place === 'package.json' && (kind !== 'file' || !packageJsonHasConfig(view.read(path).toString('utf8')))) continue;
    return path;
  }
  return undefined;
}

/** The nearest config from `start` up to `stopDir` (inclusive), never above it. */
export function findConfigFile(start: string, stopDir: string): string | undefined {
  let dir = resolve(start);
  const stop = resolve(stopDir);
  // A start outside the stop directory (cannot happen from the CLI) searches only itself.
  const inside = !relative(stop, dir).startsWith('..');
  for (;;) {
    const found = placeIn(DISK, dir);
    if (found) return found;
    const parent = dirname(dir);
    if (!inside || dir === stop || parent === dir) return undefined;
    dir = parent;
  }
}

/** How one config file is read. */
export interface ReadOptions {
  origin: ConfigOrigin;
  /** The name errors show (relative to the working directory, or "REV:path"). */
  shown: string;
  /** Absolute path on disk, for a JavaScript config (undefined when the text comes from git). */
  diskPath?: string;
  /** Why a JavaScript config is refused here; undefined when it may be loaded. */
  codeRefusal?: string;
  /** The folder the config stands in when it was not read from disk (the base revision): see ConfigLayer.dir. */
  dir?: string;
}

/** One config file as parsed, before validation: what it holds and where it came from. */
export interface RawLayer {
  data: unknown;
  shown: string;
  origin: ConfigOrigin;
  file?: string;
  dir?: string;
}

/** Reads and parses one config file from its kind and bytes; validation comes after (validateLayers). */
export async function readRawConfig(kind: ReturnType<TreeView['kind']>, bytes: () => Buffer, options: ReadOptions): Promise<RawLayer> {
  const { shown } = options;
  if (kind === undefined) throw new ConfigError(`${shown}: config file not found`);
  if (kind !== 'file') throw new ConfigError(`${shown}: not a regular file; a config must be a JSON or YAML file`);
  const format = formatOf(shown);
  let data: unknown;
  if (format === 'javascript') {
    if (options.codeRefusal || !options.diskPath)
      throw new ConfigError(`${shown}: a JavaScript config runs code when loaded; refused (${options.codeRefusal ?? 'not on disk'}). Use a JSON or YAML config`);
    data = await loadJavaScript(options.diskPath, shown);
  } else {
    data = parseConfigText(bytes().toString('utf8'), format, shown);
  }
  const dir = options.dir ?? (options.diskPath ? dirname(options.diskPath) : undefined);
  return { data: data === undefined ? {} : data, shown, origin: options.origin, file: options.diskPath, dir };
}

/** Validates the layers of one run together (a layer may disable another's custom rule); all problems in one error. */
export function validateLayers(raw: RawLayer[]): ConfigLayer[] {
  const problems = configsProblems(raw);
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return raw.map((l) => ({ config: l.data as TokenguardConfig, shown: l.shown, origin: l.origin, file: l.file, dir: l.dir }));
}

/** Reads and validates one config file on its own. */
export async function readConfigFile(kind: ReturnType<TreeView['kind']>, bytes: () => Buffer, options: ReadOptions): Promise<ConfigLayer> {
  return validateLayers([await readRawConfig(kind, bytes, options)])[0];
}

/** Loads a JavaScript config with cosmiconfig (which handles CommonJS and ES modules); only ever for a trusted file. */
async function loadJavaScript(file: string, shown: string): Promise<unknown> {
  const { cosmiconfig } = await importModule<typeof import('cosmiconfig')>('cosmiconfig');
  const explorer = cosmiconfig('tokenguard', { searchStrategy: 'none', cache: false });
  try {
    const result = await explorer.load(file);
    return result && !result.isEmpty ? result.config : undefined;
  } catch {
    // The module's own error can quote its source; the file name and the fact are enough.
    throw new ConfigError(`${shown}: the JavaScript config failed to load`);
  }
}

/** Where to look for a config (the programmatic API's loadConfig). */
export interface ConfigSearch {
  /** Directory (or file) the scan starts from. */
  from: string;
  /** Highest directory to search (the repository root); default: `from` itself. */
  stopDir?: string;
  /** An explicit config file: no search. */
  explicit?: string;
  /** false: a JavaScript config is refused before it is loaded. */
  allowCode?: boolean;
}

/** Finds (or takes) one config file and loads it: the programmatic API, without the trust boundary. */
export async function loadConfig(search: ConfigSearch): Promise<LoadedConfig> {
  const start = DISK.kind(search.from) === 'file' ? dirname(search.from) : search.from;
  const file = search.explicit ? resolve(search.explicit) : findConfigFile(start, search.stopDir ?? start);
  if (!file) return { config: {} };
  const shown = relative(process.cwd(), file) || file;
  const layer = await readConfigFile(DISK.kind(file), () => DISK.read(file), {
    origin: search.explicit ? 'explicit' : 'repository',
    shown,
    diskPath: file,
    codeRefusal: search.allowCode === false ? '--no-code-config' : undefined,
  });
  return { config: layer.config, file };
}

/** Validates a config object on its own: schema, RE2 patterns, sizes, custom rules and disabled ids, every problem at once. */
export function validateConfig(data: unknown, file: string): TokenguardConfig {
  const problems = configsProblems([{ data, shown: file }]);
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return data as TokenguardConfig;
}
