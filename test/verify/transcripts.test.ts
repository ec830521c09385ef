/**
 * Provider transcripts, played on a real server on 127.0.0.1 through --endpoint overrides: for every
 * documented case, the request the spec sends must be the one the provider documents (method, host,
 * path, where the secret goes), and the documented answer must give the outcome and captures the
 * transcript names. Unlike providers.test.ts, the answers come from the providers' documentation,
 * not from the spec under test, so a wrong status code or JSON field in a spec fails here.
 */
import { fakeSecret, Prng } from '../../src/rules/fake';
import { builtinRuleFiles, rulesOf } from '../../src/rules/load';
import type { RuleDefinition } from '../../src/rules/types';
import { stsRequest } from '../../src/verify/providers/aws';
import { prepareRequest } from '../../src/verify/request';
import { ProviderServer, type Canned } from '../helpers/provider-server';
import { fill, loadTranscripts, needValues, requestProblems, type Transcript, type TranscriptCase } from '../helpers/transcript';
import { findingFor, verifyOne } from '../helpers/verify-direct';

const rules = new Map(
  rulesOf(builtinRuleFiles())
    .filter((r) => r.verify)
    .map((r) => [r.id, r]),
);
const providerOf = (r: RuleDefinition) => r.provider ?? r.id.split('.')[0];
const transcripts = loadTranscripts();

let answer: Canned = { status: 418 };
const server = new ProviderServer(new Map(), () => answer);
let base = '';
beforeAll(async () => {
  base = await server.start();
});
afterAll(() => server.stop());

/** Every (transcript, case, rule) to play: documented cases only. */
const plays = transcripts.flatMap((t) =>
  t.documented === false
    ? []
    : t.cases.filter((c) => c.documented !== false).flatMap((c) => (c.rules ?? t.rules).map((id): [string, Transcript, TranscriptCase, string] => [`${t.provider}: ${c.name} [${id}]`, t, c, id])),
);

/** The host the spec really targets (no override), for a request built from these values. */
function specHost(rule: RuleDefinition, vars: Record<string, string>): string {
  if (rule.verify!.module === 'aws-sts') return stsRequest(vars['needs.key_id'], vars.secret, undefined, new Date()).url.host;
  return prepareRequest(rule.verify!.request!, vars).url.host;
}

function toCanned(c: TranscriptCase): Canned {
  const body = c.response.body ?? (c.response.json === undefined ? '' : JSON.stringify(c.response.json));
  return { status: c.response.status, headers: c.response.headers, body };
}

test('every provider with a verify spec has a transcript file', () => {
  const missing = [...new Set([...rules.values()].map(providerOf))].filter((p) => !transcripts.some((t) => t.provider === p));
  expect(missing).toEqual([]);
});

test('every transcript names real verify rules of its provider, and every case cites its source', () => {
  for (const t of transcripts) {
    expect({ file: t.file, provider: t.provider }).toEqual({ file: `${t.provider}.yaml`, provider: t.provider });
    if (t.documented === false) expect({ file: t.file, reason: typeof t.reason }).toEqual({ file: t.file, reason: 'string' });
    for (const c of t.cases) {
      for (const id of c.rules ?? t.rules)
        expect({ file: t.file, rule: id, provider: rules.has(id) ? providerOf(rules.get(id)!) : 'no verify spec' }).toEqual({ file: t.file, rule: id, provider: t.provider });
      expect({ file: t.file, case: c.name, source: /^https:\/\/\S+$/.test(c.source ?? '') }).toEqual({ file: t.file, case: c.name, source: true });
      if (c.documented === false) expect({ file: t.file, case: c.name, reason: typeof c.reason }).toEqual({ file: t.file, case: c.name, reason: 'string' });
    }
  }
});

test('every verify rule of a documented provider is played by at least one case', () => {
  const played = new Set(plays.map(([, , , id]) => id));
  const uncovered = [...rules.values()].filter((r) => transcripts.some((t) => t.provider === providerOf(r) && t.documented !== false) && !played.has(r.id)).map((r) => r.id);
  expect(uncovered).toEqual([]);
});

test.each(plays)('%s', async (_name, t, c, id) => {
  const rule = rules.get(id)!;
  const secret = fakeSecret(rule, new Prng(`transcript:${id}`));
  const needs = needValues(rule, c.needs);
  const vars: Record<string, string> = { secret, ...Object.fromEntries(Object.entries(needs).map(([k, v]) => [`needs.${k}`, v])) };
  answer = toCanned(c);
  server.seen.length = 0;
  const out = await verifyOne(rule, findingFor(rule, secret, needs), { [t.provider]: `${base}/${t.provider}` }, { awsRetryDelayMs: 1 });
  expect(server.seen.length).toBeGreaterThanOrEqual(1);
  expect({ host: specHost(rule, vars), problems: requestProblems(c.request, server.seen[0], `/${t.provider}`, vars) }).toEqual({ host: fill(c.request.host, vars).toLowerCase(), problems: [] });
  const got = { status: out.status, identity: out.identity, scopes: out.scopes, expiresAt: out.expiresAt };
  expect({ ...got, reason: got.status === c.expect.status ? undefined : out.reason }).toEqual({ identity: undefined, scopes: undefined, expiresAt: undefined, ...c.expect, reason: undefined });
});
