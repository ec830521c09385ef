/**
 * The line keys (line-index.ts) of recently read versions, bounded by bytes: the previous version of
 * a file is usually read some commits before the next one, and with its keys at hand only the changed
 * lines need scanning. Oldest out first.
 */
import type { CarryState } from './carry';
/** A remembered version: its line keys, and what it carries of its predecessors' secrets. */
export interface CachedVersion {
    keys: Float64Array;
    carry: CarryState;
}
export declare class LineCache {
    private readonly maxBytes;
    private readonly entries;
    private bytes;
    constructor(maxBytes: number);
    get(id: string): CachedVersion | undefined;
    set(id: string, version: CachedVersion): void;
}
