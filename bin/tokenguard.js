#!/usr/bin/env node
'use strict';
// Less inlining for V8's optimizing compiler: a scan runs for seconds, and compiling its hot functions
// with the default budget took a fifth of its CPU (on helper threads, for the main thread and the
// worker alike). With this budget, the rails-shaped, express-shaped and tiny-commit histories took 2 to
// 4% less time on 2 cores and a working tree about 5% less; the big-files history the same (README,
// Benchmarks).
require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
require('../dist/cli/main.js').run();
