#!/usr/bin/env node
// The checks `npm test` runs before jest: generated types, the dist/ drift check (which builds), the type
// check and the linters. Each is single-threaded, so on two cores they run two at a time: the build and
// type check in one lane, the linters in the other. A step's output is printed whole when it ends, so
// lanes do not interleave, and every failing step is named at the end.
'use strict';
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
// Paths, not require.resolve: packages' "exports" hide their bin files from it.
const bin = (pkg, file) => join(ROOT, 'node_modules', pkg, file);

/** A step: a name, and the node script with its arguments. */
const step = (name, script, ...args) => ({ name, script, args });

const FIRST = [step('check-generated', join(ROOT, 'scripts', 'check-generated.js'))];
const LANES = [
  [step('check-dist', join(ROOT, 'scripts', 'check-dist.js')), step('tsc --noEmit', bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit')],
  [
    step('eslint', bin('eslint', 'bin/eslint.js'), '.'),
    step('prettier --check', bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.'),
    step('knip', bin('knip', 'bin/knip.js'), '--no-config-hints'),
  ],
];

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

/** Runs the steps one after another; stops at the first that fails. */
async function lane(steps) {
  const failed = [];
  for (const s of steps) {
    if ((await run(s)) !== 0) {
      failed.push(s.name);
      break;
    }
  }
  return failed;
}

async function main() {
  const first = await lane(FIRST);
  const failed = first.length > 0 ? first : (await Promise.all(LANES.map(lane))).flat();
  if (failed.length > 0) {
    process.stderr.write(`pretest: failed: ${failed.join(', ')}\n`);
    process.exitCode = 1;
  }
}

main();
