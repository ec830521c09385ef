/**
 * Small read-only questions for `tokenguard install-hook`, asked through simple-git with the same
 * overrides as every other git call, except that core.hooksPath must be read, not masked.
 */
import { isAbsolute, join } from 'node:path';
import { GitError } from '../../errors';
import { SAFE_OVERRIDES } from './run';

/** Where a repository keeps its pre-commit hook. */
export interface HookLocation {
  top: string;
  /** The hooks directory git uses (core.hooksPath honoured), absolute. */
  hooksDir: string;
}

export async function hookLocation(dir: string): Promise<HookLocation> {
  const { simpleGit } = await import('simple-git');
  const config = SAFE_OVERRIDES.filter((kv) => !kv.startsWith('core.hooksPath='));
  // simple-git refuses any -c for these keys; ours set them to their inert values, so allow exactly those.
  const unsafe = {
    allowUnsafeFsMonitor: true,
    allowUnsafeAskPass: true,
    allowUnsafeSshCommand: true,
    allowUnsafeCredentialHelper: true,
    allowUnsafeDiffExternal: true,
    allowUnsafePager: true,
    allowUnsafeProtocolOverride: true,
  };
  const git = simpleGit({ baseDir: dir, config: [...config], maxConcurrentProcesses: 1, unsafe });
  try {
    const top = (await git.revparse(['--show-toplevel'])).trim();
    const hooks = (await git.revparse(['--git-path', 'hooks'])).trim();
    return { top, hooksDir: isAbsolute(hooks) ? hooks : join(dir, hooks) };
  } catch (err) {
    throw new GitError(`${dir}: not inside a git working tree (${(err as Error).message.split('\n')[0]})`);
  }
}
