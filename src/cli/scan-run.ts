/**
 * One scan from flags to suppressed findings: the shared core of `scan`, `baseline create` and other
 * commands that scan. Suppressions apply in order: allowlists and inline markers (in the engine), the
 * ignore file, then the baseline; each mechanism's count ends up in the summary.
 */
import { resolveIn, type CliIO } from './io';
import { Command, Option } from 'commander';
import { assignIdentities, IdentityCache, identityScheme } from '../engine/identity';
import { BASELINE_FILE } from '../suppress/baseline';
import { IGNORE_FILE } from '../suppress/ignore-file';
import { runScan } from '../scan/run';
import type { ScanResult } from '../sources/types';
import { createProgress } from './progress';
import { SEVERITIES, type Severity } from '../rules/types';
import { DEFAULT_MIN_SEVERITY, dropBelowSeverity } from '../suppress/stage';
import type { Explanation } from '../engine/generic';
import { scrubMessage } from './scrub';
import { UsageError } from '../errors';
import { collect, parseCount, setupRun, type RunSetup, type SetupFlags } from './setup';
import { scanMode, selectSource, startEarlyGit, type ModeFlags, type ScanMode } from './source-select';
import { applySuppressions, type SuppressFlags } from './suppress';

/** Flags every scanning command accepts. */
export interface ScanRunFlags extends ModeFlags, SetupFlags, SuppressFlags {
  threads?: string;
  /** Outside git, honour .gitignore files (--respect-gitignore). */
  respectGitignore?: boolean;
  quiet?: boolean;
  timeoutPerFile?: string;
  /** Print every generic decision with its score and reasons (stderr). */
  explain?: boolean;
  /** Lowest severity reported (default low: info-level identifiers are public by design). */
  minSeverity?: Severity;
  /** With --staged: report only findings on lines the commit adds. */
  onlyAddedLines?: boolean;
}

/** A finished scan with its suppressions applied. */
export interface ScanOutcome {
  result: ScanResult;
  setup: RunSetup;
  mode: ScanMode;
  /** Absolute root the finding paths are relative to (the repository top for git scans). */
  root?: string;
  /** The run's secret identities (to match more secrets the same way, e.g. a baseline migration). */
  identities: IdentityCache;
}

/** Default for --timeout-per-file. */
export const DEFAULT_TIMEOUT_PER_FILE = '30s';
const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses --timeout-per-file: "30s", "500ms", "2m", or plain seconds; 0 turns the budget off. */
export function parseTimeout(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(value);
  const ms = m ? Math.ceil(Number(m[1]) * DURATION_UNITS[(m[2] ?? 's').toLowerCase()]) : NaN;
  // setTimeout holds at most 2^31-1 ms; anything longer is no budget worth having.
  if (!Number.isFinite(ms) || ms > 2 ** 31 - 1) throw new UsageError(`--timeout-per-file: not a duration: "${value}" (try 30s, 500ms, 2m, or 0 for no limit)`);
  return ms;
}

/** --explain output: one line per generic candidate. Keys and reasons only, never the value. */
function explainText(explain: Explanation[]): string {
  // A key is repository text: masked like any message, in case a secret sits where a key should.
  const line = (e: Explanation) =>
    `tokenguard: explain: ${e.path}:${e.line} ${scrubMessage(e.key, false)}: ${e.reported ? 'REPORTED' : 'dropped'} (score ${e.score}${e.ruleId ? `, ${e.ruleId}` : ''}): ${e.reasons.join('; ')}\n`;
  return explain.map(line).join('');
}

