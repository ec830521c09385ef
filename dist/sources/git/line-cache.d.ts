/**
 * The line keys (line-index.ts) of recently read versions, bounded by bytes: the previous version of
 * a file is usually read some commits before the next one, and with its keys at hand only the changed
 * lines need scanning. Oldest out first.
 */
export declare class LineCache {
    private readonly maxBytes;
    private readonly entries;
    private bytes;
    constructor(maxBytes: number);
    get(id: string): Float64Array | undefined;
    set(id: string, keys: Float64Array): void;
}
