/** The bytes `text` encodes in base58, or undefined when it holds a character outside the alphabet. */
export declare function base58Decode(text: string): Buffer | undefined;
/** `bytes` in base58 (each leading zero byte as a '1'). */
export declare function base58Encode(bytes: Uint8Array): string;
/** `payload` and its four-byte double-SHA-256 checksum, in base58. */
export declare function base58CheckEncode(payload: Buffer): string;
/** True when `text` is base58 of a payload followed by its four-byte double-SHA-256 checksum. */
export declare function isBase58Check(text: string): boolean;
