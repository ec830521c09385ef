/**
 * The token inventory: every distinct secret a scan found, grouped by secret hash, with who owns it,
 * what it can do and how old it is. Built from a (redacted) report, so it never holds more than the
 * report shows.
 */
import type { VerifyOutcome } from '../verify/types';
import type { Report, ReportedFinding } from './model';
import { severityRank } from '../rules/types';

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

const MAX_PATHS = 20;

function sightingOf(f: ReportedFinding): Sighting {
  return { commit: f.commit, date: f.date, path: f.path };
}

function entryFor(group: ReportedFinding[]): InventoryEntry {
  // The most severe rule names the secret (a provider rule over a generic one that saw the same bytes).
  const lead = [...group].sort((a, b) => severityRank(a.severity) - severityRank(b.severity))[0];
  const dated = group.filter((f) => f.date).sort((a, b) => a.date!.localeCompare(b.date!));
  const verified = group.find((f) => f.verification && f.verification.status !== 'skipped') ?? group.find((f) => f.verification);
  const inHeadKnown = group.filter((f) => f.inHead !== undefined || f.source === 'worktree' || f.source === 'staged');
  return {
    secretId: lead.secretId,
    secret: lead.secret,
    provider: lead.provider,
    ruleId: lead.ruleId,
    ruleName: lead.ruleName,
    severity: lead.severity,
    locations: group.reduce((n, f) => n + 1 + (f.alsoIn ?? 0), 0),
    paths: [...new Set(group.map((f) => f.path))].sort().slice(0, MAX_PATHS),
    firstSeen: dated.length ? sightingOf(dated[0]) : undefined,
    lastSeen: dated.length ? sightingOf(dated[dated.length - 1]) : undefined,
    inHead: inHeadKnown.length ? inHeadKnown.some((f) => f.inHead !== false) : undefined,
    verification: verified?.verification,
  };
}

/** Still in HEAD first (it ships today), then history-only, then unknown (stdin). */
const headRank = (e: InventoryEntry) => (e.inHead === true ? 0 : e.inHead === false ? 1 : 2);

/**
 * Triage order: most severe first; within a severity, secrets HEAD still carries before those only in
 * history; then the most recently seen; rule and hash keep the order stable.
 */
export function compareEntries(a: InventoryEntry, b: InventoryEntry): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    headRank(a) - headRank(b) ||
    (b.lastSeen?.date ?? '').localeCompare(a.lastSeen?.date ?? '') ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.secretId.localeCompare(b.secretId)
  );
}

/**
 * Groups a report's findings by secret identity, in triage order (compareEntries).
 * @lazy loaded with require() by cli/commands/inventory.ts, which knip does not follow
 */
export function buildInventory(report: Report): Inventory {
  const groups = new Map<string, ReportedFinding[]>();
  for (const f of report.findings) groups.set(f.secretId, [...(groups.get(f.secretId) ?? []), f]);
  const secrets = [...groups.values()].map(entryFor).sort(compareEntries);
  return { tool: report.tool, root: report.root, source: report.source, complete: report.summary.complete, secrets };
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * One entry is one block of lines: a multi-line secret (a private key shown with --show-secrets), or a
 * path or identity with a newline, would otherwise break the block and could fake another entry.
 */
export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

const day = (d?: string) => (d ? d.slice(0, 10) : '-');
const seen = (s?: Sighting) => (s ? `${day(s.date)}${s.commit ? ` ${s.commit.slice(0, 10)}` : ''}` : '-');

/**
 * Plain-text inventory: one block per secret.
 * @lazy loaded with require() by cli/commands/inventory.ts, which knip does not follow
 */
export function inventoryText(inv: Inventory): string {
  const blocks = inv.secrets.map((e) => {
    const v = e.verification;
    const lines = [
      `${e.provider}  ${e.ruleId}  ${e.secret}  (${e.severity})`,
      `  locations: ${e.locations}  first seen: ${seen(e.firstSeen)}  last seen: ${seen(e.lastSeen)}  in HEAD: ${e.inHead === undefined ? '-' : e.inHead ? 'yes' : 'no'}`,
      `  paths: ${e.paths.join(', ')}`,
    ];
    if (v) {
      lines.push(`  status: ${v.status}${v.identity ? `  identity: ${v.identity}` : ''}${v.expiresAt ? `  expires: ${v.expiresAt}` : ''}${v.reason && v.status !== 'active' ? `  (${v.reason})` : ''}`);
      if (v.scopes?.length) lines.push(`  scopes: ${v.scopes.join(', ')}`);
    }
    return lines.map(oneLine).join('\n');
  });
  const count = `${inv.secrets.length} distinct secret${inv.secrets.length === 1 ? '' : 's'}${inv.complete ? '' : ' (scan INCOMPLETE)'}`;
  return (blocks.length ? blocks.join('\n\n') + '\n\n' : '') + count + '\n';
}
