/** What a working-tree scan is told about the files under it (repo.ts listWorktree), on a real repository. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listWorktree } from '../../src/sources/git/repo';
import { commitAll, git, gitRepo } from '../helpers/fs';

const names = (list: Buffer[]) => list.map((b) => b.toString('utf8')).sort();

it('tells tracked, deleted, untracked and ignored files apart, lists a conflicted path once, and keeps odd names whole', async () => {
  const dir = gitRepo({ 'kept.txt': 'a\n', 'gone.txt': 'b\n', 'both.txt': 'base\n', '.gitignore': '*.log\nbuild/\n', 'tab\there.txt': 'c\n' });
  commitAll(dir, 'base');
  // A merge conflict: both.txt sits in the index at stages 1, 2 and 3.
  git(dir, 'checkout', '-q', '-b', 'side');
  writeFileSync(join(dir, 'both.txt'), 'side\n');
  commitAll(dir, 'side');
  git(dir, 'checkout', '-q', 'main');
  writeFileSync(join(dir, 'both.txt'), 'main\n');
  commitAll(dir, 'main');
  expect(() => git(dir, 'merge', '-q', 'side')).toThrow();
  rmSync(join(dir, 'gone.txt'));
  writeFileSync(join(dir, 'new\nline.env'), 'TOKEN=x\n');
  writeFileSync(join(dir, 'debug.log'), 'x\n');
  git(dir, 'status'); // the index is refreshed as a user's would be

  const listing = await listWorktree(dir);
  expect(names(listing.tracked)).toEqual(['.gitignore', 'both.txt', 'gone.txt', 'kept.txt', 'tab\there.txt']);
  expect([...listing.deleted]).toEqual(['gone.txt']);
  expect(names(listing.untracked)).toEqual(['new\nline.env']);
  expect(names(listing.ignored)).toEqual(['debug.log']);
  expect(listing.gitlinks).toEqual([]);
  expect(listing.unreadableDirs).toEqual([]);
});
