#!/usr/bin/env node
'use strict';
// Less inlining for V8's optimizing compiler: a scan runs for seconds, and compiling its hot functions
// with the default budget took a fifth of its CPU (on helper threads, for the main thread and the
// worker alike). With this budget, the rails-shaped, express-shaped and tiny-commit histories took 2 to
// 4% less time on 2 cores and a working tree about 5% less; the big-files history the same (README,
// Benchmarks). A function of more than 100 bytes of bytecode is not inlined either (V8's default: 460):
// the express-shaped history took 4.00 s instead of 4.25 s (medians of six alternating runs, V8's
// helper threads 1.53 s of CPU instead of 1.82 s), the rails-shaped and tiny-commit ones the same.
require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
require('node:v8').setFlagsFromString('--max-inlined-bytecode-size=100');
require('../dist/cli/main.js').run();
