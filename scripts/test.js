#!/usr/bin/env node
// `npm test`: jest, and beside it the checks (generated types, the dist/ drift check, whose build
// type-checks the whole project, knip and biome). The checks ran first and took 13 to 22 s before jest
// started; beside it, under `stress --cpu 2`, the run took 174 to 183 s against 191 to 203 s (a quiet run
// is bound by CPU, and gains nothing). Each check is
// single-threaded, so they run two at a time; a check's output is printed whole when it ends, and every
// failing check is named after jest's summary. Arguments go to jest (`npm test -- test/e2e`).
'use strict';
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
// Paths, not require.resolve: packages' "exports" hide their bin files from it.
const bin = (pkg, file) => join(ROOT, 'node_modules', pkg, file);

/** A check: a name, and the node script with its arguments. */
const check = (name, script, ...args) => ({ name, script, args });

// Longest first: each runner takes the next check when its last one ends.
const CHECKS = [
  check('check-dist', join(ROOT, 'scripts', 'check-dist.js')),
  check('knip', bin('knip', 'bin/knip.js'), '--no-config-hints'),
  check('check-generated', join(ROOT, 'scripts', 'check-generated.js')),
  // Formats and lints in one native pass, about 0.5 s of CPU: prettier's check and eslint took about 10 s
  // each, and `npm test` runs them cold in a fresh clone (CI).
  check('biome check', bin('@biomejs/biome', 'bin/biome'), 'check', '--error-on-warnings', '--no-errors-on-unmatched', '.'),
];
/** Checks at once: each is single-threaded, and the machines have two cores. */
const RUNNERS = 2;

/** Runs one check; resolves with its exit status after printing what it wrote. */
function run({ name, script, args }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.stderr.isTTY ? '1' : '0' } });
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

/** Runs the checks on RUNNERS runners, each taking the next check in the list; resolves with the names of those that failed. */
async function checks() {
  const queue = [...CHECKS];
  const failed = [];
  const runner = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) if ((await run(c)) !== 0) failed.push(c.name);
  };
  await Promise.all(Array.from({ length: RUNNERS }, runner));
  return failed;
}

/** Runs jest with these arguments, its output the terminal's; resolves with its exit status. */
function jest(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin('jest', 'bin/jest.js'), ...args], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', (err) => {
      process.stderr.write(`test: cannot run jest: ${err.message}\n`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const [failed, status] = await Promise.all([checks(), jest(process.argv.slice(2))]);
  if (failed.length > 0) process.stderr.write(`test: checks failed: ${failed.join(', ')}\n`);
  process.exitCode = failed.length > 0 || status !== 0 ? 1 : 0;
}

main();
