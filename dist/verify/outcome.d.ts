/** Turns a provider's response into a VerifyOutcome, by the spec's outcomes and the safety rules. */
import type { HttpResponse } from './http';
import type { CaptureSpec, OutcomeSpec, VerifyOutcome } from './types';
/** True when `status` fits a spec: a number, a list, or a class like "2xx". */
export declare function statusMatches(spec: number | number[] | string | undefined, status: number): boolean;
/** True when every dot path in `want` has its value (or, for `{ exists }`, its presence) in `json`. */
export declare function jsonMatches(want: Record<string, unknown> | undefined, json: unknown): boolean;
/** Reads one captured value (a string) out of a response. */
export declare function captureValue(c: CaptureSpec, res: HttpResponse, json: unknown, render?: (t: string) => string): string | undefined;
/** The outcome of a response. 429, 5xx, redirects, HTML pages and cut-off bodies are never "active". */
export declare function judge(outcomes: OutcomeSpec[], res: HttpResponse, checkedAt: string): VerifyOutcome;
