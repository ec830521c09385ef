'use strict';
// Runs the slowest test files first, by the durations in test/timings.json (seconds, from one run of the
// suite: `node scripts/test-timings.js <jest --json output>`). Jest's own order comes from its cache of
// the last run's times; a fresh clone (CI) has none, and jest then orders by file size, which started the
// 60-second pre-commit file halfway and left one worker alone on the last file. A file missing from the
// list (new) goes first: its time is unknown.
const { readFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const TEST_ROOT = join(__dirname, '..');
const TIMINGS = JSON.parse(readFileSync(join(TEST_ROOT, 'timings.json'), 'utf8'));

/** Jest's sequencer (it keeps its cache for --onlyFailures), with the order taken from the list. */
class TimingsSequencer extends Sequencer {
  /** Known durations, longest first, after the files not in the list. */
  sort(tests) {
    const seconds = (t) => TIMINGS[relative(TEST_ROOT, t.path).split('\\').join('/')] ?? Infinity;
    return [...tests].sort((a, b) => seconds(b) - seconds(a) || (a.path < b.path ? -1 : 1));
  }
}

module.exports = TimingsSequencer;
