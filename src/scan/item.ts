/** Scanning one item on the current thread: the shared step of the main thread and the workers. */
import { isMainThread } from 'node:worker_threads';
import { analyze } from '../engine/analyze';
import type { DropCounts } from '../engine/detect';
import type { Finding } from '../engine/finding';
import type { Origin } from '../engine/fragment';
import type { RuleSet } from '../engine/ruleset';
import { contentFragment, viewsOf } from '../sources/content';
import { readFileFragments } from '../sources/read';
import { isFileRef, type LedgerSink, type ScanItem, type ViewFragment } from '../sources/types';

/** The problem text for an item abandoned because one piece of it overran `--timeout-per-file`. */
export function timeoutMessage(timeoutMs: number): string {
  return `not scanned: took longer than --timeout-per-file (${timeoutMs} ms)`;
}

/** The time budget of one item: `timeoutMs` per piece (0: none), and a call after each piece (the worker stamps its end). */
export interface PieceBudget {
  timeoutMs?: number;
  onPiece?: () => void;
  /** The clock (ms); tests pass a scripted one. */
  now?: () => number;
  /** TOKENGUARD_TEST_STALL_PIECE as read once for the scan ('' when unset); undefined: read at each piece. */
  stallHook?: string;
}

/**
 * Test-only: TOKENGUARD_TEST_STALL_PIECE="<path part>[#n]" makes piece n (default 1) of a file whose
 * path contains <path part> overrun any budget: the thread blocks for the budget plus 50 ms on the main
 * thread (which checks between pieces), or plus 30 s in a worker (which the pool stops at the budget).
 * The tests need a piece that is slow on every machine, which no real input can promise. Unset (always,
 * outside the test suite) this does nothing. Read once per scan (a scan passes it in the budget; an
 * environment read for every fragment cost 65 ms of the rails-shaped history's profile), not once at
 * load: the test suite runs the CLI in-process many times in one process, with and without it.
 */
function testStall(path: string, piece: number, timeoutMs: number, hook = process.env.TOKENGUARD_TEST_STALL_PIECE): void {
  const stallOn = hook ? /^(.+?)(?:#(\d+))?$/.exec(hook) : null;
  if (!stallOn || !path.includes(stallOn[1]) || piece !== Number(stallOn[2] ?? 1)) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, timeoutMs + (isMainThread ? 50 : 30_000));
}

/**
 * Reads the item if it is a file reference, then runs the engine on each of its fragments (16 MiB pieces
 * of a file). `--timeout-per-file` applies to each piece, reading included, so a file of any size
 * can be scanned as long as every piece of it is quick. A running piece cannot be interrupted here: in a
 * worker the pool enforces the budget by stopping the thread (the end of each piece, stamped in memory
 * the pool shares, re-arms its timer); on the main thread a file is abandoned before its next piece once a piece has overrun: listed
 * as skipped for "timeout" and reported as not scanned.
 */
export function scanItem(item: ScanItem, ruleSet: RuleSet, sink: LedgerSink, dropped: DropCounts, budget: PieceBudget = {}): Finding[] {
  const timeoutMs = budget.timeoutMs ?? 0;
  const now = budget.now ?? Date.now;
  const fragments = isFileRef(item) ? readFileFragments(item.raw, item.display, item.origin, item.maxFileSize, sink, item.onMissing) : viewsOf(item, sink);
  const out: Finding[] = [];
  let piece = 0;
  let overran = false;
  let started = now();
  for (const fragment of fragments) {
    if (overran) {
      // Leaving the loop closes the file; the reader records nothing as scanned for it.
      sink.skip(itemPath(item), 'timeout', undefined, item.origin.commit);
      sink.problem(timeoutMessage(timeoutMs), itemPath(item));
      return out;
    }
    testStall(itemPath(item), ++piece, timeoutMs, budget.stallHook);
    // One push per finding: spreading a huge array into push() overflows the stack.
    for (const f of analyzeView(fragment, ruleSet, dropped)) out.push(f);
    const ended = now();
    overran = timeoutMs > 0 && ended - started > timeoutMs;
    started = ended;
    budget.onPiece?.();
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
