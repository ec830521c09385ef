/**
 * Set up for every test file (jest.config.js): the temp folders it made are removed after its tests,
 * and a worker whose heap has grown is collected before the next file. Jest's workers live for the
 * whole suite and V8 lets garbage pile up to hundreds of MB between full collections; every git or node
 * child a worker spawns forks it, and a fork costs in proportion to the memory mapped (about 5 ms at
 * 150 MB, 25 to 40 ms at 900 MB, measured from inside the workers).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { removeTempDirs } from './temp';

/** Committed heap above which a worker is collected between files. */
const COLLECT_ABOVE = 256 * 1024 * 1024;

afterAll(() => {
  removeTempDirs();
  if (process.memoryUsage().heapTotal < COLLECT_ABOVE) return;
  // A full collection on demand, without starting the workers with --expose-gc.
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
});
