/**
 * Installs the pre-commit check: into husky's .husky/pre-commit when the project uses husky, otherwise
 * into git's own hooks directory (core.hooksPath honoured). An existing hook keeps everything it runs;
 * tokenguard adds one line to it.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError } from '../errors';
import { hookLocation } from '../sources/git/hooks-info';

/** The command the hook runs. */
export const HOOK_COMMAND = 'npx --no-install tokenguard scan --staged';
/** The line added to a shell hook: a failure stops the hook (and the commit) even without `set -e`. */
export const HOOK_LINE = `${HOOK_COMMAND} || exit $?`;

/** What install-hook did. */
export interface InstallResult {
  file: string;
  action: 'created' | 'added' | 'already-installed' | 'wrapped';
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

/** A shell script we can safely add a line to: a sh-family shebang, or none (husky's style). */
function isShellScript(text: string): boolean {
  if (text.includes('\0')) return false;
  const first = text.split('\n', 1)[0];
  return !first.startsWith('#!') || /^#!\s*(\/usr\/bin\/env\s+)?(\/bin\/|\/usr\/bin\/)?(sh|bash|dash|zsh|ksh)\b/.test(first);
}

/** Inserts the line after the shebang and leading comments, so it runs before anything that might exit. */
function withLine(text: string, line: string): string {
  const lines = text.split('\n');
  let at = 0;
  while (at < lines.length && (lines[at].startsWith('#') || lines[at].trim() === '')) at++;
  lines.splice(at, 0, line);
  return lines.join('\n');
}

/** Installs the hook for the repository containing `dir`. */
export async function installPreCommit(dir: string, force: boolean): Promise<InstallResult> {
  const { top, hooksDir } = await hookLocation(dir);
  const husky = usesHusky(top);
  const file = husky ? join(top, '.husky', 'pre-commit') : join(hooksDir, 'pre-commit');
  const shown = relative(process.cwd(), file) || file;
  mkdirSync(join(file, '..'), { recursive: true });
  if (!existsSync(file)) {
    writeFileSync(file, husky ? `${HOOK_COMMAND}\n` : `#!/bin/sh\n# Installed by tokenguard install-hook\n${HOOK_LINE}\n`);
    chmodSync(file, 0o755);
    return { file, action: 'created', husky };
  }
  const text = readFileSync(file, 'utf8');
  if (text.includes('tokenguard scan --staged')) return { file, action: 'already-installed', husky };
  if (isShellScript(text)) {
    writeFileSync(file, withLine(text, husky ? HOOK_COMMAND : HOOK_LINE));
    chmodSync(file, 0o755);
    return { file, action: 'added', husky };
  }
  if (!force) {
    throw new InputError(`${shown}: an existing pre-commit hook that is not a shell script; rerun with --force to keep it (it is moved to pre-commit.orig and still runs) and add tokenguard`);
  }
  const orig = `${file}.orig`;
  renameSync(file, orig);
  writeFileSync(file, `#!/bin/sh\n# Installed by tokenguard install-hook; the previous hook still runs.\n${HOOK_LINE}\nexec "$(dirname "$0")/pre-commit.orig" "$@"\n`);
  chmodSync(file, 0o755);
  return { file, action: 'wrapped', husky };
}
