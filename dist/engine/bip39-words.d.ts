/** The word list in its order (a word's index is the 11 bits it encodes), for membership tests. */
export declare const BIP39_ENGLISH: ReadonlySet<string>;
