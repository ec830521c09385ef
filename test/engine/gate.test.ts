import RE2 from 're2';
import { CompiledRule, runnableRegex } from '../../src/engine/compiled-rule';
import { detect } from '../../src/engine/detect';
import { openRepetitions } from '../../src/engine/gate';
import { expandExamples } from '../../src/rules/examples';
import { builtinRuleFiles, rulesOf } from '../../src/rules/load';
import { buildRuleSet } from '../../src/rules/registry';
import { frag, testRule } from '../helpers/engine';

describe('openRepetitions', () => {
  it.each([
    ['a{0,40}b', 'a*b'],
    ['a{1,40}b', 'a+b'],
    ['a{5,30}?b', 'a{5,}?b'],
    ['(?:[^\\n]{0,120}\\n){0,3}?', '(?:[^\\n]*\\n){0,3}?'],
    ['[\\w.-]{0,20}x[a-z]{2,4}', '[\\w.-]*x[a-z]{2,4}'],
    ['[[:alpha:]]{0,40}', '[[:alpha:]]*'],
    ['\\Q{0,20}\\Ea{0,20}', '\\Q{0,20}\\Ea*'],
  ])('opens the long counted repetitions of %s', (pattern, open) => {
    expect(openRepetitions(pattern)).toBe(open);
  });

  it.each([
    ['short spreads, exact counts and open ones', 'x{2,9}y{40}z{3,}'],
    ['braces in a character class', '[{0,40}]x'],
    ['escaped braces', '\\{0,40\\}'],
    ['a class whose first member is ]', '[]{0,40}]'],
    ['braces in a class after a POSIX class', '[[:alpha:]{0,40}]x'],
    ['braces quoted by \\Q…\\E', 'x\\Qa{0,20}\\E'],
    ['braces quoted to the end of the pattern', 'x\\Qa{0,20}'],
  ])('leaves %s alone', (_what, pattern) => {
    expect(openRepetitions(pattern)).toBeUndefined();
  });
});

describe('a rule gate', () => {
  // key, up to 10 characters, then the token: the gate lets through a key further away, the rule does not.
  const rule = testRule({ id: 'test.near', regex: 'key[^\\n]{0,10}?(tok_[a-z0-9]{16})\\b', keywords: ['key'] });
  const set = buildRuleSet({ definitions: [rule], allowlistRegexes: [] });
  const TOKEN = 'tok_a1b2c3d4e5f6g7h8'; // tokenguard:allow (a made-up test value)

  it('is the rule with its long repetitions left open', () => {
    expect(new CompiledRule(rule).gate?.source).toBe('key[^\\n]*?(tok_[a-z0-9]{16})\\b');
    expect(new CompiledRule(testRule({ id: 'test.plain' })).gate).toBeUndefined();
  });

  it('decides nothing on its own: what it lets through still has to match the rule', () => {
    expect(detect(frag(`key = "${TOKEN}"`), set).map((f) => f.secret)).toEqual([TOKEN]);
    // The gate matches here (any distance), the rule does not (more than 10 characters between).
    expect(new CompiledRule(rule).gate!.test(Buffer.from(`key and then a long way on ${TOKEN}`))).toBe(true);
    expect(detect(frag(`key and then a long way on ${TOKEN}`), set)).toEqual([]);
    expect(detect(frag(`no keyword here, only ${TOKEN}`), set)).toEqual([]);
  });

  // The gate is only sound if it matches wherever the rule's own regex does: checked on every example of
  // every built-in rule, positive and negative, with the rule's regex as the engine runs it.
  it('matches wherever the rule matches, for every built-in rule with a gate', () => {
    const rules = rulesOf(builtinRuleFiles()).filter((d) => d.regex !== undefined);
    let gated = 0;
    let checked = 0;
    for (const def of rules) {
      const gate = new CompiledRule(def).gate;
      if (!gate) continue;
      gated++;
      const re = new RE2(...runnableRegex(def.regex!));
      const { positive, negative } = expandExamples(def, 'gate');
      for (const { text } of [...positive, ...negative]) {
        const bytes = Buffer.from(text);
        re.lastIndex = 0;
        if (re.exec(bytes) === null) continue;
        checked++;
        if (!gate.test(bytes)) throw new Error(`${def.id}: the gate misses ${JSON.stringify(text.slice(0, 80))}`);
      }
    }
    // Most built-in rules have one (845 of 1,106 at the time of writing), and their examples match.
    expect(gated).toBeGreaterThan(rules.length / 2);
    expect(checked).toBeGreaterThan(gated);
  });
});
