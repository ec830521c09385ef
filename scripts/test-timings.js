#!/usr/bin/env node
// Writes test/timings.json (each test file's duration in seconds) from a jest run's JSON report, for the
// sequencer that runs the slowest files first (test/helpers/sequencer.js): `npx jest --json
// --outputFile=/tmp/jest.json && node scripts/test-timings.js /tmp/jest.json`.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const report = process.argv[2];
if (!report) {
  console.error('usage: node scripts/test-timings.js <jest --json output file>');
  process.exit(2);
}
const ROOT = join(__dirname, '..');
const { testResults } = JSON.parse(readFileSync(report, 'utf8'));
const timings = Object.fromEntries(
  testResults.map((r) => [relative(join(ROOT, 'test'), r.name).split('\\').join('/'), Math.round((r.endTime - r.startTime) / 100) / 10]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
);
writeFileSync(join(ROOT, 'test', 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
console.error(`test-timings: ${testResults.length} files written to test/timings.json`);
