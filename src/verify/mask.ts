/**
 * Captured values (identity, scopes, expiry) come from the provider's answer, and some providers echo
 * the token back. Any stretch of a capture that repeats the secret, or 8 or more characters of it in a
 * row, is masked before the value reaches the finding, and so every report.
 */
import type { VerifyOutcome } from './types';

/** Shortest run of the secret's characters that counts as a copy of it. */
const MIN_RUN = 8;

/** `value` with every run of >= 8 characters that also occurs in `secret` (or the whole secret) starred. */
export function maskSecretIn(value: string, secret: string): string {
  if (!secret || !value) return value;
  const hide = new Array<boolean>(value.length).fill(false);
  const run = Math.min(MIN_RUN, secret.length);
  for (let i = 0; i + run <= value.length; i++) {
    if (secret.includes(value.slice(i, i + run))) hide.fill(true, i, i + run);
  }
  return hide.some(Boolean)
    ? value
        .split('')
        .map((c, i) => (hide[i] ? '*' : c))
        .join('')
    : value;
}

/** The outcome with its captures masked against `secret` (the reason never holds response data). */
export function maskCaptures(outcome: VerifyOutcome, secret: string): VerifyOutcome {
  const out = { ...outcome };
  if (out.identity !== undefined) out.identity = maskSecretIn(out.identity, secret);
  if (out.scopes) out.scopes = out.scopes.map((s) => maskSecretIn(s, secret));
  if (out.expiresAt !== undefined) out.expiresAt = maskSecretIn(out.expiresAt, secret);
  return out;
}
