/** Parses "10MB", "512KiB", "2g" or a plain byte count; undefined when the text is not a size. */
export declare function parseSize(value: string | number): number | undefined;
/** 10485760 → "10.0 MiB" */
export declare function formatSize(bytes: number): string;
