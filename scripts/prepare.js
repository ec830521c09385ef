#!/usr/bin/env node
// npm's `prepare`: runs on `npm install` in a checkout, on `npm pack`, and when npm installs the
// package from git (the pre-commit framework does, and so can anyone: npm i github:…#v0.1.0).
//
// - A git checkout whose committed dist/ and its sources are unchanged: use dist/ as it is (it is their build).
// - TypeScript installed (a developer checkout): build dist/. When a usable dist/ is already there (a
//   release commits it), the build goes to a folder beside it and replaces it only when it succeeded,
//   so a failing build never breaks an install.
// - TypeScript not installed (an install from git, `npm ci --omit=dev`): use the committed dist/; fail,
//   saying why, only when there is none.
//
// It never writes to stdout: npm and pre-commit read it (pre-commit before 4.6.1 takes all of
// `npm pack`'s stdout as the tarball name). The project's .npmrc keeps npm's own banner off stdout.
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync, renameSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { ROOT, buildPackage, distTracked, stagePackage } = require('./build');

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

/** What dist/ is built from: a change to any of these (or to dist/ itself) means building again. */
const INPUTS = ['dist', 'src', 'rules', 'schema', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

/**
 * True in a git checkout whose dist/ is tracked and where git sees no change to dist/ or its inputs: the
 * committed dist/ is then the build of these sources (npm test's check-dist holds every commit to that),
 * and building again would only cost the install 20 s.
 */
function committedAndUnchanged() {
  try {
    const git = (args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (git(['rev-parse', '--show-toplevel']).trim() !== ROOT) return false;
    return distTracked() && git(['status', '--porcelain', '--', ...INPUTS]).trim() === '';
  } catch {
    return false;
  }
}

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
  if (usableDist() && committedAndUnchanged()) return say('dist/ is committed and nothing it is built from changed since; using it');
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