/** Adds the scan-shaping options to a command. */
export function addScanOptions(cmd: Command): Command {
  return cmd
    .option('--stdin', 'scan standard input (a CI log, a piped file)')
    .option('--stdin-name <name>', 'path to show for findings in standard input', 'stdin')
    .option('--staged', 'scan what is staged for commit (the index), not the working files: the pre-commit check')
    .option('--history', 'scan every blob reachable from every ref (branches, tags, remotes, stash), each once')
    .option('--all-objects', 'with --history: also scan objects no ref reaches (dangling commits, orphaned blobs)')
    .option('--since <rev>', 'history introduced after REV on any ref (REV..--all)')
    .option('--range <A..B>', 'history of the commits in A..B (a push or a pull request)')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .option('--no-code-config', 'refuse every JavaScript config, also one given with --config')
    .option('--trust-repo-config', 'let the config in the scanned tree run code (a JavaScript config) and define hooks; never on untrusted code')
    .option('--untrusted-head', 'with --range A..B: read the repository config, ignore file, baseline and inline markers from A, never from the head (pull requests)')
    .option('--respect-gitignore', 'outside git, honour .gitignore files (what they exclude is listed as skipped)')
    .option('--include-ignored', "also scan the files .gitignore excludes (inside git they are only counted by default; git's own .git data is never scanned)")
    .option('--max-file-size <size>', 'skip (and list) files larger than this, e.g. 10MB')
    .option('--decode-depth <n>', 'levels of base64/URL/hex decoding to rescan (0 = off)', undefined)
    .option('--scan-lockfiles', 'also scan dependency lockfiles (skipped and listed by default)')
    .option('--ignore-comment <text>', 'also honour this inline marker, e.g. "gitleaks:allow" (repeatable)', collect)
    .option('--ignore-file <file>', `fingerprints to suppress (default: ${IGNORE_FILE} at the scanned root or repository root)`)
    .option('--report-stale-ignores', 'warn about ignore-file entries that matched nothing')
    .option(
      '--baseline <file>',
      `report only findings that are not in this baseline (default: the config's baseline, else ${BASELINE_FILE} at the scanned root or repository root; with --untrusted-head, read from A)`,
    )
    .option('--only-added-lines', 'with --staged: report only secrets on lines the commit adds, not those already on unchanged lines of a changed file')
    .option('--no-suppress', 'show everything: no inline markers, allowlists, ignore file, baseline, or size limit lowered by a repository config')
    .option(
      '--timeout-per-file <duration>',
      'give up on a file when one 16 MiB piece of it takes longer than this to scan, e.g. 30s or 500ms; it is listed as skipped (timeout) and the scan is incomplete (0 = no limit)',
      DEFAULT_TIMEOUT_PER_FILE,
    )
    .option('--explain', 'print, for every generic key/value candidate, the score and the reasons it was reported or dropped (runs on one thread)')
    .addOption(
      new Option('--min-severity <level>', 'lowest severity to report (info shows identifiers that are public by design, such as publishable keys, and values encrypted with a key kept elsewhere)')
        .choices([...SEVERITIES])
        .default(DEFAULT_MIN_SEVERITY),
    )
    .addOption(new Option('--threads <n>', 'detection worker threads (0 = main thread only; default: number of cores, none on 2 or fewer; history: cores - 2)'))
    .option('-q, --quiet', 'no summary or progress on stderr');
}

/** Starts reading the commit's added lines when --only-added-lines asks for them (alongside the scan). */
function addedLinesFor(mode: ScanMode, setup: RunSetup, flags: ScanRunFlags): Promise<import('../sources/git/added-lines').AddedLines> | undefined {
  if (!flags.onlyAddedLines) return undefined;
  if (mode !== 'staged' || !setup.repo?.top) throw new UsageError('--only-added-lines: needs --staged (it compares the index with HEAD)');
  const { stagedAddedLines } = require('../sources/git/added-lines') as typeof import('../sources/git/added-lines');
  const pending = stagedAddedLines(setup.repo.top);
  pending.catch(() => undefined); // awaited after the scan; until then a failure must not go unhandled
  return pending;
}

/** Keeps the findings on added lines; the others are counted in the report's notes. */
async function keepAddedLines(result: ScanResult, pending: ReturnType<typeof addedLinesFor>): Promise<void> {
  if (!pending) return;
  const added = await pending;
  const { onAddedLine } = require('../sources/git/added-lines') as typeof import('../sources/git/added-lines');
  const kept = result.findings.filter((f) => onAddedLine(added, f));
  result.ledger.notes.unchangedLines = result.findings.length - kept.length;
  result.findings = kept;
}

/** Runs a scan and applies every suppression mechanism. */
export async function performScan(io: CliIO, pathArg: string, flags: ScanRunFlags, options: { useBaseline: boolean; network?: boolean; runHooks?: boolean }): Promise<ScanOutcome> {
  const mode = scanMode(pathArg, flags);
  const target = resolveIn(io, mode === 'stdin' ? '.' : pathArg);
  const timeoutMs = parseTimeout(flags.timeoutPerFile ?? DEFAULT_TIMEOUT_PER_FILE);
  const early = startEarlyGit(mode, target);
  const setup = await setupRun(io, target, { ...flags, config: flags.config && resolveIn(io, flags.config), network: options.network, runHooks: options.runHooks });
  const threads = parseCount('--threads', flags.threads);
  const { source, enrich } = await selectSource(mode, target, flags, setup, () => io.stdin, early);
  const added = addedLinesFor(mode, setup, flags);
  const progress = createProgress(io.rawStderr ?? io.stderr, !flags.quiet);
  const explain = flags.explain ? [] : undefined;
  const result = await runScan(source, { spec: setup.spec, threads, timeoutMs, explain, onProgress: (l) => progress.update(l, source.progressTotal?.()) });
  progress.stop();
  if (explain) io.stderr.write(explainText(explain));
  dropBelowSeverity(result, flags.minSeverity ?? DEFAULT_MIN_SEVERITY);
  // Allowlists were on or off for the whole run: revoke re-detects the same way (engine/ruleset.ts).
  result.engine = { ...result.engine!, suppress: setup.suppress };
  const identities = new IdentityCache(setup.hashKey);
  await assignIdentities(result.findings, identities);
  result.identity = identityScheme(setup.hashKey);
  enrich(result.findings);
  await keepAddedLines(result, added);
  result.ledger.warnings.unshift(...setup.settings.warnings);
  await applySuppressions(io, target, setup, flags, result, options.useBaseline);
  // A bare repository's history (no top) is read again from its git folder.
  const root = mode === 'stdin' ? undefined : mode === 'worktree' ? (source as { rootDir?: string }).rootDir : (setup.repo?.top ?? setup.repo?.gitDir);
  return { result, setup, mode, root, identities };
}
