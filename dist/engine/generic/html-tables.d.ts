import type { ColumnPair } from './columns';
export declare const HTML_FILE: RegExp;
/** Pairs of the cells under credential-naming header cells of the HTML tables whose header row holds a keyword. */
export declare function htmlTablePairs(bytes: Buffer, positions: number[]): ColumnPair[];
