/**
 * Captured values (identity, scopes, expiry) come from the provider's answer, and some providers echo
 * the token back. Any stretch of a capture that repeats the secret, or 8 or more characters of it in a
 * row, is masked before the value reaches the finding, and so every report.
 */
import type { VerifyOutcome } from './types';
/** `value` with every run of >= 8 characters that also occurs in `secret` (or the whole secret) starred. */
export declare function maskSecretIn(value: string, secret: string): string;
/** The outcome with its captures masked against `secret` (the reason never holds response data). */
export declare function maskCaptures(outcome: VerifyOutcome, secret: string): VerifyOutcome;
