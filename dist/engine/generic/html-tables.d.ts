/**
 * Cells of an HTML table under a header cell that names a credential: a Confluence or wiki export's
 * page of shared logins (`<th>System</th><th>Account</th><th>Secret</th>`), which keeps each row on a
 * line of its own or spreads it over many. The header is the key of every cell below it, as a Markdown
 * table's is (columns.ts); the value's judgement is the extractor's as for any pair.
 */
import type { ColumnPair } from './columns';
export declare const HTML_FILE: RegExp;
/** Pairs of the cells under credential-naming header cells of the HTML tables whose header row holds a keyword. */
export declare function htmlTablePairs(bytes: Buffer, positions: number[]): ColumnPair[];
