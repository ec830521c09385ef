"use strict";
/** Cheap checks that decide whether a file is worth scanning: LFS pointers and lockfiles. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isLfsPointer = isLfsPointer;
exports.isLockfile = isLockfile;
const LFS_VERSION = 'version https://git-lfs.github.com/spec/v1';
const LFS_MAX = 1024;
const LFS_KEY = /^[a-z0-9.-]+$/;
const LFS_OID = /^sha256:[0-9a-f]{64}$/;
const LFS_SIZE = /^[0-9]+$/;
/**
 * A Git LFS pointer file (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md): the real content
 * lives elsewhere and is not scanned. Only the whole format counts, since anything that passes is
 * skipped: the version line first, then `key value` lines in ascending key order, each ending in "\n",
 * with `oid sha256:<64 hex>` and `size <digits>`, under 1024 bytes, nothing else. Further keys (the
 * spec's `ext-N-name` extensions) must carry an oid too: a free-form value could hold anything.
 */
function isLfsPointer(bytes) {
    if (bytes.length >= LFS_MAX || bytes[bytes.length - 1] !== 0x0a || bytes[0] !== 0x76 /* v */)
        return false;
    const lines = bytes.toString('latin1', 0, bytes.length - 1).split('\n');
    if (lines[0] !== LFS_VERSION)
        return false;
    let previous = '';
    let oid = false;
    let size = false;
    for (const line of lines.slice(1)) {
        const space = line.indexOf(' ');
        const key = line.slice(0, space);
        const value = line.slice(space + 1);
        if (space < 0 || !LFS_KEY.test(key) || key <= previous || key === 'version')
            return false;
        previous = key;
        if (key === 'size')
            size = LFS_SIZE.test(value);
        else if (key === 'oid')
            oid = LFS_OID.test(value);
        if (!(key === 'size' ? size : LFS_OID.test(value)))
            return false;
    }
    return oid && size;
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
function isLockfile(path) {
    return LOCKFILES.has(path.slice(path.lastIndexOf('/') + 1));
}
