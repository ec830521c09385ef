/**
 * The rule linter behind `tokenguard rules check` and the jest rule suite. It reports every problem
 * at once: malformed or duplicate ids, patterns RE2 rejects, and examples that do not behave.
 */
import { detect } from '../engine/detect';
import { pathFindings } from '../engine/path-rules';
import type { Fragment } from '../engine/fragment';
import { RuleSet } from '../engine/ruleset';
import { CompiledRule } from '../engine/compiled-rule';
import { rulePatternProblems } from './compile';
import { expandTemplate, Prng } from './fake';
import { expandExamples, type ExpandedExample } from './examples';
import { specProblems } from './spec-check';
import { syntaxSamples } from './syntax-matrix';
import type { RuleDefinition } from './types';

/** The outcome of linting a set of rules. */
export interface CheckReport {
  rules: number;
  examples: number;
  problems: string[];
}

const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;

function fragmentOf(text: string, path: string): Fragment {
  return { bytes: Buffer.from(text), path, startLine: 1, offset: 0, overlap: 0, origin: { kind: 'worktree' } };
}

/** Lints one rule's examples against the real engine; returns problem lines. */
export function checkExamples(def: RuleDefinition, seed = ''): { problems: string[]; count: number } {
  const problems: string[] = [];
  let expanded;
  try {
    expanded = expandExamples(def, seed);
  } catch (err) {
    return { problems: [`${def.id}: examples: ${(err as Error).message}`], count: 0 };
  }
  const rule = new CompiledRule(def);
  const set = new RuleSet([rule]);
  if (def.regex === undefined && !def.extractor) return checkPathExamples(def, set, expanded);
  const path = examplePath(def);
  expanded.positive.forEach((ex, i) => {
    const where = `${def.id}: examples.positive[${i}]`;
    const lower = ex.text.toLowerCase();
    if (rule.keywords.length > 0 && !rule.keywords.some((k) => lower.includes(k))) problems.push(`${where}: contains none of the keywords (${rule.keywords.join(', ')})`);
    const found = detect(fragmentOf(ex.text, path), set);
    if (found.length === 0) problems.push(`${where}: no match`);
    else if (ex.secret !== undefined && !found.some((f) => f.secret === ex.secret)) {
      problems.push(`${where}: matched ${found.length} secret(s) but not the expected one (length ${ex.secret.length})`);
    }
    // An example is a file's last line; in a file a line follows it. A `$` without (?m) only matches at the
    // fragment's end, which a passing example hides (a Wi-Fi rule and a Cisco key-string rule found nothing mid-file);
    // rules of a whole file (`\A…\z`) mean it.
    else if (!/\n\s*$/.test(ex.text) && !def.regex?.includes('\\z') && detect(fragmentOf(`${ex.text}\n!\n`, path), set).length === 0)
      problems.push(`${where}: no match once a line follows it (a $ without (?m)?)`);
  });
  expanded.negative.forEach((ex, i) => {
    const found = detect(fragmentOf(ex.text, path), set);
    if (found.length > 0) problems.push(`${def.id}: examples.negative[${i}]: unexpectedly matched`);
  });
  const matrix = checkSyntaxMatrix(def, set, expanded.positive);
  problems.push(...matrix.problems);
  return { problems, count: expanded.positive.length + expanded.negative.length + matrix.count };
}

/** The first positive example's secret, assigned in every matrix syntax, must be found there too. */
function checkSyntaxMatrix(def: RuleDefinition, set: RuleSet, positive: ExpandedExample[]): { problems: string[]; count: number } {
  const secret = positive.find((ex) => ex.secret !== undefined)?.secret;
  if (secret === undefined) return { problems: [], count: 0 };
  const samples = syntaxSamples(def, secret);
  const problems = samples
    .filter((s) => !detect(fragmentOf(s.text, s.path), set).some((f) => f.secret === secret))
    .map((s) => `${def.id}: syntax ${s.syntax}: the secret is not found in ${JSON.stringify(s.text.replace(secret, '{{secret}}'))} (fix the regex, or state syntaxExempt with a reason)`);
  return { problems, count: samples.length };
}

/** A path-only rule's examples are file paths that must (or must not) be flagged. */
function checkPathExamples(def: RuleDefinition, set: RuleSet, expanded: { positive: ExpandedExample[]; negative: ExpandedExample[] }): { problems: string[]; count: number } {
  const problems: string[] = [];
  const origin = { kind: 'worktree' as const };
  expanded.positive.forEach((ex, i) => {
    const lower = ex.text.toLowerCase();
    if (!def.keywords.some((k) => lower.includes(k.toLowerCase()))) problems.push(`${def.id}: examples.positive[${i}]: contains none of the keywords (${def.keywords.join(', ')})`);
    if (pathFindings(ex.text, origin, set).length === 0) problems.push(`${def.id}: examples.positive[${i}]: path not flagged`);
  });
  expanded.negative.forEach((ex, i) => {
    if (pathFindings(ex.text, origin, set).length > 0) problems.push(`${def.id}: examples.negative[${i}]: path unexpectedly flagged`);
  });
  return { problems, count: expanded.positive.length + expanded.negative.length };
}

/** A path that satisfies the rule's own path pattern, if it has one. */
export function examplePath(def: RuleDefinition): string {
  // The generic extractor weighs the file a value sits in: its examples are lines of a configuration file.
  if (def.extractor) return 'config/app.env';
  if (!def.path) return 'example.txt';
  try {
    return expandTemplate(`{{gen:/${def.path}/}}`, new Prng(def.id), undefined);
  } catch {
    return 'example.txt';
  }
}

/**
 * What built-in rules need beyond the shared schema: references for reviewers, and negative examples
 * that keep precision honest. Custom rules in a config may leave both out.
 */
export function builtinProblems(def: RuleDefinition): string[] {
  const problems: string[] = [];
  if (!def.references?.length) problems.push(`${def.id}: references: a rule under rules/ needs at least one (https URL documenting the format)`);
  if (!def.examples.negative?.length) problems.push(`${def.id}: examples.negative: a rule under rules/ needs at least one`);
  return problems;
}

/** Lints a whole rule list: ids, patterns, examples. */
export function checkRules(rules: RuleDefinition[], seed = ''): CheckReport {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  let examples = 0;
  for (const def of rules) {
    if (!ID_RE.test(def.id)) problems.push(`${def.id}: id must be dotted lowercase words, e.g. provider.token-kind`);
    seen.set(def.id, (seen.get(def.id) ?? 0) + 1);
    const patternProblems = rulePatternProblems(def);
    for (const p of patternProblems) problems.push(`${def.id}: ${p}`);
    problems.push(...specProblems(def));
    if (patternProblems.length > 0) continue;
    const r = checkExamples(def, seed);
    problems.push(...r.problems);
    examples += r.count;
  }
  for (const [id, n] of seen) if (n > 1) problems.push(`${id}: id is used by ${n} rules`);
  return { rules: rules.length, examples, problems };
}
