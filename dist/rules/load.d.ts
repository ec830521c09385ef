import type { RuleDefinition, RuleFile } from './types';
export declare const RULES_DIR: string;
/** The rule-file JSON Schema. */
export declare function ruleFileSchema(): {
    $id: string;
};
/** Parses YAML or JSON text; a syntax error names the file and position. */
export declare function parseData(text: string, file: string): unknown;
/** Validates parsed data as a rule file and stamps each rule with its provider. */
export declare function validateRuleFile(data: unknown, file: string): RuleFile;
/** Reads and validates one rule file. */
export declare function readRuleFile(path: string, displayName?: string): RuleFile;
/** Paths of the rule files under a directory (schema excluded), sorted. */
export declare function listRuleFiles(dir: string): string[];
/** Reads every rule file under `dir`, collecting all problems before failing. */
export declare function readRuleDir(dir: string): RuleFile[];
/** The built-in rule files: the prebuilt bundle when present, else rules/ read and validated. */
export declare function builtinRuleFiles(): RuleFile[];
/**
 * The built-in rules as a scan needs them: the build's scan bundle, which leaves out description,
 * references, examples, tags, fake, syntaxKey and syntaxExempt (half the bytes to parse at start-up).
 * Same rules, same order as builtinRuleFiles(); where the documentation is needed (SARIF, rules check)
 * use that instead. Without a build it is the full set.
 */
export declare function builtinScanRules(): RuleDefinition[];
/** Flattens rule files into their rules. */
export declare function rulesOf(files: RuleFile[]): RuleDefinition[];
