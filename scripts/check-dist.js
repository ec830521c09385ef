#!/usr/bin/env node
// Drift check for a committed dist/: builds the sources into a temporary folder and compares it, file by
// file, with dist/. A release commits dist/ (installs from git and the GitHub Action run it without
// building), so a commit whose dist/ does not match its sources would ship code nobody reviewed.
//
// `npm test` runs it first, and needs no build after it: a matching dist/ is what a build would write.
// `npm publish` runs it too (prepublishOnly). A checkout where git does not track dist/ fails: nothing
// builds it on install any more (see build.js), so such a commit would install without a CLI.
//
// The build also type-checks the tests, benchmarks and scripts (one TypeScript program, build.js), so a
// failing type check fails this check. The fresh build is kept in node_modules/.cache, named by a hash of
// everything the build reads (the sources, tests, benchmarks and scripts, rules and schemas, the
// TypeScript config, package.json and the lock file that pins the compiler, and Node's version). A check
// of the same inputs compares with it instead of building again: test/e2e/dist.test.ts checks a clone of
// the same commit, and a second `npm test` of unchanged sources skips the 10 to 15 s build. Any change to
// an input is a new name, so a new build.
'use strict';
const { createHash } = require('node:crypto');
const { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } = require('node:fs');
const { join } = require('node:path');
const { ROOT, buildPackage, distTracked, listFiles, stagePackage } = require('./build');

const CACHE = join(ROOT, 'node_modules', '.cache', 'tokenguard-dist');
/**
 * What a build reads, relative to the package: folders are read whole (a file not yet added to git
 * counts too). The tests, benchmarks and scripts are in it because the build type-checks them too: a
 * kept build stands for a check that passed on exactly these files.
 */
const INPUTS = ['src', 'rules', 'schema', 'test', 'bench', 'scripts', 'tsconfig.json', 'package.json', 'package-lock.json'];

const say = (line) => process.stderr.write(`check-dist: ${line}\n`);

/** Differences between the committed dist/ and a fresh build: missing, extra and changed files. */
function compare(committed, fresh) {
  const a = new Set(listFiles(committed));
  const b = new Set(listFiles(fresh));
  const problems = [];
  for (const f of b) if (!a.has(f)) problems.push(`missing from dist/: ${f}`);
  for (const f of a) if (!b.has(f)) problems.push(`in dist/ but not built from the sources: ${f}`);
  for (const f of a) if (b.has(f) && !readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f)))) problems.push(`differs from a fresh build: ${f}`);
  return problems;
}

/** A name for the build of the inputs in package folder `root`: a hash of each input file's path and bytes. */
function buildKey(root = ROOT) {
  const hash = createHash('sha256').update(`${process.version}\0`);
  // What tsconfig.json leaves out (the labelled corpus: large, and data) the build never reads.
  const skipped = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')).exclude.map((dir) => `${dir}/`);
  for (const input of INPUTS) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? listFiles(path).map((f) => join(input, f)) : [input];
    const read = files.filter((f) => !skipped.some((dir) => f.startsWith(dir)));
    for (const f of read)
      hash
        .update(`${f}\0`)
        .update(readFileSync(join(root, f)))
        .update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/** Builds kept: a few, so that a check running beside this one (two suites at once) keeps the one it reads. */
const KEEP = 3;

/** A fresh build of the sources: the kept one for these inputs, or a new build (then kept for the next check). */
function freshBuild(stage) {
  const kept = join(CACHE, buildKey());
  if (existsSync(kept)) return kept;
  // `npm test` runs this check beside jest, whose dist test checks a clone of the same commit (sharing
  // node_modules): the second check of the same inputs waits for the first one's build instead of
  // building again (about 12 s of CPU).
  const lock = `${kept}.building`;
  let owned = claim(lock);
  if (!owned) {
    awaitRelease(lock);
    if (existsSync(kept)) return kept;
    // The other build failed, or its owner died or is stuck: build here, and hold the lock only if it is free.
    owned = claim(lock);
  }
  try {
    buildPackage(stage);
    keep(join(stage, 'dist'), kept);
  } finally {
    if (owned) rmSync(lock, { force: true });
  }
  return join(stage, 'dist');
}

/** Takes the lock on a build (a file holding this pid); false when another live check holds it. A lock that cannot be made is not waited for. */
function claim(lock) {
  try {
    mkdirSync(CACHE, { recursive: true });
    const fd = openSync(lock, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (err) {
    return err.code !== 'EEXIST';
  }
}

/** The longest wait for another check's build: a build takes 10 to 30 s; past this the owner is taken to be stuck. */
const WAIT_MS = 5 * 60_000;

/** Waits until the lock is gone, or its owner has died (a killed check leaves its lock behind). */
function awaitRelease(lock) {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const until = Date.now() + WAIT_MS; Date.now() < until; Atomics.wait(pause, 0, 0, 200)) {
    let pid;
    try {
      pid = Number(readFileSync(lock, 'utf8'));
    } catch {
      return;
    }
    // An empty file is a lock being written; a pid that is gone is a lock left behind.
    if (pid > 0 && !alive(pid)) return rmSync(lock, { force: true });
  }
}

/** True while process `pid` runs: a zombie (dead, not yet reaped by its parent) is not running. */
const alive = (pid) => {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return err.code === 'EPERM';
  }
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
};

/**
 * Keeps a build under its name, whole or not at all (a check killed midway leaves no half build), and
 * never over one there already: a check running beside this one (two suites at once) may be reading it.
 * Keeping only saves time, so a failure to (a full disk, a read-only node_modules) is not the check's.
 */
function keep(dist, kept) {
  const partial = `${kept}.partial-${process.pid}`;
  try {
    cpSync(dist, partial, { recursive: true });
    renameSync(partial, kept);
    // Builds only: another check's lock or half-copied build is its own.
    const old = readdirSync(CACHE)
      .filter((name) => /^[0-9a-f]{32}$/.test(name))
      .map((name) => ({ name, at: statSync(join(CACHE, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at)
      .slice(KEEP);
    for (const { name } of old) rmSync(join(CACHE, name), { recursive: true, force: true });
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
}

function main() {
  if (!distTracked()) {
    say('dist/ is not tracked by git: build it with "npm run compile" and commit it (installs from git run it as committed)');
    process.exitCode = 1;
    return;
  }
  const stage = stagePackage();
  try {
    let fresh;
    try {
      fresh = freshBuild(stage);
    } catch (err) {
      say(`the build failed: ${err.message}`);
      process.exitCode = 1;
      return;
    }
    const problems = compare(join(ROOT, 'dist'), fresh);
    if (problems.length === 0) return say('dist/ matches a fresh build of the sources');
    for (const p of problems.slice(0, 30)) say(p);
    if (problems.length > 30) say(`… and ${problems.length - 30} more`);
    say('rebuild with "npm run compile" and commit dist/');
    process.exitCode = 1;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

module.exports = { buildKey, INPUTS, claim, awaitRelease };

if (require.main === module) main();
