/**
 * Installs the pre-commit check: into husky's .husky/pre-commit when the project uses husky, otherwise
 * into git's own hooks directory (core.hooksPath honoured). An existing hook keeps everything it runs;
 * tokenguard adds its block to it.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError } from '../errors';
import { hookLocation } from '../sources/git/hooks-info';
import { isShellScript, newHook, runsTokenguard, upgraded, withBlock, wrapperHook } from './hook-text';

/** What install-hook did. */
export interface InstallResult {
  file: string;
  action: 'created' | 'added' | 'updated' | 'already-installed' | 'wrapped';
  husky: boolean;
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

function write(file: string, text: string): void {
  writeFileSync(file, text);
  chmodSync(file, 0o755);
}

/** Installs the hook for the repository containing `dir`. */
export async function installPreCommit(dir: string, force: boolean): Promise<InstallResult> {
  const { top, hooksDir } = await hookLocation(dir);
  const husky = usesHusky(top);
  const file = husky ? join(top, '.husky', 'pre-commit') : join(hooksDir, 'pre-commit');
  const shown = relative(process.cwd(), file) || file;
  mkdirSync(join(file, '..'), { recursive: true });
  if (!existsSync(file)) {
    write(file, newHook(husky));
    return { file, action: 'created', husky };
  }
  const text = readFileSync(file, 'utf8');
  const newer = upgraded(text);
  if (newer !== undefined) {
    write(file, newer);
    return { file, action: 'updated', husky };
  }
  if (runsTokenguard(text)) return { file, action: 'already-installed', husky };
  if (isShellScript(text)) {
    write(file, withBlock(text));
    return { file, action: 'added', husky };
  }
  if (!force) {
    throw new InputError(`${shown}: an existing pre-commit hook that is not a shell script; rerun with --force to keep it (it is moved to pre-commit.orig and still runs) and add tokenguard`);
  }
  renameSync(file, `${file}.orig`);
  write(file, wrapperHook());
  return { file, action: 'wrapped', husky };
}
