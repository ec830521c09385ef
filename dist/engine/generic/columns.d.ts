/**
 * Cells of a CSV or TSV file under a header that names a credential: a browser's or password manager's
 * export (`name,url,username,password`), a users table dumped with its `api_token` column. The header
 * is the key of every cell below it; the value's judgement is the extractor's as for any pair.
 */
import type { Pair } from './extract';
/** A pair of a cell and its column's header, with the row's bounds (offsets within the bytes). */
export interface ColumnPair extends Pair {
    ls: number;
    le: number;
}
/**
 * The name a header cell gives its column: the cell, or of a cell naming two things (`Password / Key`,
 * `Password or token`, `password_or_key`, Polish `haslo_lub_klucz`, a shared logins sheet's) the part that names a credential most strongly.
 */
export declare function columnKey(name: string): string;
/**
 * Where a CSV file's header line starts and ends: its first line, or the first after `#` comment lines
 * (an export's title and warning above the header).
 */
export declare function headerLine(bytes: Buffer): [number, number];
/**
 * Pairs of the cells under credential-naming headers, when the CSV header line at
 * `bytes[headerStart..headerEnd)` has one.
 */
export declare function columnPairs(bytes: Buffer, headerStart: number, headerEnd: number): ColumnPair[];
/** Files whose pipe tables are read by their header (Markdown, as wikis and note apps write it). */
export declare const MARKDOWN_FILE: RegExp;
/**
 * Pairs of the cells under credential-naming headers of Markdown pipe tables whose header line holds a
 * keyword (`| Service | Account | Secret |` then `|---|---|---|`): a wiki's or a note's table of logins.
 */
export declare function markdownTablePairs(bytes: Buffer, positions: number[]): ColumnPair[];
