/**
 * Where a scan finds its ignore file and baseline, the same for the CLI and the library, so the
 * pre-commit check, a CI scan and a program scanning the same repository agree: the named file, else
 * the default file at the scanned root, else at the repository root. Reading is the caller's (from disk,
 * or from the base revision of an untrusted range).
 */
import { join } from 'node:path';
import type { DataFile } from '../sources/data-file';
import { BASELINE_FILE } from './baseline';
import { IGNORE_FILE } from './ignore-file';

/** Reads a data file by absolute path: undefined when it is not there and not `required`; `what` names it in errors. */
export type DataReader = (abs: string, required: boolean, what?: string) => Promise<DataFile | undefined>;

/** Where to look. */
export interface SuppressionSearch {
  /** The scanned folder (or file). */
  target: string;
  /** The repository's top folder, looked in after the target. */
  repoTop?: string;
  /** A named ignore file (absolute) instead of the search; one that is not there means none. */
  ignoreFile?: string;
  /** A named baseline (absolute) instead of the search; one that is not there is an error. */
  baseline?: string;
}

/** The first of `name` at the target and the repository root. */
async function firstOf(search: SuppressionSearch, name: string, read: DataReader, what?: string): Promise<DataFile | undefined> {
  for (const dir of [search.target, search.repoTop]) {
    const found = dir ? await read(join(dir, name), false, what) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The ignore file: the named one, else the first .tokenguardignore at the target or the repository root. */
export function findIgnoreFile(search: SuppressionSearch, read: DataReader): Promise<DataFile | undefined> {
  return search.ignoreFile ? read(search.ignoreFile, false) : firstOf(search, IGNORE_FILE, read);
}

/** The baseline: the named one, else the first .tokenguard-baseline.json at the target or the repository root. */
export function findBaseline(search: SuppressionSearch, read: DataReader): Promise<DataFile | undefined> {
  return search.baseline ? read(search.baseline, true, 'baseline') : firstOf(search, BASELINE_FILE, read, 'baseline');
}
