/** Fake secrets generated at test time from the built-in rules' own formats: nothing realistic is committed. */
import { fakeSecret, Prng } from '../../src/rules/fake';
import { builtinRuleFiles, rulesOf } from '../../src/rules/load';
import type { RuleDefinition } from '../../src/rules/types';

let rules: RuleDefinition[] | undefined;

/** Built-in rule definition by id. */
export function ruleById(id: string): RuleDefinition {
  rules ??= rulesOf(builtinRuleFiles());
  const r = rules.find((d) => d.id === id);
  if (!r) throw new Error(`no built-in rule ${id}`);
  return r;
}

/** A fake secret for a built-in rule; `seed` makes different tests get different secrets. */
export function fake(ruleId: string, seed = 'test'): string {
  return fakeSecret(ruleById(ruleId), new Prng(`${seed}:${ruleId}`));
}
