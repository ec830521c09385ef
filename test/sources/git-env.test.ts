/**
 * The environment streaming git calls get (run.ts, streamingEnv): glibc's huge-page tunable added to
 * the caller's own, never over it, on Linux only, with every override of gitEnv kept.
 */
import { readFileSync } from 'node:fs';
import { gitEnv, spawnGit, streamingEnv } from '../../src/sources/git/run';
import { gitRepo } from '../helpers/fs';

it('adds the huge-page tunable on Linux and keeps the overrides every git call gets', () => {
  const base = { PATH: '/usr/bin', GIT_ASKPASS: '/tmp/steal', HOME: '/home/u' };
  const env = streamingEnv(base, 'linux');
  expect(env.GLIBC_TUNABLES).toBe('glibc.malloc.hugetlb=1');
  expect(env).toEqual({ ...gitEnv(base), GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' });
  expect(env.GIT_ASKPASS).toBeUndefined();
  expect(env.GIT_TERMINAL_PROMPT).toBe('0');
  expect(base).toEqual({ PATH: '/usr/bin', GIT_ASKPASS: '/tmp/steal', HOME: '/home/u' });
});

it("leaves the caller's own tunables as they are: this glibc applied only the first of two, so adding ours could drop theirs", () => {
  expect(streamingEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, 'linux').GLIBC_TUNABLES).toBe('glibc.malloc.arena_max=2');
  expect(streamingEnv({ GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' }, 'linux').GLIBC_TUNABLES).toBe('glibc.malloc.hugetlb=0');
  expect(streamingEnv({ GLIBC_TUNABLES: '' }, 'linux').GLIBC_TUNABLES).toBe('');
});

it('sets nothing off Linux, where no glibc reads it', () => {
  for (const platform of ['darwin', 'win32', 'freebsd'] as const) expect(streamingEnv({ PATH: '/bin' }, platform).GLIBC_TUNABLES).toBeUndefined();
  expect(streamingEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, 'darwin').GLIBC_TUNABLES).toBe('glibc.malloc.arena_max=2');
});

(process.platform === 'linux' ? it : it.skip)('a streaming git (cat-file) starts with the tunable in its environment', async () => {
  // As a run without tunables of its own starts it (a caller's own are left as they are, pinned above).
  const own = process.env.GLIBC_TUNABLES;
  delete process.env.GLIBC_TUNABLES;
  const child = spawnGit(gitRepo(), ['cat-file', '--batch']);
  if (own !== undefined) process.env.GLIBC_TUNABLES = own;
  const exited = new Promise((resolve) => child.on('close', resolve));
  // Read from the running process itself: what git got, not what was asked for.
  const environ = await new Promise<string[]>((resolve, reject) => {
    child.on('spawn', () => {
      try {
        resolve(readFileSync(`/proc/${child.pid}/environ`, 'utf8').split('\0'));
      } catch (err) {
        reject(err);
      }
    });
  });
  child.stdin.end();
  await exited;
  expect(environ).toContain('GLIBC_TUNABLES=glibc.malloc.hugetlb=1');
  expect(environ).toContain('GIT_TERMINAL_PROMPT=0');
});
