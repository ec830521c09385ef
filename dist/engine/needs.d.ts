/** The values a verify or revoke spec needs besides the secret, found near it. */
import type { CompiledRule } from './compiled-rule';
import type { Finding } from './finding';
/**
 * Values a verify or revoke spec needs, searched near the secret: the nearest match of each need, and
 * for a need with several distinct matches every one of them, nearest first (an AWS secret key next
 * to several access key ids may belong to any of them).
 */
export declare function findNeeds(bytes: Buffer, start: number, end: number, needs: CompiledRule['needs']): Pick<Finding, 'needs' | 'needCandidates'>;
