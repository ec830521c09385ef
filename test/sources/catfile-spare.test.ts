/**
 * The cat-file a history scan starts ahead of settling (history.ts) waits unused with keepAlive(false):
 * a process that never asks anything of it still exits, and once in use it reads as any other.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CatFile } from '../../src/sources/git/catfile';
import { git, gitRepo } from '../helpers/fs';

const BUILT = join(__dirname, '..', '..', 'dist', 'sources', 'git', 'catfile.js');

/** A node process that starts a cat-file in `dir` and then has nothing left to do. */
function leaveUnused(dir: string, keepAlive: boolean, timeout: number) {
  const script = `const { CatFile } = require(${JSON.stringify(BUILT)}); const cat = new CatFile(${JSON.stringify(dir)}, 'batch'); cat.keepAlive(${keepAlive}); process.stdout.write('started');`;
  return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout, killSignal: 'SIGKILL' });
}

it('lets the process exit while it waits unused, where a cat-file kept alive holds it', () => {
  const dir = gitRepo({ a: 'one\n' });
  const idle = leaveUnused(dir, false, 60_000);
  expect([idle.stdout, idle.status, idle.signal]).toEqual(['started', 0, null]);
  // The control: the same process with the cat-file holding it is still there when it is killed.
  const held = leaveUnused(dir, true, 2_000);
  expect([held.stdout, held.signal]).toEqual(['started', 'SIGKILL']);
});

it('reads objects once put to use after waiting unused', async () => {
  const dir = gitRepo({ a: 'one\n', b: 'two\n' });
  const ids = ['a', 'b'].map((f) => git(dir, 'hash-object', '-w', f).trim());
  const cat = new CatFile(dir, 'batch');
  cat.keepAlive(false);
  await new Promise((resolve) => setTimeout(resolve, 50));
  cat.keepAlive(true);
  for (const id of ids) cat.request(id);
  cat.end();
  const seen: string[] = [];
  for await (const obj of cat) seen.push(obj.content!.toString());
  expect(seen).toEqual(['one\n', 'two\n']);
});
