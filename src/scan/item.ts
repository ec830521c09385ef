/** Scanning one item on the current thread: the shared step of the main thread and the workers. */
import { analyze } from '../engine/analyze';
import type { DropCounts } from '../engine/detect';
import type { Finding } from '../engine/finding';
import type { Origin } from '../engine/fragment';
import type { RuleSet } from '../engine/ruleset';
import { contentFragment, viewsOf } from '../sources/content';
import { readFileFragments } from '../sources/read';
import { isFileRef, type LedgerSink, type ScanItem, type ViewFragment } from '../sources/types';

/** The problem text for an item abandoned because it overran `--timeout-per-file`. */
export function timeoutMessage(timeoutMs: number): string {
  return `not scanned: took longer than --timeout-per-file (${timeoutMs} ms)`;
}

/**
 * Reads the item if it is a file reference, then runs the engine on each fragment of its content
 * (sources/content.ts: text as it is, UTF-16 decoded, anything else through its printable strings).
 * With a deadline (ms since the epoch), content read in several fragments is abandoned between
 * fragments once the deadline has passed: listed as skipped for "timeout" and reported as not scanned.
 * A single fragment cannot be interrupted here; in a worker the pool enforces the budget by stopping the thread.
 */
export function scanItem(item: ScanItem, ruleSet: RuleSet, sink: LedgerSink, dropped: DropCounts, deadline = Infinity, timeoutMs = 0): Finding[] {
  const fragments = isFileRef(item) ? readFileFragments(item.raw, item.display, item.origin, item.maxFileSize, sink, item.onMissing) : viewsOf(item, sink);
  const out: Finding[] = [];
  let first = true;
  for (const fragment of fragments) {
    if (!first && Date.now() > deadline) {
      // Leaving the loop closes the file; the reader records nothing as scanned for it.
      sink.skip(itemPath(item), 'timeout', undefined, item.origin.commit);
      sink.problem(timeoutMessage(timeoutMs), itemPath(item));
      return out;
    }
    first = false;
    // One push per finding: spreading a huge array into push() overflows the stack.
    for (const f of analyzeView(fragment, ruleSet, dropped)) out.push(f);
  }
  return out;
}

/** The engine on one fragment, with findings of a view put back at their place in the file. */
export function analyzeView(fragment: ViewFragment, ruleSet: RuleSet, dropped?: DropCounts): Finding[] {
  const found = analyze(fragment, ruleSet, dropped);
  fragment.place?.(found);
  return found;
}

/** Findings in a whole file's bytes, read the way a scan reads them (for re-detection, e.g. `revoke`). */
export function analyzeContent(bytes: Buffer, path: string, origin: Origin, ruleSet: RuleSet): Finding[] {
  const sink: LedgerSink = { skip() {}, problem() {}, scanned() {}, decoded() {} };
  const fragment = contentFragment(bytes, path, origin, sink);
  if (!fragment) return [];
  const out: Finding[] = [];
  for (const view of viewsOf(fragment, sink)) for (const f of analyzeView(view, ruleSet)) out.push(f);
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
