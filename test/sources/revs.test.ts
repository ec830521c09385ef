/** What a history scan asks git before its walk (revs.ts): HEAD's blobs and the stash reflog, on real repositories. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headBlobs, stashReflog } from '../../src/sources/git/revs';
import { commitAll, git, gitRepo, tempDir } from '../helpers/fs';

const objectPath = (dir: string, id: string) => join(dir, '.git', 'objects', id.slice(0, 2), id.slice(2));

it("lists HEAD's blobs, none before the first commit, and fails (not empty) when HEAD's tree is missing", async () => {
  const dir = gitRepo();
  expect((await headBlobs(dir)).size).toBe(0); // no commit yet: nothing is in HEAD
  writeFileSync(join(dir, 'a.txt'), 'one\n');
  commitAll(dir, 'first');
  const blob = git(dir, 'rev-parse', 'HEAD:a.txt').trim();
  const blobs = await headBlobs(dir);
  expect([blobs.size, blobs.has(blob)]).toEqual([1, true]);
  // A damaged repository is an error, never an empty HEAD (which would call every secret "history only").
  rmSync(objectPath(dir, git(dir, 'rev-parse', 'HEAD^{tree}').trim()));
  await expect(headBlobs(dir)).rejects.toThrow(/git ls-tree exited with code 128/);
});

it('walks every stash entry, and finds none in a repository that never stashed', async () => {
  const dir = gitRepo({ 'a.txt': 'one\n' });
  commitAll(dir, 'first');
  expect(await stashReflog(dir)).toEqual([]);
  for (const text of ['two\n', 'three\n']) {
    writeFileSync(join(dir, 'a.txt'), text);
    git(dir, 'stash', '-q');
  }
  const entries = await stashReflog(dir);
  expect(entries).toEqual([git(dir, 'rev-parse', 'stash@{0}').trim(), git(dir, 'rev-parse', 'stash@{1}').trim()]);
});

it("finds the stash through the repository's shared folder from a linked worktree, and asks git when that folder is not plainly one", async () => {
  const dir = gitRepo({ 'a.txt': 'one\n' });
  commitAll(dir, 'first');
  const common = join(dir, '.git');
  expect(await stashReflog(dir, common)).toEqual([]); // no logs/refs/stash: nothing, and no git asked
  writeFileSync(join(dir, 'a.txt'), 'two\n');
  git(dir, 'stash', '-q');
  const linked = join(tempDir(), 'linked');
  git(dir, 'worktree', 'add', '-q', linked);
  const entry = git(dir, 'rev-parse', 'stash@{0}').trim();
  expect(await stashReflog(linked, common)).toEqual([entry]);
  // A folder without a HEAD is not taken for a git folder: git is asked, and finds the stash.
  const empty = join(tempDir(), 'not-git');
  mkdirSync(empty);
  expect(await stashReflog(dir, empty)).toEqual([entry]);
});
