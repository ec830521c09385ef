/**
 * Plays every revoke spec's provider: a request is matched to the (rule, step) whose URL it renders
 * to, and answered with that step's success status and JSON plus a value for each capture, so a
 * two-step spec's lookup feeds its delete exactly as the real provider's answer would.
 */
import type { RuleDefinition } from '../../src/rules/types';
import { render } from '../../src/verify/template';
import type { Canned, SeenRequest } from './provider-server';
import type { Planted } from './verify-fixture';

/** The captured value the player returns for `name` (what the next step's URL will then carry). */
export const captured = (name: string) => `cap-${name}`;

function successStatus(s: number | number[] | string | undefined): number {
  if (typeof s === 'number') return s;
  if (Array.isArray(s)) return s[0];
  return 200;
}

function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = root;
  keys.forEach((k, i) => {
    if (i === keys.length - 1) node[k] = value;
    else node = (node[k] ??= /^\d+$/.test(keys[i + 1]) ? [] : {}) as Record<string, unknown>;
  });
}

/** The path and query a step's request would have, for a planted secret (needs are matched loosely). */
function expectedPath(rule: RuleDefinition, step: number, secret: string): string {
  const vars: Record<string, string> = { secret, secrets_json: '[]' };
  rule.revoke!.steps.forEach((s, i) => Object.keys(s.capture ?? {}).forEach((n) => (vars[`steps.${i}.${n}`] = captured(n))));
  const url = rule.revoke!.steps[step].request.url.replace(/\{\{\s*needs\.[a-z0-9_]+[^}]*\}\}/g, '');
  const tenantless = url.replace(/^https:\/\/\.?/, 'https://');
  const u = new URL(render(tenantless, vars));
  return u.pathname + u.search;
}

/** Answers a revoke request for the planted rules; 404 when nothing matches (the test then fails). */
export function revokeAnswer(planted: Planted[], seen: SeenRequest): Canned {
  const path = seen.url.replace(/^\/[^/]+/, ''); // drop the /provider prefix --endpoint added
  for (const p of planted) {
    const steps = p.rule.revoke!.steps;
    for (let i = 0; i < steps.length; i++) {
      if (steps[i].request.method !== seen.method || decodeURIComponent(expectedPath(p.rule, i, p.secret)) !== decodeURIComponent(path)) continue;
      const json: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(steps[i].success?.json ?? {})) setPath(json, k, v);
      for (const [name, c] of Object.entries(steps[i].capture ?? {})) if (c.json !== undefined) setPath(json, c.json, captured(name));
      const headers = Object.fromEntries(Object.entries(steps[i].capture ?? {}).filter(([, c]) => c.header).map(([n, c]) => [c.header!.toLowerCase(), captured(n)]));
      return { status: successStatus(steps[i].success?.status), headers, body: JSON.stringify(json) };
    }
  }
  return { status: 404, body: '{"message":"no such route in the test player"}' };
}
