/**
 * Paths as code scanning and workflow annotations need them: relative to the repository root, whatever
 * folder was scanned. Text and JSON reports keep paths relative to the scanned root (what a person
 * typed); SARIF and `::error file=` would put an alert on the wrong file with those when the scan
 * started in a subfolder (the Action's `path: services/api`).
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Report } from './model';

/**
 * The directory repository paths are relative to: the git top-level holding the scanned root, else
 * GITHUB_WORKSPACE when it holds it, else the scanned root itself.
 */
export function repositoryRoot(root: string | undefined, repoTop: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (!root) return undefined;
  for (const candidate of [repoTop, env.GITHUB_WORKSPACE]) {
    if (candidate && isAbsolute(candidate) && inside(candidate, root)) return candidate;
  }
  return root;
}

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A report path (relative to the scanned root) as a path relative to the repository root, "/"-separated. */
export function repoPath(report: Pick<Report, 'root' | 'repoRoot'>, path: string): string {
  if (!report.root || !report.repoRoot || report.root === report.repoRoot) return path;
  const abs = join(report.root, path);
  return inside(report.repoRoot, abs) ? relative(report.repoRoot, abs).split(sep).join('/') : path;
}

/** SARIF's %SRCROOT%: the repository root, as an absolute file URI ending in "/" when it is known. */
export function srcRoot(report: Pick<Report, 'repoRoot'>): { uri?: string; description: { text: string } } {
  const description = { text: 'The repository root: every result URI is relative to it' };
  if (!report.repoRoot) return { description };
  const href = pathToFileURL(report.repoRoot).href;
  return { uri: href.endsWith('/') ? href : `${href}/`, description };
}
