/**
 * The suppression stage after detection, one for the CLI and the library (runScan's `suppress`
 * option), so both report the same findings: the ignore file, then the baseline, over findings whose
 * identities are set. Allowlists and inline markers act earlier, in the engine; their counts come from
 * the scan's drop counts. Where the files come from (disk, or the base revision of an untrusted range)
 * is the caller's business: the stage takes their text.
 */
import type { Finding } from '../engine/finding';
import type { IdentityScheme } from '../engine/identity';
import { severityRank, type Severity } from '../rules/types';
import type { DataFile } from '../sources/data-file';
import type { ScanResult } from '../sources/types';
import { applyBaseline, parseBaseline } from './baseline';
import { applyIgnoreFile, parseIgnoreFile } from './ignore-file';

/** What the stage applies. */
export interface StageInputs {
  ignoreFile?: DataFile;
  baseline?: DataFile;
  /** Warn about ignore-file entries that matched nothing (--report-stale-ignores). */
  reportStaleIgnores?: boolean;
  /** How the findings' identities were computed: a baseline written another way is an error, not a silent miss. */
  identity: IdentityScheme;
}

/** What the stage kept, what each mechanism removed, and what it has to say (never a value). */
export interface StageOutcome {
  findings: Finding[];
  counts: { ignoreFile: number; baseline: number };
  warnings: string[];
}

/** Drops the findings the ignore file and then the baseline accept. */
export function suppress(findings: Finding[], inputs: StageInputs): StageOutcome {
  const out: StageOutcome = { findings, counts: { ignoreFile: 0, baseline: 0 }, warnings: [] };
  if (inputs.ignoreFile) {
    const { text, shown } = inputs.ignoreFile;
    const outcome = applyIgnoreFile(out.findings, parseIgnoreFile(text, shown), shown, inputs.reportStaleIgnores === true);
    out.findings = outcome.kept;
    out.counts.ignoreFile = outcome.suppressed;
    out.warnings.push(...outcome.warnings);
  }
  if (inputs.baseline) {
    const outcome = applyBaseline(out.findings, parseBaseline(inputs.baseline.text, inputs.baseline.shown), inputs.identity);
    out.findings = outcome.kept;
    out.counts.baseline = outcome.suppressed;
    out.warnings.push(...outcome.warnings);
  }
  return out;
}

/**
 * Runs the stage on a scan result: keeps what it keeps, records every mechanism's count (the engine's
 * allowlist and inline drops, plus `settledInline` that the CLI's untrusted-range check dropped) for the
 * summary, and adds its warnings to the ledger's.
 */
export function applyStage(result: ScanResult, inputs: StageInputs, settledInline = 0): void {
  const outcome = suppress(result.findings, inputs);
  result.findings = outcome.findings;
  result.suppressed = { allowlist: result.dropped.allowlist ?? 0, inline: (result.dropped.inline ?? 0) + settledInline, ...outcome.counts };
  result.ledger.warnings.push(...outcome.warnings);
}

/** Default lowest severity reported: `info` rules find identifiers that are public by design (publishable keys, SIDs). */
export const DEFAULT_MIN_SEVERITY: Severity = 'low';

/** Drops findings below `min`, counting them in the ledger's notes so the summary can say so. */
export function dropBelowSeverity(result: ScanResult, min: Severity): void {
  const kept = result.findings.filter((f) => severityRank(f.severity) <= severityRank(min));
  const below = result.findings.length - kept.length;
  if (below > 0) result.ledger.notes.belowMinSeverity = below;
  result.findings = kept;
}
