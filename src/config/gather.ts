/**
 * Collects the config layers of one run: the user config directory, --config FILE, and the config of
 * the scanned tree, which is searched on disk or, with --untrusted-head, in the base revision.
 */
import { dirname, posix, relative, resolve } from 'node:path';
import { ConfigError } from '../errors';
import { DISK, placeIn, readRawConfig, SEARCH_PLACES, findConfigFile, validateLayers, type RawLayer, type TreeView } from './load';
import { codeRefusal, type TrustFlags } from './trust';
import { readUserConfig } from './user';
import type { ConfigLayer } from './types';

/** The repository's files at the base revision of an untrusted range. */
export interface BaseTree {
  /** Reads paths (relative to the repository top) at the base revision. */
  view(paths: string[]): Promise<TreeView>;
  /** How a path at the base revision is shown: "abc123def456:path". */
  shown(path: string): string;
}

/** Where one run's configs come from. */
export interface GatherOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Absolute path of the scanned directory or file. */
  target: string;
  /** Top of the (trusted) repository holding the target, if any. */
  repoTop?: string;
  /** Absolute path given with --config. */
  explicit?: string;
  /** Set with --untrusted-head. */
  base?: BaseTree;
  flags: TrustFlags;
}

/** The configs of a run: trusted layers (user directory, then --config) and the repository's. */
export interface GatheredConfigs {
  trusted: ConfigLayer[];
  repo?: ConfigLayer;
  warnings: string[];
}

/** A path relative to `top` when it lies inside it ("/"-separated; "" for the top itself), else undefined. */
export function insideRepo(top: string | undefined, path: string): string | undefined {
  if (!top) return undefined;
  const rel = relative(resolve(top), resolve(path));
  return rel.startsWith('..') || rel.startsWith('/') ? undefined : rel.split('\\').join('/');
}

/** Directories from the target up to the repository top, relative to the top ("" is the top). */
export function dirsUpTo(top: string, target: string): string[] {
  const start = DISK.kind(target) === 'file' ? dirname(target) : target;
  const rel = insideRepo(top, start);
  const dirs: string[] = [];
  for (let d = rel ?? ''; ; d = posix.dirname(d) === '.' ? '' : posix.dirname(d)) {
    dirs.push(d);
    if (d === '') return dirs;
  }
}

async function explicitLayer(o: GatherOptions, warnings: string[]): Promise<RawLayer | undefined> {
  const file = o.explicit!;
  const rel = o.base ? insideRepo(o.repoTop, file) : undefined;
  if (rel !== undefined && rel !== '' && o.base) {
    // The head of an untrusted range may have rewritten the file it names: use the base's copy.
    const view = await o.base.view([rel]);
    const shown = o.base.shown(rel);
    if (view.kind(rel) === undefined) {
      warnings.push(`${shown}: not in the base revision; with --untrusted-head a --config file inside the repository is read from there, so none is used`);
      return undefined;
    }
    return readRawConfig(view.kind(rel), () => view.read(rel), { origin: 'explicit', shown, codeRefusal: 'read from the base revision (--untrusted-head)', dir: dirname(file) });
  }
  return readRawConfig(DISK.kind(file), () => DISK.read(file), { origin: 'explicit', shown: relative(o.cwd, file) || file, diskPath: file, codeRefusal: codeRefusal('explicit', o.flags) });
}

async function repoLayer(o: GatherOptions): Promise<RawLayer | undefined> {
  const refusal = codeRefusal('repository', o.flags);
  if (o.base && o.repoTop) {
    const dirs = dirsUpTo(o.repoTop, o.target);
    const view = await o.base.view(dirs.flatMap((d) => SEARCH_PLACES.map((p) => posix.join(d, p))));
    for (const d of dirs) {
      const found = placeIn(view, d, posix.join);
      if (found)
        return readRawConfig(view.kind(found), () => view.read(found), {
          origin: 'repository',
          shown: o.base.shown(found),
          codeRefusal: 'read from the base revision (--untrusted-head)',
          dir: resolve(o.repoTop, posix.dirname(found)),
        });
    }
    return undefined;
  }
  const start = DISK.kind(o.target) === 'file' ? dirname(o.target) : o.target;
  // Outside a repository the search stops at the scanned root: a parent folder is not the scan's to read.
  const file = findConfigFile(start, o.repoTop && insideRepo(o.repoTop, start) !== undefined ? o.repoTop : start);
  if (!file) return undefined;
  return readRawConfig(DISK.kind(file), () => DISK.read(file), { origin: 'repository', shown: relative(o.cwd, file) || file, diskPath: file, codeRefusal: refusal });
}

/** A layer, or the error that reading it raised, kept so every file's problems are reported together. */
async function attempt(read: () => Promise<RawLayer | undefined>, errors: string[]): Promise<RawLayer | undefined> {
  try {
    return await read();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    errors.push(err.message);
    return undefined;
  }
}

/** Reads every config layer of a run and validates them together: every problem of every file in one error. */
export async function gatherConfigs(o: GatherOptions): Promise<GatheredConfigs> {
  const warnings: string[] = [];
  const errors: string[] = [];
  const user = await attempt(() => readUserConfig(o.env), errors);
  const explicit = o.explicit ? await attempt(() => explicitLayer(o, warnings), errors) : undefined;
  const repo = o.explicit ? undefined : await attempt(() => repoLayer(o), errors);
  const raw = [user, explicit, repo].filter((l): l is RawLayer => l !== undefined);
  let layers: ConfigLayer[] = [];
  try {
    layers = validateLayers(raw);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    errors.push(err.message);
  }
  if (errors.length > 0) throw new ConfigError(errors.join('\n'));
  const validated = new Map(raw.map((l, i) => [l, layers[i]]));
  const trusted = [user, explicit].flatMap((l) => (l ? [validated.get(l)!] : []));
  return { trusted, repo: repo && validated.get(repo), warnings };
}
