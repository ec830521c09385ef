'use strict';
// A stand-in detection worker for the pool's crash test: it speaks the real worker's protocol (the
// built ProgressWriter), "finds" one finding per item (its path), answers only once the whole batch is
// done, and throws (ending the thread) inside any item whose path contains spec.crashOn. The real
// worker's crash hook is an environment variable, which a jest sandbox cannot hand to a worker thread.
const { parentPort, workerData } = require('node:worker_threads');
const { ProgressWriter } = require('../../dist/scan/progress.js');
const { decodeItems } = require('../../dist/scan/wire.js');

const progress = new ProgressWriter(workerData.progress, () => Date.now() - workerData.epoch);
parentPort.postMessage({ ready: true });
parentPort.on('message', (job) => {
  const items = decodeItems(job.items);
  const findings = [];
  items.forEach((item, i) => {
    progress.start(job.id, job.offset + i);
    if (item.path.includes(workerData.spec.crashOn)) throw new Error(`scripted crash on ${item.path}`);
    findings.push({ path: item.path });
    progress.finish();
  });
  const ledger = { files: items.length, bytes: 0, skipped: [], problems: [], decodedFiles: [] };
  parentPort.postMessage({ id: job.id, index: job.offset, count: items.length, findings, dropped: {}, ledger });
});
