import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { versionsAt } from '../../src/sources/git/merge-parents';
import { commitAll, git, gitRepo } from '../helpers/fs';

describe('versionsAt', () => {
  it('names the blob of each path at each commit, by the raw bytes of the path, in the order asked', async () => {
    const repo = gitRepo({ 'a b.cfg': 'one\n', 'dir/x.txt': 'two\n' });
    // A name that is not UTF-8, and one with a newline (which the batch protocol cannot ask about).
    const latin1 = Buffer.from('caf\xe9.cfg', 'latin1');
    writeFileSync(Buffer.concat([Buffer.from(`${repo}/`), latin1]), 'three\n');
    writeFileSync(join(repo, 'new\nline.cfg'), 'four\n');
    const first = commitAll(repo, 'first');
    writeFileSync(join(repo, 'a b.cfg'), 'one, changed\n');
    const second = commitAll(repo, 'second');
    const blob = (commit: string, path: string) => git(repo, 'rev-parse', `${commit}:${path}`).trim();
    const ids = await versionsAt(repo, [
      { commit: second, path: Buffer.from('a b.cfg') },
      { commit: first, path: Buffer.from('a b.cfg') },
      { commit: first, path: latin1 },
      { commit: first, path: Buffer.from('new\nline.cfg') },
      { commit: first, path: Buffer.from('missing.cfg') },
      // A folder is not a version of a file.
      { commit: first, path: Buffer.from('dir') },
      { commit: second, path: Buffer.from('dir/x.txt') },
    ]);
    const latin1Blob = git(repo, 'ls-tree', first).match(/blob ([0-9a-f]+)\t"caf\\351\.cfg"/)?.[1];
    expect(latin1Blob).toMatch(/^[0-9a-f]{40}$/);
    expect(ids).toEqual([blob(second, 'a b.cfg'), blob(first, 'a b.cfg'), latin1Blob, undefined, undefined, undefined, blob(second, 'dir/x.txt')]);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('asks git nothing when every path holds a newline', async () => {
    // Not a repository: a call to git here would fail.
    await expect(versionsAt('/nonexistent-dir', [{ commit: 'a'.repeat(40), path: Buffer.from('x\ny') }])).resolves.toEqual([undefined]);
  });
});
