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
// Tier-up to the optimizing compiler after twice V8's default budget of bytecode run (132 KiB, not 66):
// fewer lukewarm functions are compiled, on helper threads that share the 2 cores with git and the
// scan. V8's helper threads took a fifth less CPU in every comparison (express-sized history: 1.28
// against 1.62 s and 1.48 against 1.86 s, medians of 12 and 10 alternating runs; rails-shaped: 2.46
// against 3.82 s). Wall time moved within the machine's spread: express-sized 3.55 against 3.79 s and
// 4.44 against 4.57 s, but 1.11x in one five-round bench run; rails-shaped 0.99x in the bench. Four
// times the budget saved more on the helpers, but on the rails shape the main thread spent it again.
require('node:v8').setFlagsFromString('--interrupt-budget=135168');
// The modules come from one bundled script with a V8 code cache kept per user (src/boot.ts).
require('../dist/boot.js').loadModule('cli/main.js').run();
