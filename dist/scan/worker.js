"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * A detection worker: builds the rule set once, then scans the batches it is sent. It writes which item
 * it is on and when each piece (16 MiB of a file) ends into memory the pool shares (progress.ts), so the
 * pool's per-piece budget restarts without a message, and answers once per run of items.
 */
const node_worker_threads_1 = require("node:worker_threads");
const registry_1 = require("../rules/registry");
const types_1 = require("../sources/types");
const item_1 = require("./item");
const progress_1 = require("./progress");
const wire_1 = require("./wire");
/** A run of items is answered once this long has passed since the last answer (or at the batch's end). */
const ANSWER_EVERY_MS = 25;
const { spec, timeoutMs, progress: shared, epoch } = node_worker_threads_1.workerData;
const ruleSet = (0, registry_1.buildRuleSet)(spec);
const progress = new progress_1.ProgressWriter(shared, () => Date.now() - epoch);
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
    if (Buffer.isBuffer(u8))
        return item;
    return { ...item, bytes: Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength) };
}
/** The answer being gathered: items [index, index + count) of batch `id`. */
class Answer {
    id;
    index;
    count = 0;
    findings = [];
    dropped = {};
    ledger = new types_1.ScanLedger();
    since = Date.now();
    constructor(id, index) {
        this.id = id;
        this.index = index;
    }
    send() {
        const { files, bytes, skipped, problems, decodedFiles } = this.ledger;
        const msg = { id: this.id, index: this.index, count: this.count, findings: this.findings, dropped: this.dropped, ledger: { files, bytes, skipped, problems, decodedFiles } };
        node_worker_threads_1.parentPort.postMessage(msg);
    }
}
function scanInto(answer, item) {
    try {
        const found = (0, item_1.scanItem)(revive(item), ruleSet, answer.ledger, answer.dropped, { timeoutMs, stallHook, onPiece: () => progress.piece() });
        for (const f of found)
            answer.findings.push(f);
    }
    catch (err) {
        answer.ledger.problem(`not scanned: detection failed: ${err.message}`, (0, item_1.itemPath)(item));
    }
}
node_worker_threads_1.parentPort.on('message', (job) => {
    let answer = new Answer(job.id, job.offset);
    const items = (0, wire_1.decodeItems)(job.items);
    items.forEach((item, i) => {
        progress.start(job.id, job.offset + i);
        if (crashOn && (0, item_1.itemPath)(item).includes(crashOn))
            throw new Error(`test crash on ${(0, item_1.itemPath)(item)} (TOKENGUARD_TEST_CRASH_WORKER_ON)`);
        scanInto(answer, item);
        progress.finish();
        answer.count++;
        if (i + 1 < items.length && Date.now() - answer.since >= ANSWER_EVERY_MS) {
            answer.send();
            answer = new Answer(job.id, job.offset + i + 1);
        }
    });
    answer.send();
});
