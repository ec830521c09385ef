/**
 * `install-hook --init`: sets husky up the way the project's own `prepare` script would, by running the
 * husky the project has installed (node_modules/.bin/husky). Nothing is downloaded: without husky
 * installed the answer is to run npm install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors';
import { huskySetupCommand } from './hook-checks';

/**
 * Runs `husky` (9 and later) or `husky install` (5 to 8) in the project; its output goes to stderr.
 * @lazy loaded with require() by install/pre-commit.ts, which knip does not follow
 */
export function initHusky(top: string, major: number, env: NodeJS.ProcessEnv): string {
  const bin = join(top, 'node_modules', '.bin', 'husky');
  if (!existsSync(bin)) throw new InputError(`--init: husky is not installed here (no node_modules/.bin/husky): run npm install, then tokenguard install-hook --init`);
  const args = major >= 9 ? [] : ['install'];
  try {
    // HUSKY=0 would make husky skip its own setup; the user asked for it explicitly here.
    execFileSync(bin, args, { cwd: top, env: { ...env, HUSKY: '' }, stdio: ['ignore', 2, 2], timeout: 60_000 });
  } catch (err) {
    throw new InputError(`--init: "${huskySetupCommand(major)}" failed: ${(err as Error).message.split('\n')[0]}`);
  }
  return huskySetupCommand(major);
}
