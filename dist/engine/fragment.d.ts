/** Where a fragment came from. */
export type OriginKind = 'worktree' | 'staged' | 'history' | 'stdin';
/** Provenance of a fragment beyond its path. */
export interface Origin {
    kind: OriginKind;
    /** Commit that introduced the blob (history) */
    commit?: string;
    /** Git blob id (staged, history) */
    blob?: string;
    /** History: author of the introducing commit and its author date (ISO 8601) */
    author?: string;
    email?: string;
    date?: string;
}
/** A run of bytes to scan. Bytes, not strings: RE2 matches Buffers directly and non-UTF-8 content survives. */
export interface Fragment {
    bytes: Buffer;
    /** Path relative to the scanned root, with "/" separators. */
    path: string;
    /** 1-based line number of the first byte. */
    startLine: number;
    /** Byte offset of the first byte within the whole file or stream. */
    offset: number;
    /** Leading bytes the previous fragment of the same file already covered. */
    overlap: number;
    origin: Origin;
}
