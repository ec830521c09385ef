/** Scanning one item on the current thread: the shared step of the main thread and the workers. */
import { analyze } from '../engine/analyze';
import type { DropCounts } from '../engine/detect';
import type { Finding } from '../engine/finding';
import type { RuleSet } from '../engine/ruleset';
import { readFileFragments } from '../sources/read';
import { isFileRef, type LedgerSink, type ScanItem } from '../sources/types';

/** Reads the item if it is a file reference, then runs the engine on each of its fragments. */
export function scanItem(item: ScanItem, ruleSet: RuleSet, sink: LedgerSink, dropped: DropCounts): Finding[] {
  if (!isFileRef(item)) return analyze(item, ruleSet, dropped);
  const out: Finding[] = [];
  for (const fragment of readFileFragments(item.raw, item.display, item.origin, item.maxFileSize, sink, item.onMissing)) {
    out.push(...analyze(fragment, ruleSet, dropped));
  }
  return out;
}

/** The path an item reports under. */
export function itemPath(item: ScanItem): string {
  return isFileRef(item) ? item.display : item.path;
}
