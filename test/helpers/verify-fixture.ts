/**
 * A folder with one file per spec'd rule, each holding that rule's fake secret in one of its own
 * positive examples plus any value its spec needs (an account id, a tenant host), and the ids,
 * secrets and --endpoint flags that point every provider at one local ProviderServer.
 */
import { createHash } from 'node:crypto';
import RE2 from 're2';
import { expandTemplate, fakeSecret, generateFromPattern, Prng } from '../../src/rules/fake';
import { examplePath } from '../../src/rules/check';
import { builtinRuleFiles, rulesOf } from '../../src/rules/load';
import type { RuleDefinition } from '../../src/rules/types';
import { requestNames } from '../../src/verify/template';
import type { RequestSpec } from '../../src/verify/types';
import { tempDir, writeTree } from './fs';

/** One rule planted in the fixture. */
export interface Planted {
  rule: RuleDefinition;
  secret: string;
  sha: string;
  /** Values planted for the spec's needs; they may be secrets of their own (a Datadog API key next to an app key). */
  incidental: string[];
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Names of needs a rule's specs really use (optional ones, like AWS's session token, are left out). */
function usedNeeds(rule: RuleDefinition): string[] {
  const reqs = [rule.verify?.request, ...(rule.revoke?.steps ?? []).map((s) => s.request)].filter((r): r is RequestSpec => r !== undefined);
  const names = reqs
    .flatMap(requestNames)
    .filter((n) => n.startsWith('needs.'))
    .map((n) => n.slice(6));
  return [...new Set(names)];
}

/** Text that a need's regex matches, checked with RE2 so a fixture bug fails loudly. */
function needText(rule: RuleDefinition, name: string, rng: Prng): string {
  const need = rule.verify?.needs?.[name] ?? rule.revoke?.needs?.[name];
  if (!need) throw new Error(`${rule.id}: uses needs.${name} but declares no such need`);
  const text = generateFromPattern(need.regex, rng);
  if (!new RE2(need.regex, 'u').test(text)) throw new Error(`${rule.id}: generated "${name}" text does not match its own regex`);
  return text;
}

/** Built-in rules with a declarative spec of the given kind. */
export function specRules(kind: 'verify' | 'revoke'): RuleDefinition[] {
  return rulesOf(builtinRuleFiles()).filter((r) => (kind === 'verify' ? r.verify && !r.verify.module : r.revoke));
}

/** Writes the fixture folder for `rules`. */
export function plant(rules: RuleDefinition[], seed: string): { dir: string; planted: Planted[] } {
  const dir = tempDir('tg-verify-');
  const files: Record<string, string> = {};
  const planted = rules.map((rule) => {
    const rng = new Prng(`${seed}:${rule.id}`);
    const secret = fakeSecret(rule, rng);
    const texts = (rule.examples?.positive ?? []).map((e) => (typeof e === 'string' ? e : e.text));
    const example = texts.find((e) => e.includes('{{secret}}')) ?? 'token = {{secret}}';
    const line = expandTemplate(example, rng, secret);
    // A need the example already satisfies (Mailchimp's data centre is the key's own suffix) is not added again.
    const missing = usedNeeds(rule).filter((n) => !new RE2((rule.verify?.needs?.[n] ?? rule.revoke?.needs?.[n])!.regex, 'u').test(line));
    // Path-restricted rules (a Datadog Agent datadog.yaml) need a file name their path pattern accepts.
    const needLines = missing.map((n) => needText(rule, n, rng));
    files[`${rule.id}/${examplePath(rule).replace(/^\/+/, '')}`] = [line, ...needLines, ''].join('\n');
    const incidental = missing.map((n, i) => new RE2((rule.verify?.needs?.[n] ?? rule.revoke?.needs?.[n])!.regex, 'u').exec(needLines[i])![1]);
    return { rule, secret, sha: sha256(secret), incidental };
  });
  writeTree(dir, files);
  return { dir, planted };
}

/** --endpoint flags sending each provider to its own path on `base`. */
export function endpointFlags(rules: RuleDefinition[], base: string): string[] {
  const providers = [...new Set(rules.map((r) => r.provider ?? r.id.split('.')[0]))];
  return providers.flatMap((p) => ['--endpoint', `${p}=${base}/${p}`]);
}
