/**
 * UTF-16 text decoded to UTF-8 for the engine, block by block. Line breaks survive decoding and the
 * engine counts columns in UTF-16 code units, so a finding's line and column are exactly those of the
 * file as a UTF-16-aware editor shows it; only its byte offsets are within the decoded text.
 */
import type { Finding } from '../engine/finding';
import type { NonText } from './types';
type Utf16 = Exclude<NonText, 'binary'>;
/** Decodes consecutive blocks of one UTF-16 stream, dropping its byte order mark. */
export declare class Utf16Decoder {
    private readonly kind;
    /** Bytes held back for the next block: an odd trailing byte, or a high surrogate whose pair may follow. */
    private carry?;
    private started;
    constructor(kind: Utf16);
    push(block: Buffer): Buffer;
    /** What is left: a surrogate without its pair becomes U+FFFD (one code unit, as in the file); an odd byte is dropped. */
    end(): Buffer;
    private hold;
    private unitAt;
    private decode;
}
/** Marks findings read from decoded UTF-16 text. */
export declare function utf16Place(kind: Utf16): (findings: Finding[]) => void;
export {};
