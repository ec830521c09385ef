/**
 * The live verification suite's input: real tokens in environment variables, one per rule. The
 * variable of rule `github.pat-classic` is TOKENGUARD_LIVE_GITHUB_PAT_CLASSIC; a value the spec needs
 * goes in TOKENGUARD_LIVE_<RULE>__<NEED> (…_TWILIO_AUTH_TOKEN__ACCOUNT_SID), and the expected status,
 * when it is not "active" (a token you revoked on purpose), in TOKENGUARD_LIVE_<RULE>__EXPECT.
 */
import type { RuleDefinition } from '../../src/rules/types';

/** One real token to verify. */
export interface LiveToken {
  rule: RuleDefinition;
  variable: string;
  secret: string;
  needs: Record<string, string>;
  expect: 'active' | 'inactive' | 'unknown';
}

/** The environment variable that carries a rule's token. */
export const liveVariable = (ruleId: string) => `TOKENGUARD_LIVE_${ruleId.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;

/** Every token the environment gives for a rule with a verify spec. */
export function liveTokens(env: NodeJS.ProcessEnv, rules: RuleDefinition[]): LiveToken[] {
  const out: LiveToken[] = [];
  for (const rule of rules) {
    const variable = liveVariable(rule.id);
    const secret = env[variable];
    if (!secret || !rule.verify) continue;
    const needs: Record<string, string> = {};
    for (const name of Object.keys(rule.verify.needs ?? {})) {
      const value = env[`${variable}__${name.toUpperCase()}`];
      if (value) needs[name] = value;
    }
    const want = env[`${variable}__EXPECT`] ?? 'active';
    if (want !== 'active' && want !== 'inactive' && want !== 'unknown') throw new Error(`${variable}__EXPECT must be active, inactive or unknown`);
    out.push({ rule, variable, secret, needs, expect: want });
  }
  return out;
}
