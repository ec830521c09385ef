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
 * Pairs of the cells under credential-naming headers, when `bytes` starts with a CSV header line that
 * has one. `header` is the first line's end.
 */
export declare function columnPairs(bytes: Buffer, headerEnd: number): ColumnPair[];
/** Files whose pipe tables are read by their header (Markdown, as wikis and note apps write it). */
export declare const MARKDOWN_FILE: RegExp;
/**
 * Pairs of the cells under credential-naming headers of Markdown pipe tables whose header line holds a
 * keyword (`| Service | Account | Secret |` then `|---|---|---|`): a wiki's or a note's table of logins.
 */
export declare function markdownTablePairs(bytes: Buffer, positions: number[]): ColumnPair[];
