/**
 * Small read-only questions for `tokenguard install-hook`, asked through simple-git with the hardening
 * of the git runner (run.ts): the same `-c` overrides, except that core.hooksPath must be read, not
 * masked, and the same environment (gitEnv), less the variables simple-git refuses outright.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { GitError } from '../../errors';
import { gitEnv, SAFE_OVERRIDES } from './run';

/** Where core.hooksPath comes from, when it is set. */
export interface HooksPathSetting {
  /** As written in the config ("~/.githooks", ".husky/_"). */
  value: string;
  /** git's scope name: system, global, local, worktree. */
  scope: string;
  /** The file that sets it ("/home/u/.gitconfig", ".git/config"). */
  origin: string;
}

/** Where a repository keeps its pre-commit hook. */
export interface HookLocation {
  top: string;
  /** The repository's git directory, absolute. */
  gitDir: string;
  /** The hooks directory git uses (core.hooksPath honoured), absolute. */
  hooksDir: string;
  /** core.hooksPath and where it is set; undefined when unset. */
  hooksPath?: HooksPathSetting;
}

/**
 * Variables naming programs (editors, pagers, ssh, askpass, diff tools) that gitEnv leaves: read-only
 * queries run none, and simple-git refuses them. (GIT_PAGER is gitEnv's own "cat".)
 */
const PROGRAM_VARS = new Set([
  'EDITOR',
  'GIT_EDITOR',
  'GIT_SEQUENCE_EDITOR',
  'PAGER',
  'GIT_ASKPASS',
  'SSH_ASKPASS',
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_EXTERNAL_DIFF',
  'GIT_PROXY_COMMAND',
  'GIT_TEMPLATE_DIR',
  'GIT_EXEC_PATH',
]);

/** The environment for git: the runner's, from the caller's (HOME, GIT_CONFIG_GLOBAL… decide which config git reads), without program variables. */
function gitEnvFrom(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(gitEnv(env)).filter((e): e is [string, string] => e[1] !== undefined && !PROGRAM_VARS.has(e[0].toUpperCase())));
}

function client(dir: string, env: NodeJS.ProcessEnv) {
  const { simpleGit } = require('simple-git') as typeof import('simple-git');
  const config = SAFE_OVERRIDES.filter((kv) => !kv.startsWith('core.hooksPath='));
  // simple-git refuses any -c (and the GIT_PAGER variable) for these keys; SAFE_OVERRIDES and gitEnv set
  // them to their inert values, so allow exactly those. Nothing else can set them: the arguments are ours.
  const unsafe = {
    allowUnsafeFsMonitor: true,
    allowUnsafeAskPass: true,
    allowUnsafeSshCommand: true,
    allowUnsafeCredentialHelper: true,
    allowUnsafeDiffExternal: true,
    allowUnsafePager: true,
    allowUnsafeProtocolOverride: true,
    // Where the config comes from (GIT_CONFIG_GLOBAL, GIT_CONFIG_COUNT…) is the very thing to honour here.
    allowUnsafeConfigPaths: true,
    allowUnsafeConfigEnvCount: true,
  };
  return simpleGit({ baseDir: dir, config: [...config], maxConcurrentProcesses: 1, unsafe }).env(gitEnvFrom(env));
}

/** "scope\torigin\tvalue" from `git config --show-scope --show-origin`, or undefined when unset. */
async function hooksPathSetting(git: ReturnType<typeof client>): Promise<HooksPathSetting | undefined> {
  let out: string;
  try {
    out = await git.raw(['config', '--show-scope', '--show-origin', '--get', 'core.hooksPath']);
  } catch {
    return undefined; // exit 1: not set anywhere
  }
  const [scope, origin, ...value] = out.replace(/\n$/, '').split('\t');
  return value.length ? { scope, origin: origin.replace(/^file:/, ''), value: value.join('\t') } : undefined;
}

/** The repository containing `dir` and where git looks for its hooks, asked with `env` (HOME decides the global config). */
export async function hookLocation(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<HookLocation> {
  const git = client(dir, env);
  try {
    const top = (await git.revparse(['--show-toplevel'])).trim();
    const gitDir = (await git.revparse(['--absolute-git-dir'])).trim();
    const hooks = (await git.revparse(['--git-path', 'hooks'])).trim();
    return { top, gitDir, hooksDir: isAbsolute(hooks) ? hooks : resolve(join(dir, hooks)), hooksPath: await hooksPathSetting(git) };
  } catch (err) {
    throw new GitError(`${dir}: not inside a git working tree (${(err as Error).message.split('\n')[0]})`);
  }
}
