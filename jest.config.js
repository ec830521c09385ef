// Jest runs the TypeScript sources through swc. Most CLI tests call the built CLI's main() in-process
// (dist/, loaded by Node once per worker: test/helpers/cli.ts); test/e2e/spawned.test.ts and the tests
// that need a real process spawn it. `npm test` (scripts/test.js) checks beside jest that the committed dist/ matches the sources.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Removes the temp folders each test file made (test/helpers/temp.ts), after its tests.
  setupFilesAfterEnv: ['<rootDir>/test/helpers/cleanup.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // A hang guard, not a speed target: on a loaded 2-core machine a test that runs several scans can take minutes.
  testTimeout: 300000,
  // Four workers on two cores: many tests wait on git, npm or a local server while a worker holds its
  // slot, and on a loaded machine each runnable process gets its share of the cores. Measured one after
  // the other on this 2-core machine (jest alone): 103 s with 4 against 108 s with 3 when quiet, and
  // 146 s against 171 s under `stress --cpu 2` (3 had beaten 2 the same way: 188 s against 220 s).
  maxWorkers: 4,
  // How long jest waits for a worker to exit once it is told to, before killing it and warning that a test
  // leaked a handle (500 ms by default). None is leaked: timed from a preloaded probe, each worker's event
  // loop was empty and its 'exit' event came 1 to 11 ms after jest's end message, but the process took
  // 480 to 720 ms more to be gone (four processes of 357 to 699 MB tearing down at once on two cores).
  // A handle that does leak still keeps a worker alive past this wait, and jest still warns.
  workerGracefulExitTimeout: 5000,
  // Slowest files first, from test/timings.json: a fresh clone has no cache of the last run's times.
  testSequencer: '<rootDir>/test/helpers/sequencer.js',
};
