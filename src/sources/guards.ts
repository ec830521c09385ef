/** Cheap content checks that decide whether a blob is worth scanning. */

const BINARY_PROBE = 8000;

/** git's heuristic: a NUL byte in the first 8000 bytes means binary. */
export function isBinary(bytes: Buffer): boolean {
  const end = Math.min(bytes.length, BINARY_PROBE);
  return bytes.subarray(0, end).indexOf(0) >= 0;
}

const LFS_HEADER = Buffer.from('version https://git-lfs.github.com/spec/v1');

/** A Git LFS pointer file: the real content lives elsewhere and is not scanned. */
export function isLfsPointer(bytes: Buffer): boolean {
  return bytes.length < 1024 && bytes.subarray(0, LFS_HEADER.length).equals(LFS_HEADER);
}

const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'go.sum',
  'Cargo.lock',
  'poetry.lock',
  'Pipfile.lock',
  'composer.lock',
  'Gemfile.lock',
  'mix.lock',
  'pubspec.lock',
  'packages.lock.json',
  'flake.lock',
  'uv.lock',
  'pdm.lock',
]);

/** A dependency lockfile: integrity hashes and resolved URLs, skipped unless asked for. */
export function isLockfile(path: string): boolean {
  return LOCKFILES.has(path.slice(path.lastIndexOf('/') + 1));
}
