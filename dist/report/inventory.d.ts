/**
 * The token inventory: every distinct secret a scan found, grouped by secret hash, with who owns it,
 * what it can do and how old it is. Built from a (redacted) report, so it never holds more than the
 * report shows.
 */
import type { VerifyOutcome } from '../verify/types';
import type { Report } from './model';
/** A point in history where a secret was seen. */
export interface Sighting {
    commit?: string;
    date?: string;
    path: string;
}
/** One distinct secret. */
export interface InventoryEntry {
    secretId: string;
    /** Redacted unless the scan ran with --show-secrets. */
    secret: string;
    provider: string;
    ruleId: string;
    ruleName: string;
    severity: string;
    /** Places the secret was found (paths, and commits carrying the same blob). */
    locations: number;
    paths: string[];
    firstSeen?: Sighting;
    lastSeen?: Sighting;
    /** History: whether HEAD still has it; worktree: true (it is on disk now). */
    inHead?: boolean;
    verification?: VerifyOutcome;
}
/** The inventory of one scan. */
export interface Inventory {
    tool: Report['tool'];
    root?: string;
    source: Report['source'];
    complete: boolean;
    secrets: InventoryEntry[];
}
/**
 * Triage order: most severe first; within a severity, secrets HEAD still carries before those only in
 * history; then the most recently seen; rule and hash keep the order stable.
 */
export declare function compareEntries(a: InventoryEntry, b: InventoryEntry): number;
/**
 * Groups a report's findings by secret identity, in triage order (compareEntries).
 * @lazy loaded with require() by cli/commands/inventory.ts, which knip does not follow
 */
export declare function buildInventory(report: Report): Inventory;
/**
 * One entry is one block of lines: a multi-line secret (a private key shown with --show-secrets), or a
 * path or identity with a newline, would otherwise break the block and could fake another entry.
 */
export declare function oneLine(s: string): string;
/**
 * Plain-text inventory: one block per secret.
 * @lazy loaded with require() by cli/commands/inventory.ts, which knip does not follow
 */
export declare function inventoryText(inv: Inventory): string;
