/**
 * Temp folders for tests, each one remembered so that test/helpers/cleanup.ts (set up for every test file
 * in jest.config.js) removes them all after the file's tests: a run of the suite leaves nothing behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/** A fresh empty folder under the OS temp dir, removed after the test file. */
export function trackedTempDir(prefix = 'tg-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder made so far; returns how many there were. */
export function removeTempDirs(): number {
  const n = made.size;
  for (const dir of made) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  made.clear();
  return n;
}
