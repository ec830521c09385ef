import { type DropCounts } from './detect';
import type { Finding } from './finding';
import type { Fragment } from './fragment';
import type { RuleSet } from './ruleset';
export declare function analyze(fragment: Fragment, ruleSet: RuleSet, dropped?: DropCounts): Finding[];
