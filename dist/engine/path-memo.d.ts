/**
 * Answers about a path, remembered: history scans meet the same path in thousands of versions and
 * fragments, and testing every path rule's pattern on it each time cost more than scanning its changes.
 */
export declare class PathMemo<T> {
    private readonly compute;
    private readonly limit;
    private readonly known;
    constructor(compute: (path: string) => T, limit?: number);
    get(path: string): T;
}
