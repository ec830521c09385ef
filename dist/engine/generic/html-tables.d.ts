import type { ColumnPair } from './columns';
export declare const HTML_FILE: RegExp;
/** An XML file, read as a spreadsheet when it holds a SpreadsheetML table. */
export declare const SPREADSHEET_FILE: RegExp;
/** Pairs of the cells under credential-naming header cells of the HTML tables whose header row holds a keyword. */
export declare function htmlTablePairs(bytes: Buffer, positions: number[]): ColumnPair[];
/** The same for the tables of an XML Spreadsheet 2003 file (none in other XML). */
export declare function spreadsheetPairs(bytes: Buffer, positions: number[]): ColumnPair[];
