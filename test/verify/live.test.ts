/**
 * The live suite: verifies REAL tokens with the REAL providers. It never runs in CI: it is skipped
 * unless TOKENGUARD_LIVE_VERIFY=1, and then it checks each token given in a TOKENGUARD_LIVE_<RULE>
 * variable (see test/helpers/live-env.ts and the README). Use throwaway tokens; nothing is printed
 * but the rule id, the status and the reason.
 */
import { builtinRuleFiles, rulesOf } from '../../src/rules/load';
import { liveTokens, liveVariable, type LiveToken } from '../helpers/live-env';
import { findingFor, verifyOne } from '../helpers/verify-direct';

jest.setTimeout(120_000);

const rules = rulesOf(builtinRuleFiles()).filter((r) => r.verify);
const enabled = process.env.TOKENGUARD_LIVE_VERIFY === '1';
const tokens = enabled ? liveTokens(process.env, rules) : [];

test('tokens are read from TOKENGUARD_LIVE_<RULE> variables, with needs and an expected status', () => {
  const twilio = rules.find((r) => r.id === 'twilio.auth-token')!;
  const env = { [liveVariable(twilio.id)]: 'tok', TOKENGUARD_LIVE_TWILIO_AUTH_TOKEN__ACCOUNT_SID: 'AC1', TOKENGUARD_LIVE_TWILIO_AUTH_TOKEN__EXPECT: 'inactive' };
  expect(liveTokens(env, rules)).toEqual([{ rule: twilio, variable: 'TOKENGUARD_LIVE_TWILIO_AUTH_TOKEN', secret: 'tok', needs: { account_sid: 'AC1' }, expect: 'inactive' }]);
  expect(liveTokens({}, rules)).toEqual([]);
});

const suite = enabled ? describe : describe.skip;
const title = enabled ? 'live verification against the real providers' : 'live verification (skipped: set TOKENGUARD_LIVE_VERIFY=1 and TOKENGUARD_LIVE_<RULE> tokens to run it; CI never does)';

suite(title, () => {
  test('at least one TOKENGUARD_LIVE_<RULE> token is given', () => {
    expect(tokens.map((t) => t.variable).length).toBeGreaterThan(0);
  });

  const table: Array<[string, LiveToken | undefined]> = tokens.length > 0 ? tokens.map((t) => [t.rule.id, t]) : [['(no tokens)', undefined]];
  test.each(table)('%s', async (_id, t) => {
    if (!t) return;
    const out = await verifyOne(t.rule, findingFor(t.rule, t.secret, t.needs), {}, { perSecond: 1, concurrency: 1 });
    // The report must never carry the token, live or not.
    expect(JSON.stringify(out)).not.toContain(t.secret);
    expect({ rule: t.rule.id, status: out.status, reason: out.status === t.expect ? undefined : out.reason }).toEqual({ rule: t.rule.id, status: t.expect, reason: undefined });
  });
});
