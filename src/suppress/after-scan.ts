/**
 * What runScan's `suppress` option runs after detection: the CLI's steps for a working-tree scan, for a
 * program that wants the findings `tokenguard scan` reports. Severities below the minimum are dropped,
 * identities and fingerprints are computed, and the ignore file and baseline are found as the CLI finds
 * them (suppress/locate.ts) and applied by the same stage (suppress/stage.ts).
 */
import { relative } from 'node:path';
import { assignIdentities, IdentityCache, identityScheme } from '../engine/identity';
import type { Severity } from '../rules/types';
import { readDataFile } from '../sources/data-file';
import { findRepo } from '../sources/git/repo';
import type { ScanResult } from '../sources/types';
import { findBaseline, findIgnoreFile, type DataReader } from './locate';
import { applyStage, DEFAULT_MIN_SEVERITY, dropBelowSeverity } from './stage';

/** runScan's `suppress` option: the library's way to get the findings the CLI reports. */
export interface SuppressOptions {
  /** The scanned folder (or file): .tokenguardignore and .tokenguard-baseline.json are looked for here first. */
  target: string;
  /** The repository's top folder, looked in next; found with git when not given (as the CLI does). */
  repoTop?: string;
  /** An ignore file (absolute path) instead of the search (--ignore-file). */
  ignoreFile?: string;
  /** A baseline (absolute path; an error when missing) instead of the search (--baseline, or the config's `baseline`); false: none. */
  baseline?: string | false;
  /** Warn about ignore-file entries that matched nothing (--report-stale-ignores). */
  reportStaleIgnores?: boolean;
  /** The key for secret identities (TOKENGUARD_HASH_KEY); without one, identities are public, as in the CLI without one. */
  hashKey?: Buffer;
  /** Lowest severity kept; `low` by default, as in the CLI (--min-severity). */
  minSeverity?: Severity;
}

/** The top of the repository holding `target`, unless its .git cannot be trusted (as the CLI decides). */
async function repoTopOf(target: string): Promise<string | undefined> {
  const repo = await findRepo(target).catch(() => undefined);
  return repo?.untrustedLink ? undefined : repo?.top;
}

/** Data files from disk, named relative to the working directory in messages. */
const fromDisk: DataReader = async (abs, required, what) => readDataFile(abs, relative(process.cwd(), abs) || abs, required, what);

/** Applies the CLI's post-scan steps to a finished scan (see SuppressOptions). */
export async function suppressScan(result: ScanResult, options: SuppressOptions): Promise<void> {
  dropBelowSeverity(result, options.minSeverity ?? DEFAULT_MIN_SEVERITY);
  await assignIdentities(result.findings, new IdentityCache(options.hashKey));
  result.identity = identityScheme(options.hashKey);
  const search = {
    target: options.target,
    repoTop: options.repoTop ?? (await repoTopOf(options.target)),
    ignoreFile: options.ignoreFile,
    baseline: options.baseline || undefined,
  };
  const ignoreFile = await findIgnoreFile(search, fromDisk);
  const baseline = options.baseline === false ? undefined : await findBaseline(search, fromDisk);
  applyStage(result, { ignoreFile, baseline, reportStaleIgnores: options.reportStaleIgnores, identity: result.identity });
}
