/**
 * A throwaway clone of this repository at its current commit, made the way a release is: dist/ committed
 * and the commit tagged. The pre-commit framework and npm install from it as they would from a tag on
 * GitHub. Uncommitted changes of the working tree are not in it.
 */
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli';
import { git, NO_GPGSIGN, tempDir } from './fs';

export const RELEASE_TAG = 'v0.1.0';

/** What a release clone needs from the working tree: a built dist/ (committed; npm test checks it against the sources). */
export const distBuilt = (): boolean => existsSync(join(ROOT, 'dist', 'cli', 'main.js')) && existsSync(join(ROOT, 'dist', 'rules.scan.json'));

/** Clones HEAD into a temp folder; with `dist`, commits the working tree's dist/ into it, without, removes a committed one; tags it. */
export function releaseClone(options: { dist: boolean }): string {
  const dir = tempDir('tg-release-');
  git(dir, 'init', '-q', '-b', 'main');
  appendFileSync(join(dir, '.git', 'config'), NO_GPGSIGN);
  git(dir, 'fetch', '-q', ROOT, 'HEAD');
  git(dir, 'reset', '-q', '--hard', 'FETCH_HEAD');
  const ignore = join(dir, '.gitignore');
  const tracked = git(dir, 'ls-files', '--', 'dist').trim() !== '';
  if (options.dist) {
    // The working tree's dist/ (npm test checks it against these sources), committed if it differs.
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    writeFileSync(ignore, readFileSync(ignore, 'utf8').replace(/^dist\/\n/m, ''));
    git(dir, 'add', '-A');
    if (git(dir, 'status', '--porcelain').trim() !== '') git(dir, 'commit', '-q', '-m', 'release: commit dist/');
  } else if (tracked) {
    // A checkout without a prebuilt dist/ (as before a release commits one).
    git(dir, 'rm', '-r', '-q', '--', 'dist');
    writeFileSync(ignore, `${readFileSync(ignore, 'utf8').replace(/^dist\/\n/m, '')}dist/\n`);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'a checkout without dist/');
  }
  git(dir, 'tag', RELEASE_TAG);
  return dir;
}
