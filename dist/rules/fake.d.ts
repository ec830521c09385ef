import { RegexNode } from '../engine/regex-syntax';
/** A deterministic pseudo-random source; the same seed yields the same fakes on every run. */
export declare class Prng {
    private state;
    constructor(seed: string);
    /** A float in [0, 1). */
    next(): number;
    int(n: number): number;
    pick<T>(items: ArrayLike<T>): T;
    string(alphabet: string, length: number): string;
}
export declare const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** Draws one string that the parsed pattern matches. */
export declare function generateFromNode(node: RegexNode, rng: Prng): string;
/** Draws a string from an RE2 pattern. */
export declare function generateFromPattern(pattern: string, rng: Prng): string;
/** The minimal shape fake generation needs from a rule. */
export interface FakeSource {
    id: string;
    regex?: string;
    fake?: string;
    checksum?: string;
}
/** A fake secret for `rule`: its `fake` template, or a draw from its capture group, with any checksum fixed up. */
export declare function fakeSecret(rule: FakeSource, rng: Prng): string;
/**
 * Expands `{{secret}}`, `{{gen:/RE/}}`, `{{NAME}}` and `{{NAME:ARG}}` placeholders.
 * `{{b64:...}}`, `{{url:...}}` and `{{hexenc:...}}` encode their expanded contents.
 */
export declare function expandTemplate(text: string, rng: Prng, secret: string | undefined): string;
/** A structurally valid HS256 JWT with a random subject and signature. */
export declare function fakeJwt(rng: Prng): string;
/** A PEM block of the given label with a random base64 body. */
export declare function fakePem(label: string, rng: Prng): string;
