/**
 * An AWS secret key has no key id of its own: the key id sits somewhere near it, often next to other
 * key ids (a credentials file with several profiles). Each candidate key id, nearest first, is tried
 * until one gives a definitive answer. SignatureDoesNotMatch proves nothing (a wrong pairing, or a live
 * pair AWS rejects when requests come seconds apart), so it is retried once after a pause and then
 * counts as unknown; InvalidClientTokenId is dead for that key id only.
 */
import type { HttpResponse } from '../http';
import type { VerifyOutcome } from '../types';
import { stsOutcome, type StsVerdict } from './aws';

/** Sends one signed GetCallerIdentity for a key id; a failure reason instead of a response when it could not complete. */
export type StsAttempt = (keyId: string) => Promise<HttpResponse | { failure: string }>;

/** How the pairings are tried. */
export interface PairOptions {
  attempt: StsAttempt;
  /** Pause before the one retry of a SignatureDoesNotMatch. */
  retryDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => string;
}

async function once(keyId: string, o: PairOptions): Promise<{ verdict: StsVerdict; outcome: VerifyOutcome }> {
  const res = await o.attempt(keyId);
  if ('failure' in res) return { verdict: 'other', outcome: { status: 'unknown', checkedAt: o.now(), reason: res.failure } };
  return stsOutcome(res, o.now());
}

/** Tries each key id in turn; the first active (or expired-token) answer decides. */
export async function verifyPairs(keyIds: string[], o: PairOptions): Promise<VerifyOutcome> {
  const seen: string[] = [];
  let allDead = keyIds.length > 0;
  for (const keyId of keyIds) {
    let r = await once(keyId, o);
    if (r.verdict === 'mismatch') {
      await o.sleep(o.retryDelayMs);
      r = await once(keyId, o);
    }
    if (r.verdict === 'active' || r.verdict === 'expired') return r.outcome;
    if (r.verdict !== 'no-such-key') allDead = false;
    seen.push(r.outcome.reason ?? r.verdict);
  }
  const tried = keyIds.length === 1 ? 'the key id near it' : `each of the ${keyIds.length} key ids near it`;
  const summary = [...new Set(seen)].join(', ');
  if (allDead) return { status: 'inactive', checkedAt: o.now(), reason: `${summary} for ${tried}` };
  return { status: 'unknown', checkedAt: o.now(), reason: `no definitive answer for ${tried} (${summary})` };
}
