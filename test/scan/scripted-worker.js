'use strict';
// A stand-in detection worker for the pool's timer tests: it speaks the real worker's protocol (the
// built ProgressWriter, one answer per item here), but each step of an item waits until the test opens
// it (a counter in the SharedArrayBuffer passed as the spec), so the test decides exactly when each
// piece ends and each answer is sent. Times are the test's fake clock, which it writes beside the
// counter. Item i of a batch has spec.beats[i] pieces before its answer.
const { parentPort, workerData } = require('node:worker_threads');
const { ProgressWriter } = require('../../dist/scan/progress.js');
const { decodeItems } = require('../../dist/scan/wire.js');

const gate = new Int32Array(workerData.spec.gate, 0, 1);
const clock = new Float64Array(workerData.spec.gate, 8, 1);
const progress = new ProgressWriter(workerData.progress, () => clock[0] - workerData.epoch);
let step = 0;
/** Blocks until the test has opened one more step than this worker has taken. */
function nextStep() {
  step++;
  while (Atomics.load(gate, 0) < step) Atomics.wait(gate, 0, Atomics.load(gate, 0), 1000);
}

parentPort.postMessage({ ready: true });
parentPort.on('message', (job) => {
  const items = decodeItems(job.items);
  items.forEach((item, i) => {
    const index = job.offset + i;
    progress.start(job.id, index);
    for (let b = 0; b < workerData.spec.beats[index]; b++) {
      nextStep();
      progress.piece();
    }
    nextStep();
    progress.finish();
    parentPort.postMessage({ id: job.id, index, count: 1, findings: [], dropped: {}, ledger: { files: 1, bytes: 0, skipped: [], problems: [], decodedFiles: [] } });
  });
});
