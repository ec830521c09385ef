import type { ColumnPair } from './columns';
/** Files read as SQL. */
export declare const SQL_FILE: RegExp;
/** Pairs of the values under credential-naming columns in SQL `bytes` (offsets within the bytes). */
export declare function sqlColumnPairs(bytes: Buffer): ColumnPair[];
