/** `text` with every secret the built-in rules find in it masked. */
export declare function scrubMessage(text: string, showSecrets: boolean): string;
