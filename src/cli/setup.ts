/** Shared command plumbing: config and rule loading, path policy, output destinations and colour. */
import { writeFileSync } from 'node:fs';
import { resolveIn, type CliIO } from './io';
import { loadConfig } from '../config/load';
import type { LoadedConfig } from '../config/types';
import { DEFAULT_DECODE } from '../engine/decode';
import { DEFAULT_MARKER } from '../engine/inline-ignore';
import { InputError, UsageError } from '../errors';
import { selectRules, type RuleSpec } from '../rules/registry';
import type { RuleDefinition } from '../rules/types';
import { findRepo, type RepoInfo } from '../sources/git/repo';
import { isLockfile } from '../sources/guards';
import type { PathPolicy } from '../sources/types';
import { PLAIN, type Style } from '../report/types';
import { parseSize } from '../util/size';

/** Default for --max-file-size. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1000 * 1000;

/** Flags that shape rules, limits and suppressions, shared by every command that scans. */
export interface SetupFlags {
  config?: string;
  maxFileSize?: string;
  decodeDepth?: string;
  ignoreComment?: string[];
  scanLockfiles?: boolean;
  /** false with --no-code-config: refuse JavaScript configs. */
  codeConfig?: boolean;
  /** false with --no-suppress: no inline markers, allowlists, ignore file or baseline. */
  suppress?: boolean;
  /** The rules' documentation is needed (SARIF, rules check); otherwise the lighter scan bundle is loaded. */
  docs?: boolean;
}

/** Config, rules and limits resolved for one run. */
export interface RunSetup {
  loaded: LoadedConfig;
  repo?: RepoInfo;
  spec: RuleSpec;
  rules: Map<string, RuleDefinition>;
  maxFileSize: number;
  policy: PathPolicy;
  suppress: boolean;
}

function maxFileSizeOf(flags: SetupFlags, loaded: LoadedConfig): number {
  if (flags.maxFileSize !== undefined) {
    const n = parseSize(flags.maxFileSize);
    if (n === undefined) throw new UsageError(`--max-file-size: not a size: "${flags.maxFileSize}" (try 10MB or 1048576)`);
    return n;
  }
  return loaded.config.maxFileSize !== undefined ? parseSize(loaded.config.maxFileSize)! : DEFAULT_MAX_FILE_SIZE;
}

/** Allowlisted paths are never read; lockfiles are skipped (and listed) unless asked for. */
function pathPolicy(globs: string[], scanLockfiles: boolean): PathPolicy {
  const matcher = globs.length > 0 ? (require('picomatch') as typeof import('picomatch'))(globs, { dot: true }) : undefined;
  return (path) => (matcher?.(path) ? 'allowlisted' : !scanLockfiles && isLockfile(path) ? 'lockfile' : 'scan');
}

/** Loads the config for `target` (searching upward to the repository root) and selects rules. */
export async function setupRun(target: string, flags: SetupFlags): Promise<RunSetup> {
  const repo = await findRepo(target).catch(() => undefined);
  const loaded = await loadConfig({ from: target, stopDir: repo?.top, explicit: flags.config, allowCode: flags.codeConfig !== false });
  const suppress = flags.suppress !== false;
  const base = selectRules(loaded.config, loaded.file, flags.docs === true);
  const depth = parseCount('--decode-depth', flags.decodeDepth) ?? DEFAULT_DECODE.depth;
  const markers = [DEFAULT_MARKER, ...(loaded.config.ignoreComments ?? []), ...(flags.ignoreComment ?? [])];
  const spec: RuleSpec = {
    ...base,
    allowlistRegexes: suppress ? base.allowlistRegexes : [],
    definitions: suppress ? base.definitions : base.definitions.map(({ allowlist: _a, ...d }) => d),
    engine: { decode: { ...DEFAULT_DECODE, depth }, ignoreMarkers: suppress ? [...new Set(markers)] : [] },
  };
  return {
    loaded,
    repo,
    spec,
    rules: new Map(spec.definitions.map((d) => [d.id, d])),
    maxFileSize: maxFileSizeOf(flags, loaded),
    policy: pathPolicy(suppress ? (loaded.config.allowlist?.paths ?? []) : [], flags.scanLockfiles === true || loaded.config.scanLockfiles === true),
    suppress,
  };
}

/** Commander accumulator for repeatable options. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Parses a non-negative integer flag. */
export function parseCount(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag}: expected a whole number, got "${value}"`);
  return Number(value);
}

/** Writes a report to a file or stdout; an unwritable file is an error naming it. */
export function writeOutput(io: CliIO, text: string, file: string | undefined): void {
  if (!file) {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(resolveIn(io, file), text);
  } catch (err) {
    throw new InputError(`${file}: cannot write report: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/**
 * What FORCE_COLOR says, read as Node and chalk read it: unset is no opinion; "0" or "false" means no
 * colour; any other value, even an empty one, means colour.
 */
export function colorForced(env: NodeJS.ProcessEnv): boolean | undefined {
  const v = env.FORCE_COLOR;
  return v === undefined ? undefined : v !== '0' && v !== 'false';
}

/** An SGR pair; the close codes are the specific ones (22, 39), so a style nested in another ends cleanly. */
const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

/** The six styles the text report uses, as plain ANSI codes: a colour library would cost start-up time for no gain. */
export const ANSI: Style = { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39) };

/**
 * Colours for text output. --no-color and a report file always mean plain text. Otherwise FORCE_COLOR
 * decides when set (CI logs render ANSI colours but are not terminals; as in Node, it overrides
 * NO_COLOR), then NO_COLOR, then whether stdout is a terminal.
 */
export function styleFor(io: CliIO, color: boolean, toFile: boolean): Style {
  if (!color || toFile) return PLAIN;
  const forced = colorForced(io.env);
  if (forced !== undefined) return forced ? ANSI : PLAIN;
  return io.stdout.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb' ? ANSI : PLAIN;
}
