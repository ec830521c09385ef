import type { RuleDefinition } from '../rules/types';
/**
 * The window half-width in bytes (the longest possible match), or undefined when the rule must run whole.
 * @lazy loaded with require() by engine/compiled-rule.ts and scripts/build.js, which knip does not follow
 */
export declare function windowSpan(def: RuleDefinition): number | undefined;
/**
 * True when no match of the rule can cross a line break: its windows can stop at the keyword's own line.
 * @lazy loaded with require() by engine/compiled-rule.ts and scripts/build.js, which knip does not follow
 */
export declare function lineLocal(def: RuleDefinition): boolean;
