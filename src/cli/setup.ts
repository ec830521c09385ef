/** Shared command plumbing: settings and rule loading, path policy, output destinations and colour. */
import { importModule } from '../util/import-module';
import { writeFileSync } from 'node:fs';
import { resolveIn, type CliIO } from './io';
import { gatherConfigs } from '../config/gather';
import { checkTrustFlags, sortSettings, type Settings, type TrustFlags } from '../config/trust';
import { readHashKey } from '../config/user';
import { DEFAULT_DECODE } from '../engine/decode';
import { DEFAULT_MARKER } from '../engine/inline-ignore';
import { InputError, UsageError } from '../errors';
import { selectRulesFrom, type RuleSpec } from '../rules/registry';
import type { RuleDefinition } from '../rules/types';
import { findRepo, type RepoInfo } from '../sources/git/repo';
import { isLockfile } from '../sources/guards';
import type { PathPolicy } from '../sources/types';
import { PLAIN, type Style } from '../report/types';
import { untrustedRange, type UntrustedRange } from './untrusted-head';

/** Flags that shape rules, limits, suppressions and trust, shared by every command that scans. */
export interface SetupFlags extends TrustFlags {
  config?: string;
  decodeDepth?: string;
  ignoreComment?: string[];
  scanLockfiles?: boolean;
  /** --range A..B, needed by --untrusted-head. */
  range?: string;
  /** The rules' documentation is needed (SARIF, rules check); otherwise the lighter scan bundle is loaded. */
  docs?: boolean;
}

/** Settings, rules and limits resolved for one run. */
export interface RunSetup {
  settings: Settings;
  /** The repository holding the target, when its .git can be trusted. */
  repo?: RepoInfo;
  spec: RuleSpec;
  rules: Map<string, RuleDefinition>;
  maxFileSize: number;
  policy: PathPolicy;
  suppress: boolean;
  /** The trusted key for secret identities (TOKENGUARD_HASH_KEY or the user config directory). */
  hashKey?: Buffer;
  /** With --untrusted-head: the base and head of the range. */
  untrusted?: UntrustedRange;
  /** Inline markers honoured (empty with --no-suppress). */
  markers: string[];
}

/** Allowlisted paths are never read; lockfiles are skipped (and listed) unless asked for. */
function pathPolicy(globs: string[], scanLockfiles: boolean): PathPolicy {
  const matcher = globs.length > 0 ? (require('picomatch') as typeof import('picomatch'))(globs, { dot: true }) : undefined;
  return (path) => (matcher?.(path) ? 'allowlisted' : !scanLockfiles && isLockfile(path) ? 'lockfile' : 'scan');
}

/** The repository holding `target`, or undefined; a planted .git pointer counts as none (with a warning). */
async function trustedRepo(target: string, warnings: string[]): Promise<RepoInfo | undefined> {
  const repo = await findRepo(target).catch(() => undefined);
  if (repo?.untrustedLink) {
    warnings.push(`not read as a git repository: ${repo.untrustedLink}`);
    return undefined;
  }
  return repo;
}

/** Loads the settings for `target` (user config directory, --config, the scanned tree's config) and selects rules. */
export async function setupRun(io: CliIO, target: string, flags: SetupFlags): Promise<RunSetup> {
  checkTrustFlags(flags);
  const early: string[] = [];
  const repo = await trustedRepo(target, early);
  if (flags.untrustedHead && !repo?.top) throw new InputError(`${target}: --untrusted-head needs a git repository with a working tree`);
  const untrusted = flags.untrustedHead ? await untrustedRange(repo!.top!, flags.range!) : undefined;
  const gathered = await gatherConfigs({ env: io.env, cwd: io.cwd, target, repoTop: repo?.top, explicit: flags.config, base: untrusted?.base, flags });
  const settings = sortSettings(gathered.trusted, gathered.repo, flags);
  settings.warnings.unshift(...early, ...gathered.warnings);
  const suppress = flags.suppress !== false;
  const base = selectRulesFrom(settings.ruleLayers, flags.docs === true);
  const depth = parseCount('--decode-depth', flags.decodeDepth) ?? DEFAULT_DECODE.depth;
  const markers = suppress ? [...new Set([DEFAULT_MARKER, ...settings.ignoreComments, ...(flags.ignoreComment ?? [])])] : [];
  const spec: RuleSpec = {
    ...base,
    allowlistRegexes: suppress ? base.allowlistRegexes : [],
    definitions: suppress ? base.definitions : base.definitions.map(({ allowlist: _a, ...d }) => d),
    // With --untrusted-head a marker is only noted by the engine; whether the base has it is settled afterwards.
    engine: { decode: { ...DEFAULT_DECODE, depth }, ignoreMarkers: markers, ...(untrusted && markers.length ? { markInline: true } : {}) },
  };
  return {
    settings,
    repo,
    spec,
    rules: new Map(spec.definitions.map((d) => [d.id, d])),
    maxFileSize: settings.maxFileSize,
    policy: pathPolicy(suppress ? settings.allowlistPaths : [], flags.scanLockfiles === true || settings.scanLockfiles),
    suppress,
    hashKey: readHashKey(io.env),
    untrusted,
    markers,
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

/**
 * The six styles as plain ANSI codes, for where chalk cannot load: chalk 5 is an ES module, and the
 * in-process test runner (jest without --experimental-vm-modules) cannot import() one. The built CLI uses chalk.
 */
export const ANSI: Style = { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39) };

/** Whether text output is coloured: see styleFor. */
export function colorWanted(io: CliIO, color: boolean, toFile: boolean): boolean {
  if (!color || toFile) return false;
  const forced = colorForced(io.env);
  if (forced !== undefined) return forced;
  return io.stdout.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

/** The styles from chalk, loaded on first use (ESM, so through import()); ANSI where it cannot load. */
async function chalkStyle(): Promise<Style> {
  try {
    const { Chalk, supportsColor } = await importModule<typeof import('chalk', { with: { 'resolution-mode': 'import' }})>('chalk');
    // Colour is already decided (our env, not chalk's view of process.stdout): at least the 16 basic colours.
    const chalk = new Chalk({ level: supportsColor ? (Math.max(1, supportsColor.level) as 1 | 2 | 3) : 1 });
    return { bold: chalk.bold, dim: chalk.dim, red: chalk.red, yellow: chalk.yellow, cyan: chalk.cyan, green: chalk.green };
  } catch {
    return ANSI;
  }
}

/**
 * Colours for text output. --no-color and a report file always mean plain text. Otherwise FORCE_COLOR
 * decides when set (CI logs render ANSI colours but are not terminals; as in Node, it overrides
 * NO_COLOR), then NO_COLOR, then whether stdout is a terminal. chalk is loaded only when colour is on,
 * so a piped scan or a pre-commit check (no terminal) never pays for it.
 */
export async function styleFor(io: CliIO, color: boolean, toFile: boolean): Promise<Style> {
  return colorWanted(io, color, toFile) ? chalkStyle() : PLAIN;
}
