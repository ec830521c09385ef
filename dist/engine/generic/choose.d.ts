/** Bytes a key's word is made of (letters, digits, `_ $ @ . -`): 1, else 0. */
export declare const WORDISH: Uint8Array<ArrayBuffer>;
/**
 * Which patterns can match around the keywords at `hits` (offsets in the line): what follows the key a
 * keyword sits in decides. Most keywords in code are not keys at all (`tokens.push(token)`), and the
 * rest need one pattern, not all seven: one native call per line instead of seven.
 */
export declare function patternsFor(line: Buffer, hits: number[]): number[];
