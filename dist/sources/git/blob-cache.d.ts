/**
 * Recently read blob contents, bounded by bytes: the previous version of a file is usually read a few
 * commits before the next one, and with it at hand only the changed lines need scanning. Oldest out first.
 */
export declare class BlobCache {
    private readonly maxBytes;
    private readonly entries;
    private bytes;
    constructor(maxBytes: number);
    get(id: string): Buffer | undefined;
    set(id: string, content: Buffer): void;
}
