"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.timeoutMessage = timeoutMessage;
exports.scanItem = scanItem;
exports.analyzeView = analyzeView;
exports.analyzeContent = analyzeContent;
exports.itemPath = itemPath;
exports.itemOrigin = itemOrigin;
/** Scanning one item on the current thread: the shared step of the main thread and the workers. */
const node_worker_threads_1 = require("node:worker_threads");
const analyze_1 = require("../engine/analyze");
const content_1 = require("../sources/content");
const read_1 = require("../sources/read");
const types_1 = require("../sources/types");
/** The problem text for an item abandoned because one piece of it overran `--timeout-per-file`. */
function timeoutMessage(timeoutMs) {
    return `not scanned: took longer than --timeout-per-file (${timeoutMs} ms)`;
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
function testStall(path, piece, timeoutMs, hook = process.env.TOKENGUARD_TEST_STALL_PIECE) {
    const stallOn = hook ? /^(.+?)(?:#(\d+))?$/.exec(hook) : null;
    if (!stallOn || !path.includes(stallOn[1]) || piece !== Number(stallOn[2] ?? 1))
        return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, timeoutMs + (node_worker_threads_1.isMainThread ? 50 : 30_000));
}
/**
 * Reads the item if it is a file reference, then runs the engine on each of its fragments (16 MiB pieces
 * of a file). `--timeout-per-file` applies to each piece, reading included, so a file of any size
 * can be scanned as long as every piece of it is quick. A running piece cannot be interrupted here: in a
 * worker the pool enforces the budget by stopping the thread (the end of each piece, stamped in memory
 * the pool shares, re-arms its timer); on the main thread a file is abandoned before its next piece once a piece has overrun: listed
 * as skipped for "timeout" and reported as not scanned.
 */
function scanItem(item, ruleSet, sink, dropped, budget = {}) {
    const timeoutMs = budget.timeoutMs ?? 0;
    const now = budget.now ?? Date.now;
    const fragments = (0, types_1.isFileRef)(item) ? (0, read_1.readFileFragments)(item.raw, item.display, item.origin, item.maxFileSize, sink, item.onMissing) : (0, content_1.viewsOf)(item, sink);
    const out = [];
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
        for (const f of analyzeView(fragment, ruleSet, dropped))
            out.push(f);
        const ended = now();
        overran = timeoutMs > 0 && ended - started > timeoutMs;
        started = ended;
        budget.onPiece?.();
    }
    return out;
}
/** The engine on one fragment, with findings of a view put back at their place in the file. */
function analyzeView(fragment, ruleSet, dropped) {
    const found = (0, analyze_1.analyze)(fragment, ruleSet, dropped);
    fragment.place?.(found);
    return found;
}
/** Findings in a whole file's bytes, read the way a scan reads them (for re-detection, e.g. `revoke`). */
function analyzeContent(bytes, path, origin, ruleSet) {
    const sink = { skip() { }, problem() { }, scanned() { }, decoded() { } };
    const fragment = (0, content_1.contentFragment)(bytes, path, origin, sink);
    if (!fragment)
        return [];
    const out = [];
    for (const view of (0, content_1.viewsOf)(fragment, sink))
        for (const f of analyzeView(view, ruleSet))
            out.push(f);
    return out;
}
/** The path an item reports under. */
function itemPath(item) {
    return (0, types_1.isFileRef)(item) ? item.display : item.path;
}
/** Where an item comes from (its commit, for history). */
function itemOrigin(item) {
    return item.origin;
}
