"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * A detection worker: builds the rule set once, then scans the batches it is sent, answering item by
 * item, with a heartbeat after each piece (16 MiB of a file) so the pool's per-piece budget restarts.
 */
const node_worker_threads_1 = require("node:worker_threads");
const registry_1 = require("../rules/registry");
const types_1 = require("../sources/types");
const item_1 = require("./item");
const { spec, timeoutMs } = node_worker_threads_1.workerData;
const ruleSet = (0, registry_1.buildRuleSet)(spec);
/** Read once: a worker lives for one scan (see item.ts's testStall). */
const stallHook = process.env.TOKENGUARD_TEST_STALL_PIECE ?? '';
/**
 * Test-only: the tests need a worker that really crashes (an uncaught error ends the thread) on a chosen
 * file, and no input can do that on purpose. Unset (always, outside the test suite) this does nothing.
 */
const crashOn = process.env.TOKENGUARD_TEST_CRASH_WORKER_ON || undefined;
node_worker_threads_1.parentPort.postMessage({ ready: true });
/** Structured clone turns Buffers into Uint8Arrays; give the engine Buffers back. */
function revive(item) {
    if ((0, types_1.isFileRef)(item))
        return { ...item, raw: Buffer.from(item.raw) };
    const u8 = item.bytes;
    return { ...item, bytes: Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength) };
}
function scanOne(id, index, item) {
    const ledger = new types_1.ScanLedger();
    const dropped = {};
    let findings = [];
    const beat = { beat: true, id, index };
    try {
        findings = (0, item_1.scanItem)(revive(item), ruleSet, ledger, dropped, { timeoutMs, stallHook, onPiece: () => node_worker_threads_1.parentPort.postMessage(beat) });
    }
    catch (err) {
        ledger.problem(`not scanned: detection failed: ${err.message}`, (0, item_1.itemPath)(item));
    }
    const { files, bytes, skipped, problems, decodedFiles } = ledger;
    return { id, index, findings, dropped, ledger: { files, bytes, skipped, problems, decodedFiles } };
}
node_worker_threads_1.parentPort.on('message', (job) => {
    job.items.forEach((item, i) => {
        if (crashOn && (0, item_1.itemPath)(item).includes(crashOn))
            throw new Error(`test crash on ${(0, item_1.itemPath)(item)} (TOKENGUARD_TEST_CRASH_WORKER_ON)`);
        node_worker_threads_1.parentPort.postMessage(scanOne(job.id, job.offset + i, item));
    });
});
