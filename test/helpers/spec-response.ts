/**
 * Builds a provider response that satisfies a rule's own verify outcome, so one local server can play
 * every spec'd provider: the status, JSON fields and headers the outcome asks for, plus values at the
 * paths it captures (identity, scopes, expiry) that the test then expects to see in the report.
 */
import type { CaptureSpec, OutcomeSpec, VerifySpec } from '../../src/verify/types';
import type { Canned } from './provider-server';

/** A canned answer and the captures the report should then show. */
export interface Played extends Canned {
  identity?: string;
  scopes?: string[];
  expiresAt?: string;
}

function statusOf(spec: OutcomeSpec['when']['status'], fallback: number): number {
  if (typeof spec === 'number') return spec;
  if (Array.isArray(spec)) return spec[0];
  if (typeof spec === 'string') return Number(spec[0]) * 100 + (spec[0] === '4' ? 1 : 0);
  return fallback;
}

/** Sets a dot path (numeric segments make arrays) in a JSON object. */
export function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = root;
  keys.forEach((k, i) => {
    if (i === keys.length - 1) {
      node[k] = value;
      return;
    }
    node[k] ??= /^\d+$/.test(keys[i + 1]) ? [] : {};
    node = node[k] as Record<string, unknown>;
  });
}

function place(c: CaptureSpec, value: string, json: Record<string, unknown>, headers: Record<string, string>): void {
  if (c.json !== undefined) setPath(json, c.json, value);
  else if (c.header) headers[c.header.toLowerCase()] = value;
}

/** The first outcome of `spec` with `result`, played as a response; undefined when the spec has none. */
export function playOutcome(spec: VerifySpec, result: 'active' | 'inactive', label: string): Played | undefined {
  const outcome = spec.outcomes.find((o) => o.result === result);
  if (!outcome) return undefined;
  const json: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  const played: Played = { status: statusOf(outcome.when.status, result === 'active' ? 200 : 401) };
  const cap = outcome.capture ?? {};
  if (cap.identity) place(cap.identity, (played.identity = `tg-identity-${label}`), json, headers);
  if (cap.scopes) {
    played.scopes = ['scope-read', 'scope-write'];
    place(cap.scopes, played.scopes.join(cap.scopes.split ?? ','), json, headers);
  }
  if (cap.expiresAt) place(cap.expiresAt, (played.expiresAt = '2031-02-03T04:05:06Z'), json, headers);
  const capturedPaths = new Set(
    Object.values(cap)
      .map((c) => (c as CaptureSpec).json)
      .filter((p): p is string => p !== undefined),
  );
  for (const [path, want] of Object.entries(outcome.when.json ?? {})) {
    if (want && typeof want === 'object' && 'exists' in want) {
      // A captured value already at this path satisfies "exists".
      if ((want as { exists: boolean }).exists && !capturedPaths.has(path)) setPath(json, path, 'present');
    } else setPath(json, path, want);
  }
  for (const [name, want] of Object.entries(outcome.when.header ?? {})) if (want !== false) headers[name.toLowerCase()] = want === true ? 'present' : want;
  let body = JSON.stringify(json);
  const needle = outcome.when.bodyContains;
  if (needle !== undefined && !body.includes(needle)) body = Object.keys(json).length === 0 ? needle : JSON.stringify({ ...json, note: needle });
  return { ...played, headers, body };
}
