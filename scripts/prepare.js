#!/usr/bin/env node
// npm's `prepare`: runs on `npm install` in a checkout, on `npm pack`, and when npm installs the
// package from git (the pre-commit framework does, and so can anyone: npm i github:…#v0.1.0).
//
// - TypeScript installed (a developer checkout): build dist/. When a usable dist/ is already there (a
//   release commits it), the build goes to a folder beside it and replaces it only when it succeeded,
//   so a failing build never breaks an install.
// - TypeScript not installed (an install from git, `npm ci --omit=dev`): use the committed dist/; fail,
//   saying why, only when there is none.
//
// It never writes to stdout: npm and pre-commit read it (pre-commit before 4.6.1 takes all of
// `npm pack`'s stdout as the tarball name). The project's .npmrc keeps npm's own banner off stdout.
'use strict';
const { existsSync, renameSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { ROOT, buildPackage, stagePackage } = require('./build');

const DIST = join(ROOT, 'dist');
/** What a scan needs from dist/: the CLI, both rule bundles and the keyword automaton. */
const REQUIRED = ['cli/main.js', 'scan/worker.js', 'rules.bundle.json', 'rules.scan.json', 'automaton.bin'];

const say = (line) => process.stderr.write(`tokenguard prepare: ${line}\n`);

function hasTypeScript() {
  try {
    require.resolve('typescript/bin/tsc', { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

const usableDist = () => REQUIRED.every((f) => existsSync(join(DIST, f)));

/** Builds beside dist/ and swaps it in; leaves dist/ as it was when the build fails. */
function rebuildBeside() {
  const stage = stagePackage(ROOT);
  try {
    buildPackage(stage);
    const old = `${stage}-old`;
    renameSync(DIST, old);
    renameSync(join(stage, 'dist'), DIST);
    rmSync(old, { recursive: true, force: true });
    say('built dist/');
  } catch (err) {
    say(`the build failed, keeping the prebuilt dist/ (${String(err.message).split('\n')[0]})`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function main() {
  if (!hasTypeScript()) {
    if (usableDist()) return say('TypeScript is not installed; using the prebuilt dist/');
    say('cannot build: TypeScript is not installed (a production or git install) and there is no prebuilt dist/.');
    say('Install from a release tag, whose commit holds dist/, or install with dev dependencies.');
    process.exitCode = 1;
    return;
  }
  if (usableDist()) return rebuildBeside();
  try {
    buildPackage(ROOT);
    say('built dist/');
  } catch (err) {
    say(`build failed: ${err.message}`);
    process.exitCode = 1;
  }
}

main();
