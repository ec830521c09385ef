/** Settles candidates on contested bytes by rule priority (engine/rule-facts.ts). */
import type { Candidate } from './candidate';
import { rulePriority } from './rule-facts';

/** A rule's precedence on contested bytes (engine/rule-facts.ts). */
export function priorityOf(c: Candidate): number {
  return rulePriority(c.rule.def);
}

/**
 * On overlapping bytes the rule with the higher priority wins (a provider's format over a general
 * format like JWT, any specific rule over a generic one); rules of equal priority are all reported,
 * except generic ones on the very same bytes, which are reported once.
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const seenGeneric = new Set<string>();
  const levels = priorityLevels(candidates);
  const kept = candidates.filter((c) => {
    const p = priorityOf(c);
    if (levels.some((level) => level.priority > p && level.overlaps(c.start, c.end))) return false;
    if (!c.rule.generic) return true;
    const key = `${c.start}:${c.end}`;
    if (seenGeneric.has(key)) return false;
    seenGeneric.add(key);
    return true;
  });
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The candidates of one priority, answering "does any of them overlap [start, end)?" in O(log n). */
interface PriorityLevel {
  priority: number;
  overlaps(start: number, end: number): boolean;
}

/**
 * Candidates grouped by priority, each group sorted by start with a running maximum of ends: a file
 * dense with matches (hundreds of thousands of assignments) must not cost a comparison per pair.
 */
function priorityLevels(candidates: Candidate[]): PriorityLevel[] {
  const groups = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const p = priorityOf(c);
    const g = groups.get(p);
    if (g) g.push(c);
    else groups.set(p, [c]);
  }
  if (groups.size < 2) return [];
  return [...groups].map(([priority, group]) => {
    const sorted = [...group].sort((a, b) => a.start - b.start);
    const starts = sorted.map((c) => c.start);
    const maxEnd: number[] = [];
    for (const [i, c] of sorted.entries()) maxEnd.push(Math.max(c.end, i > 0 ? maxEnd[i - 1] : -Infinity));
    return {
      priority,
      overlaps(start: number, end: number): boolean {
        // Last candidate starting before `end`; any of those overlaps when the furthest end passes `start`.
        let lo = 0;
        let hi = starts.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (starts[mid] < end) lo = mid + 1;
          else hi = mid;
        }
        return lo > 0 && maxEnd[lo - 1] > start;
      },
    };
  });
}
