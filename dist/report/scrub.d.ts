/** A secret to mask wherever it occurs, with the prefix redaction may keep. */
export interface KnownSecret {
    secret: string;
    prefix?: string;
}
/** `text` with every recognisable and every known secret masked. */
export declare function scrubText(text: string, known?: KnownSecret[]): string;
