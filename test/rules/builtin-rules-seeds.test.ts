/**
 * The built-in rules' examples with other fake secrets than the default draw: the examples must not
 * depend on one lucky draw. Split from builtin-rules.test.ts (each seed lints every rule, tens of seconds
 * of CPU), so jest can spread the seeds over its workers.
 */
import { checkRules } from '../../src/rules/check';
import { readRuleDir, RULES_DIR, rulesOf } from '../../src/rules/load';

describe('built-in rules with different fake secrets', () => {
  const rules = rulesOf(readRuleDir(RULES_DIR));

  it.each(['seed-a', 'seed-b', 'seed-c'])('all pass the rule linter with fake secrets drawn from %s', (seed) => {
    const report = checkRules(rules, seed);
    expect(report.problems).toEqual([]);
    expect(report.examples).toBeGreaterThanOrEqual(rules.length * 3);
  });
});
