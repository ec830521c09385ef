/**
 * Suppressions applied after the engine (which already honoured allowlists and inline markers): the
 * ignore file, then the baseline. Both are found the same way, so that the pre-commit check and a CI
 * scan of the same repository agree: the flag's file, else (for the baseline) the config's, else the
 * default file at the scanned root or the repository root.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { applyBaseline, BASELINE_FILE, readBaseline } from '../filters/baseline';
import { applyIgnoreFile, IGNORE_FILE, loadIgnoreFile } from '../filters/ignore-file';
import type { ScanResult } from '../scan/run';
import { resolveIn, shownPath, type CliIO } from './io';
import type { RunSetup } from './setup';

/** The suppression flags of every scanning command. */
export interface SuppressFlags {
  ignoreFile?: string;
  reportStaleIgnores?: boolean;
  baseline?: string;
}

/** The first of `dirs` that holds `name`. */
function defaultFile(name: string, dirs: Array<string | undefined>): string | undefined {
  for (const dir of dirs) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

/** The ignore file to use: the flag's, else the first .tokenguardignore at the target or repository root. */
export function ignoreFilePath(io: CliIO, target: string, setup: RunSetup, flag: string | undefined): string | undefined {
  return flag ? resolveIn(io, flag) : defaultFile(IGNORE_FILE, [target, setup.repo?.top]);
}

/**
 * The baseline to use: --baseline, else the config's `baseline` (relative to the config file, and an
 * error when missing: a named file that is not there would silently report everything), else
 * .tokenguard-baseline.json at the target or repository root when it exists.
 */
export function baselinePath(io: CliIO, target: string, setup: RunSetup, flag: string | undefined): string | undefined {
  if (flag) return resolveIn(io, flag);
  const configured = setup.loaded.config.baseline;
  if (configured) return resolve(setup.loaded.file ? dirname(setup.loaded.file) : io.cwd, configured);
  return defaultFile(BASELINE_FILE, [target, setup.repo?.top]);
}

/** Applies the ignore file and (when `useBaseline`) the baseline; records what each suppressed. */
export function applySuppressions(io: CliIO, target: string, setup: RunSetup, flags: SuppressFlags, result: ScanResult, useBaseline: boolean): void {
  const suppressed = { allowlist: result.dropped.allowlist ?? 0, inline: result.dropped.inline ?? 0, ignoreFile: 0, baseline: 0 };
  result.suppressed = suppressed;
  if (!setup.suppress) return;
  const ignoreFile = ignoreFilePath(io, target, setup, flags.ignoreFile);
  if (ignoreFile) {
    const shown = shownPath(io, ignoreFile);
    const outcome = applyIgnoreFile(result.findings, loadIgnoreFile(ignoreFile, shown), shown, flags.reportStaleIgnores === true);
    result.findings = outcome.kept;
    suppressed.ignoreFile = outcome.suppressed;
    result.ledger.warnings.push(...outcome.warnings);
  }
  const baseline = useBaseline ? baselinePath(io, target, setup, flags.baseline) : undefined;
  if (baseline) {
    const outcome = applyBaseline(result.findings, readBaseline(baseline, shownPath(io, baseline)));
    result.findings = outcome.kept;
    suppressed.baseline = outcome.suppressed;
  }
}
