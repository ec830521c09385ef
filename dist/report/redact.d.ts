/**
 * The single redaction point. Reporters, logs and error messages only ever see what these functions
 * return; the raw secret leaves this module only when the user asked for it with --show-secrets.
 */
/** What stands for the hidden part: one character, whatever the secret's length. */
export declare const HIDDEN = "\u2026";
/**
 * A fixed-width stand-in for a secret: the visible head, "…", the last two characters when at least 12
 * stay hidden, and the length: "ghp_…Yz (40 chars)". A 3,000-character PEM block is one short line,
 * not a wall of stars, and the width says nothing beyond the length it states.
 */
export declare function redactSecret(secret: string, prefix?: string): string;
/**
 * The secret as it is commonly re-encoded next to itself (a base64 copy in a Kubernetes manifest, a
 * percent-encoded copy in a URL): the decoder may not have reported those copies, so the context line
 * must not show them either. Base64 padding is left out so the form also matches inside longer runs.
 */
export declare function encodedForms(secret: string): string[];
/** Masks every occurrence of each secret (and of each of its lines, and its encoded forms) in `text`. */
export declare function maskText(text: string, secrets: Array<{
    secret: string;
    prefix?: string;
}>): string;
/**
 * The masked context line of a finding: every span where the engine saw a candidate on that line
 * (reported, filtered, allowlisted or suppressed) becomes stars; the finding's own secret and the other
 * findings on the line keep their redacted form (prefix and last two characters) with their encodings
 * masked; and a token the 400-byte excerpt cuts at either edge, which no rule could recognise any
 * more, is masked too. The spans are applied first, while the line still has its own length.
 */
export declare function maskContext(line: string, spans: Array<[number, number]> | undefined, cut: 'start' | 'end' | 'both' | undefined, secrets: Array<{
    secret: string;
    prefix?: string;
}>): string;
