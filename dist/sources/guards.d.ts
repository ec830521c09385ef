/** Cheap checks that decide whether a file is worth scanning: LFS pointers and lockfiles. */
/**
 * A Git LFS pointer file (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md): the real content
 * lives elsewhere and is not scanned. Only the whole format counts, since anything that passes is
 * skipped: the version line first, then `key value` lines in ascending key order, each ending in "\n",
 * with `oid sha256:<64 hex>` and `size <digits>`, under 1024 bytes, nothing else. Further keys (the
 * spec's `ext-N-name` extensions) must carry an oid too: a free-form value could hold anything.
 */
export declare function isLfsPointer(bytes: Buffer): boolean;
/** A dependency lockfile: integrity hashes and resolved URLs, skipped unless asked for. */
export declare function isLockfile(path: string): boolean;
