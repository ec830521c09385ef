import { type IdentityScheme } from '../engine/identity';
/** One accepted finding. */
export interface BaselineEntry {
    ruleId: string;
    path: string;
    secretId: string;
}
/** The baseline file. */
export interface Baseline {
    version: 2;
    identity: IdentityScheme;
    entries: BaselineEntry[];
}
/** A baseline as read: current, or an old one whose entries hold plain SHA-256 hashes. */
export type LoadedBaseline = {
    kind: 'current';
    baseline: Baseline;
    shown: string;
} | {
    kind: 'legacy';
    entries: BaselineEntry[];
    shown: string;
};
/** What a finding offers a baseline: its entry fields and, for old baselines, the secret (never stored). */
type Matchable = BaselineEntry & {
    secret: string;
    identityText?: string;
};
/** The baseline for a set of findings, deduplicated and sorted. */
export declare function createBaseline(findings: BaselineEntry[], identity: IdentityScheme): Baseline;
/** Serialised form: stable key order, one entry per line block, trailing newline. */
export declare function formatBaseline(b: Baseline): string;
/** The baseline a scan picks up by itself, at the scanned root or the repository root (like .tokenguardignore). */
export declare const BASELINE_FILE = ".tokenguard-baseline.json";
/** Parses and checks baseline text; problems name the file and entry, never a value. */
export declare function parseBaseline(text: string, shown: string): LoadedBaseline;
/** Throws when a baseline was written with other identities than this run computes (another key, or none). */
export declare function checkScheme(loaded: LoadedBaseline, run: IdentityScheme): void;
/** The one-line warning an old baseline gets. */
export declare function legacyWarning(shown: string): string;
/** Drops findings the baseline already accepts. */
export declare function applyBaseline<T extends Matchable>(findings: T[], loaded: LoadedBaseline, run: IdentityScheme): {
    kept: T[];
    suppressed: number;
    warnings: string[];
};
/**
 * Rewrites an old baseline with current identities: each old entry whose secret the scan found again
 * (same rule, path and plain SHA-256) carries over; the others cannot be re-derived and are dropped.
 */
export declare function migrateBaseline<T extends Matchable>(old: BaselineEntry[], findings: T[], run: IdentityScheme): {
    baseline: Baseline;
    carried: number;
    dropped: number;
};
export {};
