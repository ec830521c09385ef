/**
 * The rule-file format. Its types and enum lists are generated from rules/schema/rule-file.schema.json
 * (src/generated/rule-file.ts, `npm run gen:types`); written by hand here is only what the loader and
 * the build add to a rule, which no file may say.
 */
import type { RuleEntry, RuleFile as WrittenRuleFile } from '../generated/rule-file';
import { SEVERITIES } from '../generated/rule-file';
export type { Severity } from '../generated/rule-file';
export { SEVERITIES };
/** A rule as the code sees it: as written (schema-checked), plus what the loader and the build fill in. */
export interface RuleDefinition extends RuleEntry {
    /** Filled in by the loader from the file's provider. */
    provider?: string;
    /** Filled in by the build for bundled rules: the window half-width (null: the rule runs over everything). */
    windowSpan?: number | null;
    /** Filled in by the build for bundled rules: no match crosses a line break, so windows stop at the keyword's line. */
    lineLocal?: boolean;
}
/** One file under rules/ as loaded: a provider and its rules. */
export interface RuleFile extends Omit<WrittenRuleFile, 'rules'> {
    rules: RuleDefinition[];
}
/** Rank of a severity, 0 the most severe (the schema lists them in that order); an unknown one ranks last. */
export declare function severityRank(s: string): number;
