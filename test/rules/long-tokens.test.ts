/**
 * Rules for tokens of up to thousands of characters. RE2 caps a count at 1,000, so a longer range is
 * written as nested counts (rules/providers/aws.yaml says why). These tests pin the range each such rule
 * accepts at its edges, so that rewriting a pattern for speed cannot move them.
 */
import { CompiledRule } from '../../src/engine/compiled-rule';
import { detect } from '../../src/engine/detect';
import { RuleSet } from '../../src/engine/ruleset';
import { Prng } from '../../src/rules/fake';
import { builtinRuleFiles, rulesOf } from '../../src/rules/load';
import { frag } from '../helpers/engine';

const rules = rulesOf(builtinRuleFiles());

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** `n` characters of base64's alphabet, drawn from a seeded generator (a fake: it is no key of anyone's). */
function base64Run(n: number): string {
  const rng = new Prng(`long-tokens-${n}`);
  return Array.from({ length: n }, () => BASE64[rng.int(BASE64.length)]).join('');
}

/** The secrets the rule finds in `text`. */
function found(id: string, text: string): string[] {
  const def = rules.find((r) => r.id === id)!;
  return detect(frag(text, 'deploy.env'), new RuleSet([new CompiledRule(def)])).map((f) => f.secret);
}

describe('aws.bedrock-api-key-short-term: the prefix, then 100 to 4,000 base64 characters and up to two "="', () => {
  const PREFIX = 'bedrock-api-key-YmVkcm9jay';

  it.each([100, 101, 899, 900, 901, 999, 1000, 1001, 1999, 2000, 2001, 2999, 3000, 3001, 3999, 4000])('finds the whole key with %i characters after the prefix', (n) => {
    const key = PREFIX + base64Run(n);
    expect(found('aws.bedrock-api-key-short-term', `AWS_BEARER_TOKEN_BEDROCK=${key}\n`)).toEqual([key]);
    expect(found('aws.bedrock-api-key-short-term', `Authorization: Bearer ${key}==`)).toEqual([`${key}==`]);
  });

  it.each([0, 99, 4001, 5000])('finds nothing with %i characters after the prefix', (n) => {
    expect(found('aws.bedrock-api-key-short-term', `AWS_BEARER_TOKEN_BEDROCK=${PREFIX}${base64Run(n)}\n`)).toEqual([]);
  });

  it('finds nothing when a third "=" follows', () => {
    expect(found('aws.bedrock-api-key-short-term', `k=${PREFIX}${base64Run(1500)}===\n`)).toEqual([]);
  });
});

describe('aws.session-token: an assignment, then 100 to 3,000 base64 characters and up to two "="', () => {
  it.each([100, 999, 1000, 2000, 3000])('finds the whole token with %i characters', (n) => {
    const token = base64Run(n);
    expect(found('aws.session-token', `aws_session_token = ${token}\n`)).toEqual([token]);
  });

  it.each([99, 3001])('finds nothing with %i characters', (n) => {
    expect(found('aws.session-token', `aws_session_token = ${base64Run(n)}\n`)).toEqual([]);
  });
});
