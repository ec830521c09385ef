'use strict';
// `npm run fuzz`: the property-based tests of test/hardening/eng-fuzz-* with FUZZ_RUNS cases per
// property (default 10,000; npm test runs the same properties with 200). Extra arguments go to jest.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const runs = process.env.FUZZ_RUNS || '10000';
const jest = join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');
const r = spawnSync(process.execPath, [jest, 'test/hardening/eng-fuzz', '--testTimeout=600000', ...process.argv.slice(2)], {
  cwd: join(__dirname, '..'),
  env: { ...process.env, FUZZ_RUNS: runs },
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
