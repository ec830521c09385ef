/** Decodes a raw path for display, escaping bytes that are not valid UTF-8. */
export declare function displayPath(raw: Buffer): string;
