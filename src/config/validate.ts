/**
 * Every problem with a run's configs, found in one pass: schema errors, allowlist patterns RE2 rejects,
 * sizes, custom rules (patterns, specs, ids) and unknown ids in `rules.disable`, across every layer. One
 * line each, "FILE: KEY PATH: what is wrong"; never the value, which may be (part of) a secret.
 */
import RE2 from 're2';
import { rulePatternProblems } from '../rules/compile';
import { builtinScanRules } from '../rules/load';
import { expandRegexMacros } from '../rules/macros';
import type { RuleDefinition } from '../rules/types';
import { parseSize } from '../util/size';
import { compileSchema, formatSchemaErrors } from '../util/json-schema';
import { configSchema } from './schema';

/** A parsed config that is not validated yet, with the name messages give it. */
export interface RawConfig {
  data: unknown;
  shown: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The schema's verdict plus the checks it cannot make (RE2 patterns, sizes) for one file. */
function fileProblems(data: unknown, file: string): string[] {
  if (!isObject(data)) return [`${file}: (root): must be an object`];
  const validate = compileSchema(configSchema());
  const problems = validate(data) ? [] : formatSchemaErrors(file, validate.errors);
  const allowlist = isObject(data.allowlist) ? data.allowlist : {};
  listOf(allowlist.regexes).forEach((pattern, i) => {
    if (typeof pattern !== 'string') return;
    try {
      new RE2(pattern, '');
    } catch {
      // RE2's message quotes the pattern, which may be (part of) a secret: say what is wrong instead.
      problems.push(`${file}: allowlist.regexes[${i}]: RE2 cannot compile it (no lookaround, backreferences or possessive quantifiers)`);
    }
  });
  const size = data.maxFileSize;
  const sizeReported = problems.some((p) => p.startsWith(`${file}: maxFileSize:`));
  if (!sizeReported && (typeof size === 'string' || typeof size === 'number') && parseSize(size) === undefined) {
    problems.push(`${file}: maxFileSize: not a size (bytes, or a size such as 10MB)`);
  }
  return problems;
}

/** A custom rule's pattern and spec problems; a rule the schema already rejected gets only what is safe to check. */
function customRuleProblems(given: unknown, where: string, schemaOk: boolean): string[] {
  if (!isObject(given) || typeof given.id !== 'string') return [];
  const rule = given as unknown as RuleDefinition;
  const patternsOk = (rule.regex === undefined || typeof rule.regex === 'string') && (rule.path === undefined || typeof rule.path === 'string');
  if (!schemaOk && !patternsOk) return [];
  const r = typeof rule.regex === 'string' ? { ...rule, regex: expandRegexMacros(rule.regex) } : rule;
  const problems: string[] = [];
  try {
    problems.push(...(schemaOk ? rulePatternProblems(r) : rulePatternProblems({ ...r, verify: undefined, revoke: undefined, allowlist: undefined })));
    if (schemaOk) {
      // The verify-spec lint (and the request templating it checks against) loads only for custom rules.
      const { specProblems } = require('../rules/spec-check') as typeof import('../rules/spec-check');
      problems.push(...specProblems(r).map((p) => p.slice(r.id.length + 2)));
    }
  } catch {
    // A shape the schema rejected (and reported) can trip a check written for valid rules.
  }
  return problems.map((p) => `${where}: ${p}`);
}

/**
 * Rule-level problems across layers: custom rules (patterns, specs, ids taken by a built-in or an earlier
 * custom rule) and `rules.disable` ids that no built-in or custom rule of any layer has.
 */
export function ruleProblems(layers: Array<RawConfig & { schemaOk: boolean }>): string[] {
  // Ids only: the scan bundle has them all, without the documentation a scan does not parse.
  const builtin = new Set(builtinScanRules().map((d) => d.id));
  const ids = new Set(builtin);
  const problems: string[] = [];
  const rulesOfLayer = (data: unknown) => (isObject(data) && isObject(data.rules) ? data.rules : {});
  for (const { data, shown, schemaOk } of layers) {
    listOf(rulesOfLayer(data).custom).forEach((given, i) => {
      problems.push(...customRuleProblems(given, `${shown}: rules.custom[${i}]`, schemaOk));
      const id = isObject(given) ? given.id : undefined;
      if (typeof id !== 'string') return;
      if (ids.has(id)) problems.push(`${shown}: rules.custom[${i}].id: already used by ${builtin.has(id) ? 'a built-in rule' : 'another custom rule'}`);
      ids.add(id);
    });
  }
  for (const { data, shown } of layers) {
    listOf(rulesOfLayer(data).disable).forEach((id, i) => {
      if (typeof id === 'string' && id !== '' && !ids.has(id)) problems.push(`${shown}: rules.disable[${i}]: unknown rule id`);
    });
  }
  return problems;
}

/** Every problem of a run's configs (in layer order), one line each; empty when all are valid. */
export function configsProblems(layers: RawConfig[]): string[] {
  const checked = layers.map((l) => ({ ...l, problems: fileProblems(l.data, l.shown) }));
  return [...checked.flatMap((l) => l.problems), ...ruleProblems(checked.map((l) => ({ ...l, schemaOk: l.problems.length === 0 })))];
}
