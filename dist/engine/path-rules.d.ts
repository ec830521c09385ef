/**
 * Rules that judge a file by its name alone (a PKCS#12 bundle, a Java keystore): the file itself is
 * the secret, whatever its bytes, so these run even on files skipped as binary or too large.
 */
import type { Finding } from './finding';
import type { Origin } from './fragment';
import type { RuleSet } from './ruleset';
/** Findings of the path-only rules for one path. */
export declare function pathFindings(path: string, origin: Origin, ruleSet: RuleSet): Finding[];
