/** Special files (raw paths relative to `root`) in the directories of `listed`, minus those git ignores unless `withIgnored`. */
export declare function specialFiles(root: string, listed: Buffer[], withIgnored?: boolean): Promise<Buffer[]>;
/** Display form of a special file's path. */
export declare const specialDisplay: (rel: Buffer) => string;
