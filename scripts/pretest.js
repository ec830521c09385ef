#!/usr/bin/env node
// The checks `npm test` runs before jest: generated types, the dist/ drift check (whose build type-checks
// the whole project), knip and biome (format and lint). Each is single-threaded, so on two cores they run
// two at a time. A step's output is printed whole when it ends, so steps do not interleave, and every
// failing step is named at the end.
'use strict';
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
// Paths, not require.resolve: packages' "exports" hide their bin files from it.
const bin = (pkg, file) => join(ROOT, 'node_modules', pkg, file);

/** A step: a name, and the node script with its arguments. */
const step = (name, script, ...args) => ({ name, script, args });

const FIRST = [step('check-generated', join(ROOT, 'scripts', 'check-generated.js'))];
// Longest first: each runner takes the next step when its last one ends.
const STEPS = [
  step('check-dist', join(ROOT, 'scripts', 'check-dist.js')),
  step('knip', bin('knip', 'bin/knip.js'), '--no-config-hints'),
  // Formats and lints in one native pass, about 0.5 s of CPU: prettier's check and eslint took about 10 s
  // each, and `npm test` runs them cold in a fresh clone (CI).
  step('biome check', bin('@biomejs/biome', 'bin/biome'), 'check', '--error-on-warnings', '--no-errors-on-unmatched', '.'),
];
/** Steps at once: each is single-threaded, and the machines have two cores. */
const RUNNERS = 2;

/** Runs one step; resolves with its exit status after printing what it wrote. */
function run({ name, script, args }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('error', (err) => out.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      process.stderr.write(`> ${name}${status === 0 ? '' : ` (failed, exit ${status})`}\n`);
      process.stderr.write(Buffer.concat(out));
      resolve(status);
    });
  });
}

/** Runs the first steps one after another; stops at the first that fails. */
async function inOrder(steps) {
  for (const s of steps) if ((await run(s)) !== 0) return [s.name];
  return [];
}

/** Runs `steps` on RUNNERS runners, each taking the next step in the list; every step runs. */
async function shared(steps) {
  const queue = [...steps];
  const failed = [];
  const runner = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) if ((await run(s)) !== 0) failed.push(s.name);
  };
  await Promise.all(Array.from({ length: RUNNERS }, runner));
  return failed;
}

async function main() {
  const first = await inOrder(FIRST);
  const failed = first.length > 0 ? first : await shared(STEPS);
  if (failed.length > 0) {
    process.stderr.write(`pretest: failed: ${failed.join(', ')}\n`);
    process.exitCode = 1;
  }
}

main();
