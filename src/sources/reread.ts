/**
 * Re-reads the bytes a report points at, for `tokenguard revoke` when the report holds only redacted
 * secrets: a working-tree file under the report's root, or a git blob by id.
 */
import { closeSync, fstatSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors';
import { runGit } from './git/run';
import { OPEN_FLAGS, readUpTo } from './read';

/** Where a reported secret lives. */
export interface Location {
  root: string;
  path: string;
  source: string;
  blob?: string;
}

// A file far larger than any scanned one is not what the report saw.
const MAX_REREAD = 64 * 1024 * 1024;

function readRegularFile(file: string): Buffer {
  const fd = openSync(file, OPEN_FLAGS);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new InputError(`${file}: not a regular file`);
    if (st.size > MAX_REREAD) throw new InputError(`${file}: too large to re-read`);
    return readUpTo(fd, st.size);
  } finally {
    closeSync(fd);
  }
}

/** The bytes at a location; throws InputError naming the location when they are gone. */
export async function reread(loc: Location): Promise<Buffer> {
  if (loc.blob && /^[0-9a-f]{40,64}$/.test(loc.blob)) {
    const res = await runGit(loc.root, ['cat-file', 'blob', loc.blob]).catch(() => undefined);
    if (!res) throw new InputError(`${loc.path}: blob ${loc.blob.slice(0, 12)} is not in the repository at ${loc.root}`);
    return res.stdout;
  }
  if (loc.source !== 'worktree') throw new InputError(`${loc.path}: a ${loc.source} finding cannot be re-read; scan again with --show-secrets`);
  try {
    return readRegularFile(join(loc.root, ...loc.path.split('/')));
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${loc.path}: cannot re-read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}
