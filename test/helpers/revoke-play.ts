/**
 * Plays every revoke spec's provider: a request is matched to the (rule, step) whose URL it renders
 * to, and answered with that step's success status and JSON plus a value for each capture, so a
 * two-step spec's lookup feeds its delete exactly as the real provider's answer would.
 */
import type { RuleDefinition } from '../../src/rules/types';
import { render } from '../../src/verify/template';
import type { Canned, SeenRequest } from './provider-server';
import { setPath } from './spec-response';
import type { Planted } from './verify-fixture';

/** The captured value the player returns for `name` (what the next step's URL will then carry). */
export const captured = (name: string) => `cap-${name}`;

function successStatus(s: number | number[] | string | undefined): number {
  if (typeof s === 'number') return s;
  if (Array.isArray(s)) return s[0];
  return 200;
}

/** A pattern for the path and query a step's request would have, for a planted secret (needs match any value). */
function expectedPath(rule: RuleDefinition, step: number, secret: string): RegExp {
  const vars: Record<string, string> = { secret, secrets_json: '[]' };
  rule.revoke!.steps.forEach((s, i) => Object.keys(s.capture ?? {}).forEach((n) => (vars[`steps.${i}.${n}`] = captured(n))));
  for (const n of Object.keys(rule.revoke!.needs ?? {})) vars[`needs.${n}`] = 'NEEDVALUE';
  const url = rule.revoke!.steps[step].request.url.replace(/^https:\/\/\{\{[^}]*\}\}\./, 'https://');
  const u = new URL(render(url, vars));
  const escaped = decodeURIComponent(u.pathname + u.search).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/NEEDVALUE/g, '[^/?&]+')}$`);
}

/** Answers a revoke request for the planted rules; 404 when nothing matches (the test then fails). */
export function revokeAnswer(planted: Planted[], seen: SeenRequest): Canned {
  const path = seen.url.replace(/^\/[^/]+/, ''); // drop the /provider prefix --endpoint added
  // The rule whose secret the request carries first: rules of one provider often share a path.
  const ordered = [...planted.filter((p) => p.rule.id === seen.label), ...planted.filter((p) => p.rule.id !== seen.label)];
  for (const p of ordered) {
    const steps = p.rule.revoke!.steps;
    for (let i = 0; i < steps.length; i++) {
      if (steps[i].request.method !== seen.method || !expectedPath(p.rule, i, p.secret).test(decodeURIComponent(path))) continue;
      const json: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(steps[i].success?.json ?? {})) setPath(json, k, v);
      // A filtered capture reads a list: put a decoy (someone else's credential) first to prove the filter.
      const decoy: Record<string, unknown> = {};
      let listed = false;
      for (const [name, c] of Object.entries(steps[i].capture ?? {})) {
        if (c.json === undefined) continue;
        setPath(json, c.json, captured(name));
        setPath(decoy, c.json, `decoy-${name}`);
        for (const [path, t] of Object.entries(c.where ?? {})) {
          setPath(json, path, render(t, { secret: p.secret }));
          setPath(decoy, path, 'someone-elses-token');
          listed = true;
        }
      }
      const headers = Object.fromEntries(
        Object.entries(steps[i].capture ?? {})
          .filter(([, c]) => c.header)
          .map(([n, c]) => [c.header!.toLowerCase(), captured(n)]),
      );
      return { status: successStatus(steps[i].success?.status), headers, body: JSON.stringify(listed ? [decoy, json] : json) };
    }
  }
  return { status: 404, body: '{"message":"no such route in the test player"}' };
}
