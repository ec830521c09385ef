'use strict';
// A stand-in detection worker for the pool's timer tests: it speaks the real worker's protocol, but each
// step of an item waits until the test opens it (a counter in the SharedArrayBuffer passed as the spec),
// so the test decides exactly when each heartbeat and each answer is sent. Item i of a batch has
// spec.beats[i] heartbeats before its answer.
const { parentPort, workerData } = require('node:worker_threads');

const gate = new Int32Array(workerData.spec.gate);
let step = 0;
/** Blocks until the test has opened one more step than this worker has taken. */
function nextStep() {
  step++;
  while (Atomics.load(gate, 0) < step) Atomics.wait(gate, 0, Atomics.load(gate, 0), 1000);
}

parentPort.postMessage({ ready: true });
parentPort.on('message', (job) => {
  job.items.forEach((item, i) => {
    const index = job.offset + i;
    for (let b = 0; b < workerData.spec.beats[index]; b++) {
      nextStep();
      parentPort.postMessage({ beat: true, id: job.id, index });
    }
    nextStep();
    parentPort.postMessage({ id: job.id, index, findings: [], dropped: {}, ledger: { files: 1, bytes: 0, skipped: [], problems: [], decodedFiles: [] } });
  });
});
