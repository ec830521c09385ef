/**
 * Facts about a rule that its definition may leave implicit, written once here. The loader stamps
 * `provider` on every rule it reads (rules/load.ts, rules/registry.ts) and CompiledRule keeps both
 * values; code that holds only a definition asks these functions.
 */
import type { RuleDefinition } from '../rules/types';
/** The rule's provider: the one its file names, else the first part of its id. */
export declare function ruleProvider(def: Pick<RuleDefinition, 'id' | 'provider'>): string;
/** A rule's precedence on contested bytes: its declared priority, else 0, and -10 for generic rules. */
export declare function rulePriority(def: Pick<RuleDefinition, 'priority' | 'generic'> | undefined): number;
