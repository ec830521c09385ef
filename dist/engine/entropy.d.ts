/** Shannon entropy of a string in bits per character. */
export declare function shannonEntropy(value: string): number;
