/** Shannon entropy of a string in bits per character. */
export declare function shannonEntropy(value: string): number;
/**
 * A part of 16 characters or more that mixes cases and digits as a random draw does: its character class
 * changes at a quarter of its positions or more (`izpULQvL0EjmxjMWvduQ`: 9 of 20), where a camelCase name
 * changes at its words' edges only (`oauth2ClientCredentials`: 4 of 23).
 */
export declare function randomPart(p: string): boolean;
/** Where a string's character class (lower case, upper case, digit, other) changes from one character to the next: how many times. */
export declare function classChanges(s: string): number;
