/**
 * Loads rule files: the built-in set (from the bundle the build writes, or from rules/ in a source
 * checkout) and user files. Every file is validated against rules/schema/rule-file.schema.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RuleError } from '../errors';
import { compileSchema, formatSchemaErrors } from '../util/json-schema';
import { PACKAGE_ROOT } from '../util/package-root';
import { expandRegexMacros } from './macros';
import type { RuleDefinition, RuleFile } from './types';

export const RULES_DIR = join(PACKAGE_ROOT, 'rules');
const BUNDLE = join(PACKAGE_ROOT, 'dist', 'rules.bundle.json');
const SCAN_BUNDLE = join(PACKAGE_ROOT, 'dist', 'rules.scan.json');

/** The rule-file JSON Schema. */
export function ruleFileSchema(): { $id: string } {
  return JSON.parse(readFileSync(join(RULES_DIR, 'schema', 'rule-file.schema.json'), 'utf8'));
}

/** Parses YAML or JSON text; a syntax error names the file and position. */
export function parseData(text: string, file: string): unknown {
  if (/\.json$/i.test(file)) {
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new RuleError(`${file}: invalid JSON: ${(err as Error).message}`);
    }
  }
  // yaml is loaded lazily: the common run uses the prebuilt JSON bundle and never needs it.
  const YAML = require('yaml') as typeof import('yaml');
  const doc = YAML.parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0];
    throw new RuleError(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  return doc.toJS();
}

/** Validates parsed data as a rule file and stamps each rule with its provider. */
export function validateRuleFile(data: unknown, file: string): RuleFile {
  const validate = compileSchema<RuleFile>(ruleFileSchema());
  if (!validate(data)) throw new RuleError(formatSchemaErrors(file, validate.errors).join('\n'));
  for (const rule of data.rules) {
    rule.provider = data.provider;
    if (rule.regex !== undefined) rule.regex = expandRegexMacros(rule.regex);
  }
  return data;
}

/** Reads and validates one rule file. */
export function readRuleFile(path: string, displayName = path): RuleFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new RuleError(`${displayName}: cannot read rule file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return validateRuleFile(parseData(text, displayName), displayName);
}

/** Paths of the rule files under a directory (schema excluded), sorted. */
export function listRuleFiles(dir: string): string[] {
  const fg = require('fast-glob') as typeof import('fast-glob');
  return fg.sync(['**/*.{yaml,yml,json}'], { cwd: dir, ignore: ['schema/**', 'data/**'], absolute: true, dot: false }).sort();
}

/** Reads every rule file under `dir`, collecting all problems before failing. */
export function readRuleDir(dir: string): RuleFile[] {
  const files: RuleFile[] = [];
  const problems: string[] = [];
  for (const path of listRuleFiles(dir)) {
    try {
      files.push(readRuleFile(path, relative(PACKAGE_ROOT, path) || path));
    } catch (err) {
      if (!(err instanceof RuleError)) throw err;
      problems.push(err.message);
    }
  }
  if (problems.length > 0) throw new RuleError(problems.join('\n'));
  return files;
}

let builtinCache: RuleFile[] | undefined;

/** The built-in rule files: the prebuilt bundle when present, else rules/ read and validated. */
export function builtinRuleFiles(): RuleFile[] {
  if (builtinCache) return builtinCache;
  if (existsSync(BUNDLE)) {
    builtinCache = JSON.parse(readFileSync(BUNDLE, 'utf8')) as RuleFile[];
  } else {
    builtinCache = readRuleDir(RULES_DIR);
  }
  return builtinCache;
}

let scanCache: RuleDefinition[] | undefined;

/**
 * The built-in rules as a scan needs them: the build's scan bundle, which leaves out description,
 * references, examples, tags, fake, syntaxKey and syntaxExempt (half the bytes to parse at start-up).
 * Same rules, same order as builtinRuleFiles(); where the documentation is needed (SARIF, rules check)
 * use that instead. Without a build it is the full set.
 */
export function builtinScanRules(): RuleDefinition[] {
  if (scanCache) return scanCache;
  if (builtinCache || !existsSync(SCAN_BUNDLE)) return (scanCache = rulesOf(builtinRuleFiles()));
  return (scanCache = rulesOf(JSON.parse(readFileSync(SCAN_BUNDLE, 'utf8')) as RuleFile[]));
}

/** Flattens rule files into their rules. */
export function rulesOf(files: RuleFile[]): RuleDefinition[] {
  return files.flatMap((f) => f.rules);
}
