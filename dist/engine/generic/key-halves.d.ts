/** A judged pair's key, where its value starts (byte offset in the fragment), its length and its line's start. */
export interface KeyAt {
    key: string;
    start: number;
    length: number;
    line: number;
}
/** The judged pairs of a fragment by their key's words (joined by spaces): each key is split once. */
export type PairsByName = Map<string, KeyAt[]>;
/** Indexes `pairs` by name, for hasSecretHalf. */
export declare function byName(pairs: readonly KeyAt[]): PairsByName;
/**
 * Whether the pair `at` names a key whose secret half is among `pairs` (the pairs of lines, not of a
 * table's rows, whose cells are one record's, each a credential of its own): within REACH, on another
 * line, and longer than the key, as secrets that sign are (Confluent's 16-character key and 64-character
 * secret; DHL's secret is the shorter half).
 */
export declare function hasSecretHalf(at: KeyAt, pairs: PairsByName): boolean;
