import type { KeyVerdict } from './keys';
/** The verdict on a value: a veto, or a score from -2 (a word, not a secret) to +2 (random). */
export interface ValueVerdict {
    veto?: string;
    score: number;
    reason: string;
    /** A human-chosen password rather than a generated secret: reported at a lower severity. */
    weak: boolean;
}
/** A Google app password as Google shows it: 16 lower-case letters in four groups (not four words of prose). */
export declare const APP_PASSWORD_SHAPE = "[a-z]{4}(?: [a-z]{4}){3}";
/**
 * Judges a value; `code` is true in source code, where an unquoted word is a variable, unless `text`:
 * the pair sits inside a string literal (a connection string's field).
 */
export declare function judgeValue(v: string, key: KeyVerdict, quoted: boolean, code: boolean, text?: boolean): ValueVerdict;
