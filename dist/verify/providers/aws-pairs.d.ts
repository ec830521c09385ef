/**
 * An AWS secret key has no key id of its own: the key id sits somewhere near it, often next to other
 * key ids (a credentials file with several profiles). Each candidate key id, nearest first, is tried
 * until one gives a definitive answer. SignatureDoesNotMatch proves nothing (a wrong pairing, or a live
 * pair AWS rejects when requests come seconds apart), so it is retried once after a pause and then
 * counts as unknown; InvalidClientTokenId is dead for that key id only.
 */
import type { HttpResponse } from '../http';
import type { VerifyOutcome } from '../types';
/** Sends one signed GetCallerIdentity for a key id; a failure reason instead of a response when it could not complete. */
export type StsAttempt = (keyId: string) => Promise<HttpResponse | {
    failure: string;
}>;
/** How the pairings are tried. */
export interface PairOptions {
    attempt: StsAttempt;
    /** Pause before the one retry of a SignatureDoesNotMatch. */
    retryDelayMs: number;
    sleep: (ms: number) => Promise<void>;
    now: () => string;
}
/** Tries each key id in turn; the first active (or expired-token) answer decides. */
export declare function verifyPairs(keyIds: string[], o: PairOptions): Promise<VerifyOutcome>;
