/** Scanning one item on the current thread: the shared step of the main thread and the workers. */
import { analyze } from '../engine/analyze';
import type { DropCounts } from '../engine/detect';
import type { Finding } from '../engine/finding';
import type { Origin } from '../engine/fragment';
import type { RuleSet } from '../engine/ruleset';
import { readFileFragments } from '../sources/read';
import { isFileRef, type LedgerSink, type ScanItem } from '../sources/types';

/** The problem text for an item abandoned because it overran `--timeout-per-file`. */
export function timeoutMessage(timeoutMs: number): string {
  return `not scanned: took longer than --timeout-per-file (${timeoutMs} ms)`;
}

/**
 * Reads the item if it is a file reference, then runs the engine on each of its fragments. With a
 * deadline (ms since the epoch), a file streamed in several fragments is abandoned between fragments
 * once the deadline has passed: listed as skipped for "timeout" and reported as not scanned. A single
 * fragment cannot be interrupted here; in a worker the pool enforces the budget by stopping the thread.
 */
export function scanItem(item: ScanItem, ruleSet: RuleSet, sink: LedgerSink, dropped: DropCounts, deadline = Infinity, timeoutMs = 0): Finding[] {
  if (!isFileRef(item)) return analyze(item, ruleSet, dropped);
  const out: Finding[] = [];
  let first = true;
  for (const fragment of readFileFragments(item.raw, item.display, item.origin, item.maxFileSize, sink, item.onMissing)) {
    if (!first && Date.now() > deadline) {
      // Leaving the loop closes the file; the reader records nothing as scanned for it.
      sink.skip(item.display, 'timeout');
      sink.problem(timeoutMessage(timeoutMs), item.display);
      return out;
    }
    first = false;
    // One push per finding: spreading a huge array into push() overflows the stack.
    for (const f of analyze(fragment, ruleSet, dropped)) out.push(f);
  }
  return out;
}

/** The path an item reports under. */
export function itemPath(item: ScanItem): string {
  return isFileRef(item) ? item.display : item.path;
}

/** Where an item comes from (its commit, for history). */
export function itemOrigin(item: ScanItem): Origin {
  return item.origin;
}
