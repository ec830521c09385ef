/**
 * Runs a source through the engine. Small scans stay on the main thread (a pre-commit check must not
 * pay for worker start-up); once enough has gone by, the rest goes in batches to a pool of workers,
 * with a bounded number of batches in flight.
 */
import { lstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { DropCounts } from '../engine/detect';
import type { Finding } from '../engine/finding';
import type { Explanation } from '../engine/generic';
import { DEFAULT_ENGINE_OPTIONS, engineRecord, type RuleSet } from '../engine/ruleset';
import type { Origin } from '../engine/fragment';
import { buildRuleSet, type RuleSpec } from '../rules/registry';
import { isFileRef, ScanLedger, type ScanItem, type ScanResult, type Source } from '../sources/types';
import { pathFindings } from '../engine/path-rules';
import { suppressScan, type SuppressOptions } from '../suppress/after-scan';
import { analyzeContent, itemPath, scanItem } from './item';
import type { BatchOutcome, DetectPool } from './pool';
import { ChunkPool, FragmentBatch } from './batch';
import { DetectionShare } from './share';

/*
 * Scheduling: the first items are scanned on the main thread. Past a small threshold the pool starts;
 * while its workers boot, the main thread keeps scanning, and once they are ready everything goes to them.
 */

/** How to run detection. */
export interface ScanOptions {
  spec: RuleSpec;
  /** Worker threads; 0 keeps everything on the main thread. Defaults to the source's choice, else the number of cores. */
  threads?: number;
  /** Bytes scanned on the main thread before workers start. */
  inlineBytes?: number;
  /**
   * Time budget in ms for each piece of an item (a fragment, or 16 MiB of a file; 0 or undefined: none).
   * An item with a piece that overruns it is listed as skipped for "timeout" and makes the scan
   * incomplete; in a worker it is enforced by stopping the thread.
   */
  timeoutMs?: number;
  /** --explain: collects every generic decision (forces the main thread). */
  explain?: Explanation[];
  /** Called as work completes (progress display). */
  onProgress?: (ledger: ScanLedger) => void;
  /**
   * Report what `tokenguard scan` reports: drop severities below the minimum, compute identities and
   * fingerprints, and apply the ignore file and baseline found as the CLI finds them. Without it the
   * findings are the engine's (allowlists and inline markers applied, no identities yet).
   */
  suppress?: SuppressOptions;
}

const DEFAULT_INLINE_BYTES = 1024 * 1024;
/**
 * Bytes scanned on the main thread before a default single worker may start (share.ts). Enough to
 * measure the share on; on the express-shaped history the worker started after 1 MiB took over
 * detection at 0.8 s of a 3.1 s scan, and after 128 KiB at 0.5 s.
 */
const SHARE_INLINE_BYTES = 128 * 1024;
/**
 * When a default single worker is started ahead of need (runScan). On the express-shaped history this
 * took 3.77 s to 3.67 s (medians of 8 alternating runs, 7 of 8 pairs faster); a 3-commit history stays at
 * 0.33 s (started at once, it took 0.38 to 0.41 s).
 */
const SPARE_AFTER_MS = 50;
const INLINE_ITEMS = 16;
/** Files per batch sent to a worker: enough to amortise messaging, few enough to balance load. */
const BATCH_FILES = 32;
/** Batches a worker always may have waiting. */
const BATCHES_PER_WORKER = 4;
/**
 * Batches a worker may have waiting while they hold under QUEUE_BYTES: a worker that falls behind for a
 * while (a burst of big changes) then does not stop the main thread's reading. 64 instead of 4 took the
 * express-shaped history from 2.38 to 2.26 s and the rails-shaped one from 5.96 to 5.88 s (the tenth
 * session measured 16 without the byte bound: no change then).
 */
const QUEUE_BATCHES = 64;
/**
 * Batches a default single worker may have waiting while it boots: the main thread queues for it rather
 * than detect (share.ts), and goes on reading meanwhile. Bounded in bytes too (as QUEUE_BATCHES is): a
 * blob bigger than a batch (BATCH_FRAGMENT_BYTES) travels alone, and 32 blobs of 16 MB would be half a gigabyte.
 */
const BOOT_BATCHES = 32;
const QUEUE_BYTES = 16 * 1024 * 1024;
/** Fragments per batch, and bytes: small changed regions travel together, a large blob nearly alone. */
const BATCH_FRAGMENTS = 256;
const BATCH_FRAGMENT_BYTES = 1024 * 1024;
/**
 * Largest item the main thread scans itself while workers boot. A match running on the main thread cannot
 * be interrupted, so anything bigger waits for a worker, where --timeout-per-file can be enforced.
 */
const INLINE_ITEM_MAX = 256 * 1024;

/** Bytes an item holds or, for a file, its size on disk (0 when it cannot be told; reading it will say why). */
function itemSize(item: ScanItem): number {
  if (!isFileRef(item)) return item.bytes.length;
  try {
    return lstatSync(item.raw).size;
  } catch {
    return 0;
  }
}

/** Scans every item of `source`; problems become ledger entries, never exceptions, so partial results survive. */
export async function runScan(source: Source, options: ScanOptions): Promise<ScanResult> {
  const started = Date.now();
  const ledger = new ScanLedger();
  const findings: Finding[] = [];
  const dropped: DropCounts = {};
  // The source starts first, and the rules are built while its first git calls run (a history's log,
  // whose first commit comes only after git has walked them all; a file listing; the index diff). Two
  // turns of the event loop: a history's cat-file starts once its loopback socket has connected, one turn
  // after the log, and building the rules first held it back about 70 ms.
  const items = source.items(ledger)[Symbol.asyncIterator]();
  const first = items.next();
  first.catch(() => undefined); // met again in the loop below
  for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
  let ruleSet: RuleSet;
  try {
    // --explain records decisions in this thread's memory, so everything runs here.
    ruleSet = buildRuleSet(options.explain ? { ...options.spec, engine: { ...(options.spec.engine ?? DEFAULT_ENGINE_OPTIONS), explain: options.explain } } : options.spec);
  } catch (err) {
    void items.return?.(undefined).catch(() => undefined); // the source stops its git once its first step is done
    throw err;
  }
  const threads = options.explain ? 0 : (options.threads ?? source.defaultThreads?.() ?? defaultThreads());
  // One worker, chosen by default, is used only while detection is between a fifth and half of this thread's
  // time (share.ts); until then the scan runs as with --threads 0, large items included.
  const share = options.threads === undefined && threads === 1 ? new DetectionShare() : undefined;
  const inlineBytes = options.inlineBytes ?? (share ? SHARE_INLINE_BYTES : DEFAULT_INLINE_BYTES);
  const timeoutMs = options.timeoutMs ?? 0;
  const stallHook = process.env.TOKENGUARD_TEST_STALL_PIECE ?? '';
  const collect = (o: Pick<BatchOutcome, 'findings' | 'dropped'>) => {
    for (const f of o.findings) findings.push(f);
    for (const [k, v] of Object.entries(o.dropped)) dropped[k] = (dropped[k] ?? 0) + v;
  };
  let pool: DetectPool | undefined;
  let poolUnavailable = threads === 0;
  // A default single worker boots ahead of need, while git walks the log (whose first commit comes only
  // after it has walked them all), so its start-up uses a core that is idle then; it is used once it
  // pays (share.ts). Not before SPARE_AFTER_MS: a small history is over by then and never pays for one.
  // The timer is called off once the pool starts (from the spare or not) and when the scan ends.
  let spare: DetectPool | undefined;
  const bootSpare = () => {
    try {
      spare = startPool(threads, options.spec, timeoutMs);
    } catch {
      // Left to the scan's own start of the pool, which reports what fails (a timer must not throw).
    }
  };
  const spareTimer = share ? setTimeout(bootSpare, SPARE_AFTER_MS) : undefined;
  /** Files scanned inline: their size is known only once read, so workers start after a few of them too. */
  let inlineFiles = 0;
  let batch: ScanItem[] = [];
  const chunks = new ChunkPool();
  let fragments = new FragmentBatch(chunks);
  const inflight = new Set<Promise<void>>();
  /** Bytes of the fragment batches in flight (files are counted when read, in the worker). */
  let inflightBytes = 0;

  /** Hands a batch to the pool; `answered` runs once it is settled (its items' memory may be used again). */
  const send = async (items: ScanItem[], answered?: () => void, bytes = 0) => {
    inflightBytes += bytes;
    const job = pool!.run(items).then(
      (o) => {
        collect(o);
        source.scanned?.(items, o.findings);
        ledger.merge(o.ledger);
        answered?.();
      },
      (err: Error) => {
        for (const item of items) ledger.problem(`not scanned: ${err.message}`, itemPath(item));
      },
    );
    const tracked = job.finally(() => {
      inflight.delete(tracked);
      inflightBytes -= bytes;
      options.onProgress?.(ledger);
    });
    inflight.add(tracked);
    // Waits until there is room again: a backlog over QUEUE_BYTES drains down to the usual few batches
    // before the main thread reads on.
    const room = () => (inflightBytes >= QUEUE_BYTES ? threads * BATCHES_PER_WORKER : share && !pool!.ready ? BOOT_BATCHES : threads * QUEUE_BATCHES);
    while (inflight.size >= room()) await Promise.race(inflight);
  };

  // Path-only rules judge names, not bytes: every item's path now, skipped files' paths at the end.
  const pathChecked = new Set<string>();
  // Path-rule findings are about a name, not content: kept apart from what a source settles.
  const pathHits: Finding[] = [];
  // The last item's path and commit: a history blob's changed regions come one after another, and a
  // key built and looked up for each of them cost 0.2 s of a rails-shaped history.
  let lastPath: string | undefined;
  let lastCommit: string | undefined;
  const checkPath = (path: string, origin: Origin) => {
    if (ruleSet.pathOnly.length === 0 || (path === lastPath && origin.commit === lastCommit)) return;
    lastPath = path;
    lastCommit = origin.commit;
    // Most paths match no path rule (remembered per path): no key to build and keep for them.
    if (ruleSet.pathOnlyFor.get(path).length === 0) return;
    if (pathChecked.has(`${origin.commit ?? ''}\0${path}`)) return;
    pathChecked.add(`${origin.commit ?? ''}\0${path}`);
    for (const f of pathFindings(path, origin, ruleSet)) pathHits.push(f);
  };
  try {
    for (let next = await first; !next.done; next = await items.next()) {
      const item = next.value;
      checkPath(itemPath(item), item.origin);
      // The time budget can only be enforced on a worker: a large item goes to one even during start-up.
      const large = timeoutMs > 0 && !poolUnavailable && itemSize(item) > INLINE_ITEM_MAX;
      const past = ledger.bytes >= inlineBytes || inlineFiles >= INLINE_ITEMS;
      if (!pool && !poolUnavailable && (share ? past && share.pays : large || past)) {
        clearTimeout(spareTimer);
        pool = spare ?? startPool(threads, options.spec, timeoutMs);
        spare = undefined;
        poolUnavailable = !pool;
      }
      // While workers boot the main thread scans, except with a default single worker: there it has
      // reading and comparing to do, and detecting meanwhile cost it 0.15 s of the express-shaped history.
      if (!pool || (!pool.ready && !large && !share)) {
        if (isFileRef(item)) inlineFiles++;
        const d: DropCounts = {};
        const scan = () => scanItem(item, ruleSet, ledger, d, { timeoutMs, stallHook });
        const found = share ? share.time(scan) : scan();
        collect({ findings: found, dropped: d });
        source.scanned?.([item], found);
        options.onProgress?.(ledger);
        // Inline scanning is synchronous: give the event loop a turn so the workers' "ready" can arrive.
        if (pool) await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      if (!isFileRef(item)) {
        // Fragments go in batches too: a history scan yields tens of thousands of small changed regions,
        // and a message to and from a worker for each cost more than scanning them.
        fragments.add(item);
        if (fragments.items.length >= BATCH_FRAGMENTS || fragments.bytes >= BATCH_FRAGMENT_BYTES || source.hurry?.()) {
          const full = fragments;
          fragments = new FragmentBatch(chunks);
          await send(full.items, () => chunks.give(full.chunks), full.bytes);
        }
        continue;
      }
      batch.push(item);
      if (batch.length >= BATCH_FILES) {
        const full = batch;
        batch = [];
        await send(full);
      }
    }
    if (batch.length > 0) await send(batch);
    if (fragments.items.length > 0) await send(fragments.items, () => chunks.give(fragments.chunks), fragments.bytes);
    await Promise.all(inflight);
    for (const s of ledger.skipped) checkPath(s.path, { kind: source.kind, commit: s.commit });
  } catch (err) {
    ledger.problem(`scan stopped: ${(err as Error).message}`);
    // As a for-await loop would: the source's own clean-up (its git processes) runs before anything else.
    await items.return?.(undefined).catch(() => undefined);
  } finally {
    await Promise.all(inflight);
    clearTimeout(spareTimer);
    // Not awaited: a worker stopped while it boots takes tens of milliseconds to go, and nothing waits on it.
    void spare?.close();
  }
  // The workers stop while the source settles its findings (15 to 40 ms on a history, the main thread
  // idle until then); the scan still returns only once they are gone.
  const closing = pool?.close();
  closing?.catch(() => undefined); // awaited below, once the findings are settled
  let settled = findings;
  if (source.settle) {
    try {
      settled = await source.settle(findings, (bytes, path, origin) => analyzeContent(bytes, path, origin, ruleSet));
    } catch (err) {
      ledger.problem(`could not settle the findings: ${(err as Error).message}`);
    }
  }
  await closing;
  for (const f of pathHits) settled.push(f);
  const engine = engineRecord(options.spec.engine ?? DEFAULT_ENGINE_OPTIONS);
  const result: ScanResult = { source: source.kind, findings: sortFindings(dedupe(settled)), ledger, dropped, engine, durationMs: Date.now() - started };
  if (options.suppress) await suppressScan(result, options.suppress);
  return result;
}

/**
 * One worker per core, except on two cores or fewer: there the workers' start-up (rules, regexes, JIT
 * warm-up, each its own) costs more than they bring. On the shared 2-core machine, a 28 MB tree of real
 * source files took 1.6 s on the main thread and 2.1 s with two workers, and 210 MB 5.2 s and 5.0 s
 * (7.9 s of CPU against 5.7 s).
 */
function defaultThreads(): number {
  const cores = availableParallelism();
  return cores <= 2 ? 0 : cores;
}

/** A worker pool, or undefined when no compiled worker script exists (running from sources). */
function startPool(threads: number, spec: RuleSpec, timeoutMs: number): DetectPool | undefined {
  // Loaded on demand: a small scan never pays for worker_threads.
  const { DetectPool: Pool, workerScript } = require('./pool') as typeof import('./pool');
  const script = workerScript();
  return script ? new Pool(threads, spec, script, timeoutMs) : undefined;
}

/** Drops exact repeats (the same rule, secret and position seen twice, e.g. through overlapping fragments). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    // Fingerprints are set after the scan, so the key is what they are made of, plus the position.
    const key = `${f.ruleId}\0${f.path}\0${f.commit ?? ''}\0${f.startOffset}\0${f.secret}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Stable report order: path, position, rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)));
}
