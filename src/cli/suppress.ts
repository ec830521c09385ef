/**
 * The CLI's side of suppression: which ignore file and baseline a command's flags and config name, read
 * through RepositoryFiles so that, with --untrusted-head, a file inside the repository comes from the
 * base revision whoever named it (a flag, a config key or the default search), and what the head would
 * suppress for itself is only noted on its findings. The stage itself (suppress/stage.ts) and the
 * default search (suppress/locate.ts) are the library's too, so runScan reports what the CLI reports.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { insideRepo } from '../config/gather';
import { identityScheme } from '../engine/identity';
import { findBaseline, findIgnoreFile } from '../suppress/locate';
import { noteHeadSuppressions, settleInlineMarkers } from '../suppress/self-suppression';
import { applyStage } from '../suppress/stage';
import type { ScanResult } from '../sources/types';
import { resolveIn, type CliIO } from './io';
import type { RunSetup } from './setup';
import { headSuppressions, RepositoryFiles } from './untrusted-head';

/** The suppression flags of every scanning command. */
export interface SuppressFlags {
  ignoreFile?: string;
  reportStaleIgnores?: boolean;
  baseline?: string;
  /** --config, for what the head of an untrusted range would suppress. */
  config?: string;
}

/**
 * The baseline a flag or the config names (absolute), or undefined for the default search: --baseline,
 * else the config's `baseline` (relative to the config file, and an error when missing: a named file that
 * is not there would silently report everything). A config in the scanned tree is repository data: it
 * may name a baseline inside the repository (or the scanned folder), not elsewhere on the machine.
 */
function namedBaseline(io: CliIO, target: string, setup: RunSetup, flag: string | undefined, warnings: string[]): string | undefined {
  if (flag) return resolveIn(io, flag);
  const configured = setup.settings.baseline;
  if (!configured) return undefined;
  const abs = resolve(configured.dir ?? io.cwd, configured.file);
  const within = setup.repo?.top ?? (setup.untrusted ? undefined : targetDir(target));
  if (configured.origin === 'repository' && (within === undefined || insideRepo(within, abs) === undefined)) {
    warnings.push(`${configured.shown}: ignored: a config in the scanned tree may name a baseline inside the repository only`);
    return undefined;
  }
  return abs;
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
 * Runs the suppression stage (suppress/stage.ts) with the files found as suppress/locate.ts finds them,
 * read through RepositoryFiles (from the base revision with --untrusted-head). Before it, inline markers
 * are settled against the base of an untrusted range; after it, what the head would have suppressed for
 * itself is noted on the findings. The baseline applies when `useBaseline` (not to `baseline create`).
 */
export async function applySuppressions(io: CliIO, target: string, setup: RunSetup, flags: SuppressFlags, result: ScanResult, useBaseline: boolean): Promise<void> {
  const identity = identityScheme(setup.hashKey);
  if (!setup.suppress) return applyStage(result, { identity });
  const warnings = result.ledger.warnings;
  const files = new RepositoryFiles(io, setup, warnings);
  let settledInline = 0;
  if (setup.untrusted) {
    // The engine only noted inline markers: one counts when the base revision has it too.
    const settled = await settleInlineMarkers(result.findings, (p) => setup.untrusted!.base.file(p), setup.markers);
    result.findings = settled.kept;
    settledInline = settled.suppressed;
  }
  const search = { target, repoTop: setup.repo?.top, ignoreFile: flags.ignoreFile && resolveIn(io, flags.ignoreFile) };
  const ignoreFile = await findIgnoreFile(search, files.reader());
  const baseline = useBaseline ? await findBaseline({ ...search, baseline: namedBaseline(io, target, setup, flags.baseline, warnings) }, files.reader()) : undefined;
  applyStage(result, { ignoreFile, baseline, reportStaleIgnores: flags.reportStaleIgnores, identity }, settledInline);
  if (setup.untrusted) noteHeadSuppressions(result.findings, await headSuppressions(io, setup, target, flags));
}
