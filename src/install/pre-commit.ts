/**
 * Installs the pre-commit check: into husky's .husky/pre-commit when the project uses husky, otherwise
 * into git's own hooks directory (core.hooksPath honoured). First it makes sure git will run the hook
 * (hook-checks.ts); an existing hook keeps everything it runs, and tokenguard adds its block to it.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError, UsageError } from '../errors';
import { hookLocation, type HookLocation } from '../sources/git/hooks-info';
import { checkHooksDir, checkHusky, HookWouldNotRunError, huskyInfo } from './hook-checks';
import { isShellScript, newHook, runsTokenguard, upgraded, withBlock, wrapperHook } from './hook-text';

/** What install-hook did. */
export interface InstallResult {
  file: string;
  action: 'created' | 'added' | 'updated' | 'already-installed' | 'wrapped';
  husky: boolean;
  /** The husky setup command --init ran, when it ran one. */
  initialised?: string;
}

/** What install-hook was asked to do. */
export interface InstallOptions {
  /** Take over a hook that is not a shell script (kept as pre-commit.orig). */
  force?: boolean;
  /** Set husky up (run the project's husky) when it is listed but not set up. */
  init?: boolean;
  /** Environment for git and husky (HOME decides the global git config). */
  env?: NodeJS.ProcessEnv;
}

/** True when the project uses husky: a .husky folder, or husky among package.json dependencies. */
export function usesHusky(top: string): boolean {
  if (existsSync(join(top, '.husky'))) return true;
  try {
    const pkg = JSON.parse(readFileSync(join(top, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    return Boolean(pkg.devDependencies?.husky ?? pkg.dependencies?.husky);
  } catch {
    return false;
  }
}

/** Checks that git will run the hook (setting husky up first when --init asks); returns the location to use. */
async function verifiedLocation(dir: string, options: InstallOptions): Promise<{ loc: HookLocation; husky: boolean; initialised?: string }> {
  const env = options.env ?? process.env;
  const loc = await hookLocation(dir, env);
  if (!usesHusky(loc.top)) {
    if (options.init) throw new UsageError('--init sets husky up, and this project does not use husky (no .husky folder, no husky in package.json)');
    checkHooksDir(loc);
    return { loc, husky: false };
  }
  const husky = huskyInfo(loc.top);
  try {
    checkHusky(loc, husky);
    return { loc, husky: true };
  } catch (err) {
    if (!options.init || !(err instanceof HookWouldNotRunError)) throw err;
  }
  const { initHusky } = require('./husky-init') as typeof import('./husky-init');
  const initialised = initHusky(loc.top, husky.major, env);
  const after = await hookLocation(dir, env);
  checkHusky(after, husky);
  return { loc: after, husky: true, initialised };
}

function write(file: string, text: string): void {
  writeFileSync(file, text);
  chmodSync(file, 0o755);
}

/**
 * Installs the hook for the repository containing `dir`.
 * @lazy loaded with require() by cli/commands/install-hook.ts, which knip does not follow
 */
export async function installPreCommit(dir: string, options: InstallOptions = {}): Promise<InstallResult> {
  const { loc, husky, initialised } = await verifiedLocation(dir, options);
  const file = husky ? join(loc.top, '.husky', 'pre-commit') : join(loc.hooksDir, 'pre-commit');
  const done = (action: InstallResult['action']): InstallResult => ({ file, action, husky, ...(initialised ? { initialised } : {}) });
  mkdirSync(join(file, '..'), { recursive: true });
  if (!existsSync(file)) {
    write(file, newHook(husky));
    return done('created');
  }
  const text = readFileSync(file, 'utf8');
  const newer = upgraded(text);
  if (newer !== undefined) {
    write(file, newer);
    return done('updated');
  }
  if (runsTokenguard(text)) return done('already-installed');
  if (isShellScript(text)) {
    write(file, withBlock(text));
    return done('added');
  }
  if (!options.force) {
    const shown = relative(process.cwd(), file) || file;
    throw new InputError(`${shown}: an existing pre-commit hook that is not a shell script; rerun with --force to keep it (it is moved to pre-commit.orig and still runs) and add tokenguard`);
  }
  renameSync(file, `${file}.orig`);
  write(file, wrapperHook());
  return done('wrapped');
}
