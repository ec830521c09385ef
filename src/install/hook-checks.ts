/**
 * Will git really run the hook install-hook is about to write? A hook in a folder git does not read is
 * worse than none: the command reports success and the next secret goes through. So before writing:
 *
 * - husky listed but not set up in this clone (core.hooksPath is not `.husky/_` for husky 9, `.husky`
 *   for husky 5 to 8): refused, with how to set husky up (or `--init`, which runs the project's husky);
 * - core.hooksPath pointing outside the repository (typically a global setting shared by every
 *   repository of the user): refused, nothing is written there;
 * - core.hooksPath=/dev/null (hooks turned off): refused.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors';
import type { HookLocation } from '../sources/git/hooks-info';

/** The husky a project uses, as far as its files tell. */
export interface HuskyInfo {
  /** Major version: from the installed package, else package.json's range, else the .husky layout. */
  major: number;
  /** The hooks directory husky makes git use, absolute; undefined for husky 4 (package.json hooks). */
  hooksDir?: string;
}

/** A refusal: the hook would not run. Exit code 2 like every input problem, with what to do instead. */
export class HookWouldNotRunError extends InputError {}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The major version husky is at in this project. */
function huskyMajor(top: string): number {
  const installed = readJson(join(top, 'node_modules', 'husky', 'package.json'))?.version;
  const pkg = readJson(join(top, 'package.json')) as { devDependencies?: Record<string, string>; dependencies?: Record<string, string> } | undefined;
  const range = pkg?.devDependencies?.husky ?? pkg?.dependencies?.husky;
  const m = /(\d+)/.exec(typeof installed === 'string' ? installed : (range ?? ''));
  if (m) return Number(m[1]);
  // Without a version: husky 5-8 keep husky.sh with content under .husky/_; husky 9 leaves it empty or absent.
  const legacy = join(top, '.husky', '_', 'husky.sh');
  return existsSync(legacy) && readFileSync(legacy, 'utf8').trim() !== '' ? 8 : 9;
}

export function huskyInfo(top: string): HuskyInfo {
  const major = huskyMajor(top);
  return { major, hooksDir: major >= 9 ? join(top, '.husky', '_') : major >= 5 ? join(top, '.husky') : undefined };
}

/** The real path when it exists (git reports real paths), else the path as given. */
function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/** True when `dir` is `root` or below it. */
function inside(dir: string, root: string): boolean {
  const rel = relative(real(root), real(dir));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** How the user should set husky up, by version. */
export function huskySetupCommand(major: number): string {
  return major >= 9 ? 'npx husky' : 'npx husky install';
}

/** Refuses when husky would not run .husky/pre-commit in this clone. */
export function checkHusky(loc: HookLocation, husky: HuskyInfo): void {
  const shown = (p: string) => relative(loc.top, p) || '.';
  if (husky.hooksDir === undefined) {
    throw new HookWouldNotRunError(
      `husky ${husky.major} runs the hooks listed in package.json ("husky": {"hooks": ...}), not .husky/pre-commit: add "pre-commit": "tokenguard scan --staged" there, or upgrade husky`,
    );
  }
  const now = loc.hooksPath ? `core.hooksPath is "${loc.hooksPath.value}" (${loc.hooksPath.scope} config)` : 'core.hooksPath is not set, so git uses .git/hooks';
  const setUp = `set husky up first with "${huskySetupCommand(husky.major)}" (package.json's "prepare" script does it on npm install), then run tokenguard install-hook again, or run tokenguard install-hook --init to do both`;
  if (real(loc.hooksDir) !== real(husky.hooksDir)) {
    throw new HookWouldNotRunError(`.husky/pre-commit would never run: husky ${husky.major} is listed but not set up in this clone (${now}; husky needs ${shown(husky.hooksDir)}).\n${setUp}`);
  }
  if (husky.major >= 9 && !existsSync(join(husky.hooksDir, 'pre-commit'))) {
    throw new HookWouldNotRunError(`.husky/pre-commit would never run: ${shown(husky.hooksDir)}/pre-commit, which git runs and which hands over to it, is missing.\n${setUp}`);
  }
}

/** Refuses a hooks directory outside the repository (shared by other repositories) or turned off. */
export function checkHooksDir(loc: HookLocation): void {
  const setting = loc.hooksPath;
  if (!setting) return;
  const where = `core.hooksPath is set in your ${setting.scope} git config (${setting.origin}) to "${setting.value}"`;
  if (resolve(loc.hooksDir) === '/dev/null') {
    throw new HookWouldNotRunError(`${where}: git runs no hooks in this repository, so a pre-commit hook would never run; tokenguard installed nothing`);
  }
  if (inside(loc.hooksDir, loc.top) || inside(loc.hooksDir, loc.gitDir)) return;
  throw new HookWouldNotRunError(
    `${where}, outside this repository: a hook there runs in every repository that uses that setting, so tokenguard installed nothing.\n` +
      `Either add the scan to ${join(loc.hooksDir, 'pre-commit')} yourself (see "tokenguard install-hook --help"), or give this repository its own hooks folder: git config core.hooksPath .githooks, then run tokenguard install-hook again`,
  );
}
