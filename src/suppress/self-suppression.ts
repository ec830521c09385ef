/**
 * With --untrusted-head, suppressions count only when the base revision has them. Inline markers the
 * engine marked are settled against the file as it is in the base; and a finding that the head would
 * suppress for itself (its own marker, ignore entry, allowlist or disabled rule) is reported with a
 * note saying so, so a reviewer sees the attempt.
 */
import type { Finding } from '../engine/finding';
import { suppressedInline } from '../engine/inline-ignore';

const WHY = 'not honoured: with --untrusted-head suppressions are read from the base revision';

/** Notes a finding can carry. */
export const SELF_SUPPRESSION_NOTES = {
  inline: `an inline marker added in the head of the range suppresses this finding; ${WHY}`,
  ignoreFile: `the head of the range adds an ignore-file entry for this finding; ${WHY}`,
  allowlist: `the head of the range allowlists this finding in its config; ${WHY}`,
  disabled: `the head of the range disables this rule in its config; ${WHY}`,
} as const;

/** What the head of the range would suppress, read from its own (untrusted) files. */
export interface HeadSuppressions {
  fingerprints: Set<string>;
  allowsPath(path: string): boolean;
  allowsSecret(secret: string): boolean;
  disabledRules: Set<string>;
}

function addNote(f: Finding, note: string): void {
  f.notes = [...(f.notes ?? []), note];
}

/** True when the base content carries one of `markers` on (or before) a line holding `text`. */
function baseMarks(base: Buffer, text: string, markers: string[]): boolean {
  const needle = Buffer.from(text, 'utf8');
  if (needle.length === 0) return false;
  for (let at = base.indexOf(needle); at >= 0; at = base.indexOf(needle, at + 1)) {
    if (suppressedInline(base, at, markers)) return true;
  }
  return false;
}

/**
 * Settles the findings the engine marked as covered by an inline marker: dropped when the base
 * revision's copy of the file marks the same secret, else kept with a note. Returns the findings kept
 * and how many the base's markers suppressed.
 */
export async function settleInlineMarkers(findings: Finding[], baseFile: (path: string) => Promise<Buffer | undefined>, markers: string[]): Promise<{ kept: Finding[]; suppressed: number }> {
  const kept: Finding[] = [];
  let suppressed = 0;
  const cache = new Map<string, Promise<Buffer | undefined>>();
  for (const f of findings) {
    if (!f.inlineMarker) {
      kept.push(f);
      continue;
    }
    delete f.inlineMarker;
    if (!cache.has(f.path)) cache.set(f.path, baseFile(f.path));
    const base = await cache.get(f.path)!;
    if (base && baseMarks(base, f.encodedText ?? f.secret, markers)) {
      suppressed++;
      continue;
    }
    addNote(f, SELF_SUPPRESSION_NOTES.inline);
    kept.push(f);
  }
  return { kept, suppressed };
}

/** Adds a note to each kept finding that the head of the range would have suppressed by its own files. */
export function noteHeadSuppressions(findings: Finding[], head: HeadSuppressions): void {
  for (const f of findings) {
    if (head.fingerprints.has(f.fingerprint)) addNote(f, SELF_SUPPRESSION_NOTES.ignoreFile);
    if (head.allowsPath(f.path) || head.allowsSecret(f.secret)) addNote(f, SELF_SUPPRESSION_NOTES.allowlist);
    if (head.disabledRules.has(f.ruleId)) addNote(f, SELF_SUPPRESSION_NOTES.disabled);
  }
}
