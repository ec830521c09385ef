/**
 * Suppressions applied after the engine (which already honoured allowlists and inline markers): the
 * ignore file, then the baseline. Both are found the same way, so that the pre-commit check and a CI
 * scan of the same repository agree: the flag's file, else (for the baseline) the config's, else the
 * default file at the scanned root or the repository root. Every one of them is read through
 * RepositoryFiles: with --untrusted-head, a file inside the repository comes from the base revision,
 * whoever named it (a flag, a config key or the default search), and what the head would suppress for
 * itself is only noted on its findings.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { insideRepo } from '../config/gather';
import { identityScheme } from '../engine/identity';
import { applyBaseline, BASELINE_FILE, parseBaseline } from '../suppress/baseline';
import { applyIgnoreFile, parseIgnoreFile } from '../suppress/ignore-file';
import { noteHeadSuppressions, settleInlineMarkers } from '../suppress/self-suppression';
import type { ScanResult } from '../sources/types';
import { resolveIn, type CliIO } from './io';
import type { RunSetup } from './setup';
import { headSuppressions, RepositoryFiles, type DataFile } from './untrusted-head';

/** The suppression flags of every scanning command. */
export interface SuppressFlags {
  ignoreFile?: string;
  reportStaleIgnores?: boolean;
  baseline?: string;
  /** --config, for what the head of an untrusted range would suppress. */
  config?: string;
}

/**
 * The baseline to use: --baseline, else the config's `baseline` (relative to the config file, and an
 * error when missing: a named file that is not there would silently report everything), else
 * .tokenguard-baseline.json at the target or repository root when it exists. A config in the scanned
 * tree is repository data: it may name a baseline inside the repository (or the scanned folder), not
 * elsewhere on the machine.
 */
export async function baselineFile(io: CliIO, target: string, setup: RunSetup, files: RepositoryFiles, flag: string | undefined, warnings: string[]): Promise<DataFile | undefined> {
  if (flag) return files.read(resolveIn(io, flag), true, undefined, 'baseline');
  const configured = setup.settings.baseline;
  if (configured) {
    const abs = resolve(configured.dir ?? io.cwd, configured.file);
    const within = setup.repo?.top ?? (setup.untrusted ? undefined : targetDir(target));
    if (configured.origin === 'repository' && (within === undefined || insideRepo(within, abs) === undefined)) {
      warnings.push(`${configured.shown}: ignored: a config in the scanned tree may name a baseline inside the repository only`);
    } else {
      return files.read(abs, true, undefined, 'baseline');
    }
  }
  for (const dir of [target, setup.repo?.top]) {
    const found = dir ? await files.read(join(dir, BASELINE_FILE), false, undefined, 'baseline') : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The scanned folder (a scanned file's folder). */
function targetDir(target: string): string {
  try {
    return statSync(target).isDirectory() ? target : dirname(target);
  } catch {
    return target;
  }
}

/**
 * Applies the ignore file and (when `useBaseline`) the baseline, settles inline markers against the base
 * of an untrusted range, and records what each mechanism suppressed.
 */
export async function applySuppressions(io: CliIO, target: string, setup: RunSetup, flags: SuppressFlags, result: ScanResult, useBaseline: boolean): Promise<void> {
  const suppressed = { allowlist: result.dropped.allowlist ?? 0, inline: result.dropped.inline ?? 0, ignoreFile: 0, baseline: 0 };
  result.suppressed = suppressed;
  if (!setup.suppress) return;
  const warnings = result.ledger.warnings;
  const files = new RepositoryFiles(io, setup, warnings);
  if (setup.untrusted) {
    // The engine only noted inline markers: one counts when the base revision has it too.
    const settled = await settleInlineMarkers(result.findings, (p) => setup.untrusted!.base.file(p), setup.markers);
    result.findings = settled.kept;
    suppressed.inline += settled.suppressed;
  }
  const ignore = await files.ignoreFile(target, flags.ignoreFile);
  if (ignore) {
    const outcome = applyIgnoreFile(result.findings, parseIgnoreFile(ignore.text, ignore.shown), ignore.shown, flags.reportStaleIgnores === true);
    result.findings = outcome.kept;
    suppressed.ignoreFile = outcome.suppressed;
    warnings.push(...outcome.warnings);
  }
  const baseline = useBaseline ? await baselineFile(io, target, setup, files, flags.baseline, warnings) : undefined;
  if (baseline) {
    const outcome = applyBaseline(result.findings, parseBaseline(baseline.text, baseline.shown), identityScheme(setup.hashKey));
    result.findings = outcome.kept;
    suppressed.baseline = outcome.suppressed;
    warnings.push(...outcome.warnings);
  }
  if (setup.untrusted) noteHeadSuppressions(result.findings, await headSuppressions(io, setup, target, flags));
}
